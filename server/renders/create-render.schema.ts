import { z } from 'zod';
import { renderOutputOptionsSchema } from '../../core/contracts/render-job.js';

export const createRenderInputSchema = z.object({
	template: z.string().min(1).max(100),
	props: z.record(z.string(), z.unknown()).default({}),
	output: renderOutputOptionsSchema.prefault({}),
	/** 1 is the most urgent; batch rows default lower than one-off renders. */
	priority: z.number().int().min(1).max(1000).default(10),
});
export type CreateRenderInput = z.infer<typeof createRenderInputSchema>;
