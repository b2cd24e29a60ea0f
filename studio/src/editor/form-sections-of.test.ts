import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { templates } from '../../../compositions/templates.js';
import { type JsonSchema, objectFields } from './fields-from-json-schema.js';
import { formSectionsOf } from './form-sections-of.js';

const sectionsOf = (id: string) => {
	const template = templates.find((candidate) => candidate.id === id);
	if (!template) throw new Error(id);
	return formSectionsOf(objectFields(z.toJSONSchema(template.schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema));
};

describe('formSectionsOf', () => {
	it('puts the text and the captions first and the technical fields last, folded', () => {
		const sections = sectionsOf('clip-story');
		expect(sections.map((section) => section.title)).toEqual(['Text', 'Captions', 'Clips and background', 'Effects', 'Voice and music', 'Look', 'Advanced']);
		expect(sections[0]?.fields.map((field) => field.key)).toEqual(['hook', 'endCard']);
		expect(sections.at(-1)).toMatchObject({ collapsed: true });
		expect(sections.at(-1)?.fields.map((field) => field.key)).toEqual(expect.arrayContaining(['fps', 'durationInSeconds', 'format', 'segments']));
	});

	it('shows the voiceover prop nowhere in the form, since the voiceover panel is its one control', () => {
		for (const template of templates) {
			const keys = sectionsOf(template.id).flatMap((section) => section.fields.map((field) => field.key));
			expect(keys).not.toContain('voiceover');
		}
	});

	it('keeps every other prop of every template somewhere', () => {
		for (const template of templates) {
			const keys = sectionsOf(template.id).flatMap((section) => section.fields.map((field) => field.key));
			expect(keys.sort()).toEqual(
				Object.keys(template.schema.shape)
					.filter((key) => key !== 'voiceover')
					.sort(),
			);
		}
	});
});
