import { z } from 'zod';

/**
 * A short-form video script as an LLM writes it. Words to emphasise are wrapped in asterisks inline:
 * "This *one* habit doubled my views". Captions colour them and pattern interrupts key on them.
 */
export const scriptSchema = z.object({
	title: z.string().trim().max(200).optional(),
	language: z
		.string()
		.regex(/^[a-z]{2,3}(-[A-Za-z]{2,4})?$/, 'must be a language code such as en or en-US')
		.default('en'),
	hook: z.string().trim().min(1).max(500).describe('First line, spoken over the opening'),
	beats: z
		.array(z.object({ text: z.string().trim().min(1).max(1000), clipHint: z.string().trim().max(300).optional() }))
		.max(50)
		.default([]),
	callToAction: z.string().trim().max(300).default(''),
});

export type Script = z.infer<typeof scriptSchema>;
export type ScriptInput = z.input<typeof scriptSchema>;
