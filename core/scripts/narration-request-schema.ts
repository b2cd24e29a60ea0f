import { z } from 'zod';
import { MAX_NARRATION_CHARS } from '../contracts/render-job.js';

/** How a render asks to be narrated: a stored script, or text with *emphasis* markers. */
export const narrationRequestSchema = z.union([
	z.object({ scriptId: z.string().min(1).max(100) }),
	z.object({ text: z.string().trim().min(1).max(MAX_NARRATION_CHARS) }),
]);
export type NarrationRequest = z.infer<typeof narrationRequestSchema>;
