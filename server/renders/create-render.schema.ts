import { z } from 'zod';
import { renderOutputOptionsSchema } from '../../core/contracts/render-job.js';
import { narrationRequestSchema } from '../../core/scripts/narration-request-schema.js';
import { voiceoverSpecSchema } from '../../core/voiceover/voiceover-spec.js';

export const createRenderInputSchema = z.object({
	template: z.string().min(1).max(100),
	props: z.record(z.string(), z.unknown()).default({}),
	output: renderOutputOptionsSchema.prefault({}),
	narration: narrationRequestSchema.optional().describe('Speak a stored script or text; captions follow the voice'),
	voice: voiceoverSpecSchema.prefault({}),
	/** 1 is the most urgent; batch rows default lower than one-off renders. */
	priority: z.number().int().min(1).max(1000).default(10),
});
export type CreateRenderInput = z.infer<typeof createRenderInputSchema>;
