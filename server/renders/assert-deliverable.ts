import { TRPCError } from '@trpc/server';
import { dimensionsOf, videoFormatSchema } from '../../compositions/shared/video-format.js';
import type { RenderBackendId } from '../../core/contracts/render-backends.js';
import type { RenderOutputOptions } from '../../core/contracts/render-job.js';
import { deliveryProblemOf } from '../../core/delivery/delivery-problem-of.js';
import { outputFormats } from '../../core/delivery/output-formats.js';
import type { RequestedBackend } from '../../core/renders/choose-render-backend.js';
import type { ServerContext } from '../context.js';

/** `auto` never sends a render to Lambda in a format Lambda's path does not deliver: it renders locally instead. */
export const backendForDelivery = (requested: RequestedBackend, output: RenderOutputOptions): RequestedBackend =>
	requested === 'auto' && !outputFormats[output.format ?? 'mp4-h264'].onLambda ? 'local' : requested;

/**
 * Refuses, before anything is recorded or rendered, an output the backend or the template cannot deliver
 * (transparency in H.264, a format Lambda's path lacks, a GIF over GIF_MAX_SECONDS, chunks of a format that cannot be
 * joined, a preset of another shape): BAD_REQUEST naming the field and what is possible instead. `at` prefixes the
 * field for a batch row.
 */
export const assertDeliverable = (
	ctx: Pick<ServerContext, 'config'>,
	output: RenderOutputOptions,
	{ backend, props, at = '' }: { backend: RenderBackendId; props: Record<string, unknown>; at?: string },
) => {
	const format = videoFormatSchema.safeParse(props.format);
	const problem = deliveryProblemOf(output, {
		backend,
		durationSeconds: typeof props.durationInSeconds === 'number' && Number.isFinite(props.durationInSeconds) ? props.durationInSeconds : null,
		size: 'format' in props && format.success ? dimensionsOf(format.data) : null,
		gifMaxSeconds: ctx.config.delivery.gifMaxSeconds,
	});
	if (problem) throw new TRPCError({ code: 'BAD_REQUEST', message: `${at}${problem.field}: ${problem.message}` });
};
