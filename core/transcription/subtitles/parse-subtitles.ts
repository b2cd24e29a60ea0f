import { parseSrt } from '@remotion/captions';
import type { SubtitleCue } from './subtitle-cue.js';

const VTT_TIME = /^(?:(\d+):)?(\d{2}):(\d{2})[.,](\d{3})$/;

const vttMs = (value: string): number | null => {
	const match = VTT_TIME.exec(value.trim());
	if (!match) return null;
	const [, hours, minutes, seconds, millis] = match;
	return ((Number(hours ?? 0) * 60 + Number(minutes)) * 60 + Number(seconds)) * 1000 + Number(millis);
};

/** WebVTT cues: blocks after the WEBVTT header; NOTE, STYLE and REGION blocks and cue settings are skipped. */
const parseVtt = (input: string): SubtitleCue[] =>
	input
		.replace(/\r\n?/g, '\n')
		.split(/\n{2,}/)
		.flatMap((block) => {
			const lines = block.split('\n');
			const timing = lines.findIndex((line) => line.includes('-->'));
			if (timing < 0) return [];
			const [from, rest] = (lines[timing] ?? '').split('-->');
			const startMs = vttMs(from ?? '');
			const endMs = vttMs((rest ?? '').trim().split(/\s+/)[0] ?? '');
			if (startMs === null || endMs === null) return [];
			// Voice and class spans (<v Anna>, <c.loud>) and inline timestamps are markup, not words.
			const text = lines
				.slice(timing + 1)
				.join('\n')
				.replace(/<[^>]*>/g, '')
				.trim();
			return text ? [{ startMs, endMs, text }] : [];
		});

export type SubtitleFormat = 'srt' | 'vtt';

/** Cues of an SRT or WebVTT file (told apart by the WEBVTT header), in time order. Throws a one-line reason when there are none. */
export const parseSubtitles = (input: string): { format: SubtitleFormat; cues: SubtitleCue[] } => {
	const text = input.replace(/^\uFEFF/, '');
	const format: SubtitleFormat = /^WEBVTT/.test(text) ? 'vtt' : 'srt';
	const cues =
		format === 'vtt'
			? parseVtt(text)
			: parseSrt({ input: text }).captions.map((caption) => ({ startMs: Math.round(caption.startMs), endMs: Math.round(caption.endMs), text: caption.text }));
	const valid = cues.filter((cue) => Number.isFinite(cue.startMs) && Number.isFinite(cue.endMs) && cue.endMs > cue.startMs && cue.text.trim() !== '');
	if (valid.length === 0)
		throw new Error(`The subtitles have no cues: expected SRT ("1\\n00:00:01,000 --> 00:00:02,000\\ntext") or WebVTT starting with WEBVTT`);
	return { format, cues: valid.sort((a, b) => a.startMs - b.startMs) };
};
