import { describe, expect, it } from 'vitest';
import { templates } from '../../../compositions/templates.js';
import { templateCompositions } from './template-compositions.js';

describe('the studio preview of each template', () => {
	it.each(templates.map((template) => [template.id, template] as const))('%s is sized and timed as its calculateMetadata says', (id, template) => {
		const composition = templateCompositions[id];
		const expected = template.calculateMetadata({
			props: template.sampleProps,
			defaultProps: template.sampleProps,
			abortSignal: new AbortController().signal,
			compositionId: id,
			isRendering: false,
		});
		expect(composition.metadataOf(template.sampleProps)).toEqual(expected);
		expect(composition.lazyComponent).toBe(template.lazyComponent);
	});
});
