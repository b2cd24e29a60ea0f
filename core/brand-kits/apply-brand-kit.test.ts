import { describe, expect, it } from 'vitest';
import { brandSchema } from '../../compositions/brand/brand-schema.js';
import { validateTemplateProps } from '../templates/validate-template-props.js';
import { applyBrandKit } from './apply-brand-kit.js';

const kit = {
	brand: brandSchema.parse({
		colors: { primary: '#00AAFF', secondary: '#FF00AA', text: '#FAFAFA', background: '#002244' },
		font: 'anton',
		watermark: { text: '@acme' },
	}),
	captionStyle: { uppercase: false },
};

describe('applyBrandKit', () => {
	it('puts the kit’s colours, font and caption style into the template’s own props, under what the request gives', () => {
		const props = applyBrandKit('clip-story', { clips: [{ src: 'storage:a.mp4' }], captions: { style: { fontSizePx: 60 } }, endCard: { text: 'Bye' } }, kit);
		const validation = validateTemplateProps('clip-story', props);
		if (!validation.ok) throw new Error(validation.message);
		expect(validation.props).toMatchObject({
			accentColor: '#00AAFF',
			endCard: { text: 'Bye', backgroundColor: '#002244' },
			captions: { style: { font: 'anton', highlightColor: '#00AAFF', emphasisColor: '#FF00AA', textColor: '#FAFAFA', uppercase: false, fontSizePx: 60 } },
			brand: { watermark: { text: '@acme' } },
		});
	});

	it('lets the request’s own colour win and keeps fields the kit does not set at the template’s defaults', () => {
		const props = applyBrandKit(
			'split-screen',
			{ top: { src: 'storage:a.mp4' }, bottom: { src: 'storage:b.mp4' }, captions: { style: { highlightColor: '#123456' } } },
			kit,
		);
		const validation = validateTemplateProps('split-screen', props);
		if (!validation.ok) throw new Error(validation.message);
		expect(validation.props).toMatchObject({ captions: { style: { highlightColor: '#123456', preset: 'pill' } } });
		expect(validation.props).not.toHaveProperty('accentColor');
	});

	it('gives every template a brand prop it accepts', async () => {
		const { templates, sampleProps } = await import('../../compositions/templates.js');
		for (const template of templates) {
			const validation = validateTemplateProps(template.id, applyBrandKit(template.id, sampleProps[template.id], kit));
			expect(validation.ok, `${template.id}: ${validation.ok ? '' : validation.message}`).toBe(true);
		}
	});
});
