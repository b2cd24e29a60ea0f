import { TRPCError } from '@trpc/server';
import { z } from 'zod';
import { narrationRequestSchema } from '../../core/scripts/narration-request-schema.js';
import { resolveNarration, ScriptNotFoundError } from '../../core/scripts/resolve-narration.js';
import { synthesizeVoiceover } from '../../core/voiceover/synthesize-voiceover.js';
import { VoiceoverError } from '../../core/voiceover/voiceover-provider.js';
import { voiceoverSpecSchema } from '../../core/voiceover/voiceover-spec.js';
import { fileUrlIn } from '../files/file-url-in.js';
import { voiceoverPreviewResponseSchema } from '../responses/voiceover-preview-response.js';
import { renderProcedure, router } from '../trpc.js';

const codeFor = (error: VoiceoverError) =>
	error.code === 'invalid-request' || error.code === 'text-too-long'
		? 'BAD_REQUEST'
		: error.code === 'rate-limited'
			? 'TOO_MANY_REQUESTS'
			: 'SERVICE_UNAVAILABLE';

export const voiceoversRouter = router({
	/** Speaks a script or text (cached like a render's voiceover) and returns the audio URL and word timings. */
	preview: renderProcedure
		.meta({ summary: 'Speak a script or text (cached like a render’s voiceover): the audio URL and word timings' })
		.input(z.object({ narration: narrationRequestSchema, voice: voiceoverSpecSchema.prefault({}) }))
		.output(voiceoverPreviewResponseSchema)
		.mutation(async ({ ctx, input }) => {
			try {
				const narration = await resolveNarration(ctx.db, ctx.workspace.id, input.narration, input.voice);
				const voiceover = await synthesizeVoiceover(narration.text, narration.voice, { db: ctx.db, storage: ctx.storage, ...ctx.voiceover });
				return {
					id: voiceover.id,
					/** What a render's props name it by (`voiceover.src`). */
					src: `storage:${voiceover.audioKey}`,
					audioUrl: await fileUrlIn(ctx, voiceover.audioKey),
					durationMs: voiceover.durationMs,
					loudnessLufs: voiceover.loudnessLufs,
					words: voiceover.words,
					cacheHit: voiceover.cacheHit,
				};
			} catch (error) {
				if (error instanceof ScriptNotFoundError) throw new TRPCError({ code: 'NOT_FOUND', message: error.message });
				if (error instanceof VoiceoverError) throw new TRPCError({ code: codeFor(error), message: error.message });
				throw error;
			}
		}),
});
