import type { InterruptSchedule, ScheduledInterrupt } from '../../../compositions/interrupts/interrupt-schema.js';
import { scheduleInterrupts } from '../../../compositions/interrupts/schedule-interrupts.js';
import { splitTimeline } from '../../../compositions/shared/split-timeline.js';

export type TimelineWord = { index: number; text: string; startMs: number; endMs: number; emphasis: boolean };
export type TimelineSpan = { index: number; label: string; startMs: number; endMs: number };
export type TimelineItems = {
	durationMs: number;
	words: TimelineWord[];
	interrupts: (TimelineSpan & { interrupt: ScheduledInterrupt })[];
	clips: TimelineSpan[];
	sections: TimelineSpan[];
};

type Word = { text: string; startMs: number; endMs: number; emphasis?: boolean };
type Props = {
	captions?: { words?: Word[] };
	interrupts?: InterruptSchedule;
	segments?: { kind: string; startMs: number; endMs: number }[];
	clips?: { durationSeconds?: number; caption?: string }[];
};

const SECTION_NAMES: Record<string, string> = { hook: 'Hook', beat: 'Beat', cta: 'Call to action' };

/**
 * What the timeline strip draws for validated props: the caption words, the pattern interrupts where the renderer
 * will put them (scheduleInterrupts, the same pure function the composition runs), the clips in their slots and the
 * script's sections, all in milliseconds from the start of the video.
 */
export const timelineItemsOf = (props: Record<string, unknown>, metadata: { durationInFrames: number; fps: number }): TimelineItems => {
	const { captions, interrupts, segments = [], clips = [] } = props as Props;
	const durationMs = (metadata.durationInFrames / metadata.fps) * 1000;
	const words = (captions?.words ?? []).map((word, index) => ({
		index,
		text: word.text,
		startMs: word.startMs,
		endMs: word.endMs,
		emphasis: word.emphasis === true,
	}));
	const scheduled = interrupts ? scheduleInterrupts(interrupts, { durationMs, words }) : [];
	const slots = splitTimeline(
		metadata.durationInFrames,
		clips.map((clip) => (clip.durationSeconds ? Math.round(clip.durationSeconds * metadata.fps) : undefined)),
	);
	let beat = 0;
	return {
		durationMs,
		words,
		interrupts: scheduled.map((interrupt, index) => ({
			index,
			label: interrupt.kind,
			startMs: interrupt.atMs,
			endMs: interrupt.atMs + interrupt.durationMs,
			interrupt,
		})),
		clips: slots.map((slot, index) => ({
			index,
			label: clips[index]?.caption ?? `Clip ${index + 1}`,
			startMs: (slot.from / metadata.fps) * 1000,
			endMs: ((slot.from + slot.durationInFrames) / metadata.fps) * 1000,
		})),
		sections: segments.map((segment, index) => ({
			index,
			label: segment.kind === 'beat' ? `Beat ${++beat}` : (SECTION_NAMES[segment.kind] ?? segment.kind),
			startMs: segment.startMs,
			endMs: segment.endMs,
		})),
	};
};
