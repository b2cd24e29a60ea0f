import { serializeSrt } from '@remotion/captions';
import type { SubtitleFormat } from './parse-subtitles.js';
import type { SubtitleCue } from './subtitle-cue.js';

const vttTime = (ms: number) => {
	const total = Math.max(0, Math.round(ms));
	const pad = (value: number, width = 2) => String(value).padStart(width, '0');
	return `${pad(Math.floor(total / 3_600_000))}:${pad(Math.floor((total % 3_600_000) / 60_000))}:${pad(Math.floor((total % 60_000) / 1000))}.${pad(total % 1000, 3)}`;
};

/** An SRT (through @remotion/captions' serializeSrt, one cue per line group) or a WebVTT file of the cues. */
export const serializeSubtitles = (cues: readonly SubtitleCue[], format: SubtitleFormat): string => {
	if (format === 'srt') {
		const lines = cues.map((cue) => [{ text: cue.text, startMs: Math.round(cue.startMs), endMs: Math.round(cue.endMs), timestampMs: null, confidence: null }]);
		return `${serializeSrt({ lines })}\n`;
	}
	return `WEBVTT\n\n${cues.map((cue) => `${vttTime(cue.startMs)} --> ${vttTime(cue.endMs)}\n${cue.text}`).join('\n\n')}\n`;
};
