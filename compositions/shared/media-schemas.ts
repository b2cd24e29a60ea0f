import { z } from 'zod';

/**
 * Media is referenced by a field named `src`: an http(s) URL, or `storage:<key>` for a file in Reelforge's storage.
 * Workers fetch every `src` before rendering, so a clip that cannot be loaded fails with its name in the error.
 */
export const mediaSrcSchema = z
	.string()
	.trim()
	.min(1)
	.refine((value) => /^https?:\/\//.test(value) || /^storage:[\w./-]+$/.test(value), {
		message: 'must be an http(s) URL or storage:<key>',
	})
	.describe('http(s) URL or storage:<key>');

export const clipSchema = z.object({
	src: mediaSrcSchema,
	trimStartSeconds: z.number().min(0).default(0).describe('Seconds skipped at the start of the clip'),
	volume: z.number().min(0).max(2).default(1),
	muted: z.boolean().default(false),
});

export type Clip = z.infer<typeof clipSchema>;
