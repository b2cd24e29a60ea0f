import type { RenderJobData } from '../../../core/contracts/render-job.js';
import { recordCaptions } from '../../../core/renders/record-captions.js';
import { recordVoiceover } from '../../../core/renders/record-voiceover.js';
import { validateTemplateProps } from '../../../core/templates/validate-template-props.js';
import { synthesizeVoiceover } from '../../../core/voiceover/synthesize-voiceover.js';
import type { RenderContext } from '../render-context.js';
import { RenderInputError } from '../render-errors.js';
import { applyNarration } from './apply-narration.js';
import { captionLanguageOf, captionWordsOfTranscript } from './caption-words-of-transcript.js';
import { resolveCaptionsSource } from './resolve-captions-source.js';

/** The language an offline voice speaks: eSpeak voices are named by it (en-us, cmn, hi); other voices do not say. */
const voiceLanguageOf = (voice: { provider: string; voice: string } | null): string | null => {
	if (voice?.provider !== 'offline') return null;
	const name = voice.voice || 'en-us';
	return name === 'cmn' || name === 'yue' ? 'zh' : (/^([a-z]{2,3})(?:[-+]|$)/.exec(name)?.[1] ?? null);
};

type Ctx = Pick<
	RenderContext,
	'db' | 'storage' | 'voiceover' | 'transcription' | 'scratchDir' | 'mediaCache' | 'fetchTimeoutMs' | 'fetchMaxBytes' | 'outbound' | 'logger'
>;

/**
 * The props a render draws: the voiceover synthesised (or reused) and put in, the captions taken from their source
 * (transcribed, aligned or read from subtitles when the request says so), then checked against the template. What the
 * captions show is recorded on the render, so its subtitle sidecars can be written after the video is stored.
 * Media sources are left as given; each backend makes them reachable its own way.
 */
export const narratedProps = async (data: RenderJobData, ctx: Ctx, signal: AbortSignal): Promise<{ props: Record<string, unknown>; voiceoverMs: number }> => {
	const started = Date.now();
	let props = data.props;
	if (data.narration) {
		const voiceover = await synthesizeVoiceover(data.narration.text, data.narration.voice, { db: ctx.db, storage: ctx.storage, signal, ...ctx.voiceover });
		props = applyNarration(props, voiceover, data.narration);
		await recordVoiceover(ctx.db, data.renderId, voiceover);
	}
	const transcribed = await resolveCaptionsSource(data.captions ?? null, props, ctx, signal);
	if (transcribed) {
		const captions = (props.captions ?? {}) as Record<string, unknown>;
		props = { ...props, captions: { ...captions, words: captionWordsOfTranscript(transcribed.words), language: captionLanguageOf(transcribed.language) } };
	}
	const validation = validateTemplateProps(data.template, props);
	if (!validation.ok) throw new RenderInputError(validation.message);
	const shown = (validation.props.captions as { words?: { text: string; startMs: number; endMs: number; emphasis: boolean }[] } | undefined)?.words ?? [];
	if (transcribed || shown.length > 0) {
		await recordCaptions(ctx.db, data.renderId, {
			// The transcript's own words (punctuation, subtitle cues) for the sidecars; what the props show otherwise.
			words: transcribed
				? transcribed.words.map(({ text, startMs, endMs, emphasis, cue, lineBreak }) => ({ text, startMs, endMs, emphasis, cue, lineBreak }))
				: shown,
			language: transcribed ? transcribed.language : voiceLanguageOf(data.narration?.voice ?? null),
			note: transcribed?.note ?? null,
			transcript: transcribed ? { id: transcribed.transcript.id, cacheHit: transcribed.transcript.cacheHit } : null,
		});
	}
	return { props: validation.props, voiceoverMs: Date.now() - started };
};
