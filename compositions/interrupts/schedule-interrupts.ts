import {
	type ExplicitInterrupt,
	INTERRUPT_DEFAULT_DURATION_MS,
	type InterruptKind,
	type InterruptSchedule,
	type ScheduledInterrupt,
	scheduledInterruptSchema,
} from './interrupt-schema.js';
import { pseudoNoise } from './pseudo-noise.js';

export type ScheduleWord = { startMs: number; endMs: number; emphasis?: boolean };
export type ScheduleInterruptsOptions = {
	durationMs: number;
	words: readonly ScheduleWord[];
	/** Picks kinds pseudo-randomly (never the same kind twice in a row) instead of in turn; same seed, same result. */
	seed?: number;
};

type Overrides = Omit<ExplicitInterrupt, 'atMs'>;

/**
 * Where the pattern interrupts of a video go, sorted by time. Pure: the same schedule, words and seed always give the
 * same interrupts, so a preview and every render worker agree. No two interrupts overlap or come closer than
 * `minGapMs`, and each one ends before `durationMs`.
 */
export const scheduleInterrupts = (schedule: InterruptSchedule, options: ScheduleInterruptsOptions): ScheduledInterrupt[] => {
	const end = options.durationMs;
	if (!Number.isFinite(end) || end < 0) throw new Error(`"durationMs" must be a finite number of at least 0, but is ${end}`);
	const timeline = createTimeline(schedule, end, options.seed);
	const emphasisStarts = sortedStarts(
		options.words.filter((word) => word.emphasis === true),
		end,
	);
	switch (schedule.mode) {
		case 'off':
			break;
		case 'interval': {
			const stepMs = schedule.intervalSeconds * 1000;
			for (let k = 1; k * stepMs < end; k++) timeline.tryPlace(Math.round(k * stepMs), {});
			break;
		}
		case 'emphasis':
			for (const atMs of emphasisStarts) timeline.tryPlace(atMs, {});
			break;
		case 'explicit':
			for (const time of [...schedule.times].sort((a, b) => a.atMs - b.atMs)) timeline.tryPlace(time.atMs, time);
			break;
		case 'auto':
			placeAuto(schedule, timeline, emphasisStarts, sortedStarts(options.words, end), end);
			break;
	}
	return timeline.placed;
};

type Timeline = ReturnType<typeof createTimeline>;

/**
 * Emphasis first; then, walking forward, a filler wherever the next change (or the end) is more than maxGapSeconds away.
 * A filler goes on the latest word start that keeps every gap legal, so it lands on speech and as few are needed as
 * possible; with no word start there, on the latest legal time. A legal time always exists when
 * max(minGapMs, longest duration) <= maxGapSeconds / 2, which the schema enforces and `assertFillable` re-checks.
 */
const placeAuto = (schedule: InterruptSchedule, timeline: Timeline, emphasisStarts: number[], wordStarts: number[], end: number): void => {
	const maxGapMs = schedule.maxGapSeconds * 1000;
	assertFillable(schedule, maxGapMs);
	const fillTowards = (target: number, isEnd: boolean): void => {
		for (;;) {
			const from = timeline.placed.at(-1)?.atMs ?? 0;
			if (target - from <= maxGapMs) return;
			const kind = timeline.nextKind();
			const durationMs = timeline.durationOf(kind, {});
			const earliest = timeline.blockedUntil();
			const latest = Math.min(from + maxGapMs, isEnd ? end - durationMs : target - Math.max(schedule.minGapMs, durationMs));
			timeline.place(latestStartWithin(wordStarts, earliest, latest) ?? latest, kind, {});
		}
	};
	for (const atMs of emphasisStarts) {
		// Fillers always leave room for the next emphasis, so only an earlier emphasis interrupt can block this one.
		if (atMs < timeline.blockedUntil()) continue;
		fillTowards(atMs, false);
		timeline.tryPlace(atMs, {});
	}
	fillTowards(end, true);
};

const assertFillable = (schedule: InterruptSchedule, maxGapMs: number): void => {
	const longest = Math.max(schedule.minGapMs, ...schedule.kinds.map((kind) => schedule.durationMs ?? INTERRUPT_DEFAULT_DURATION_MS[kind]));
	if (!(longest > 0) || longest * 2 > maxGapMs) {
		throw new Error(
			`"maxGapSeconds" must be at least twice the longest of minGapMs and the kinds' durations (${longest} ms), but is ${schedule.maxGapSeconds}`,
		);
	}
};

const createTimeline = (schedule: InterruptSchedule, end: number, seed: number | undefined) => {
	const placed: ScheduledInterrupt[] = [];
	const used = { rotation: 0, emoji: 0, whip: 0, broll: 0 };

	const nextKind = (): InterruptKind => {
		const { kinds } = schedule;
		if (seed === undefined) return kinds[used.rotation % kinds.length] ?? 'zoom-punch';
		const previous = placed.at(-1)?.kind;
		const fresh = kinds.filter((kind) => kind !== previous);
		const pool = fresh.length > 0 ? fresh : kinds;
		const index = Math.floor(((pseudoNoise(used.rotation, seed) + 1) / 2) * pool.length);
		return pool[Math.min(index, pool.length - 1)] ?? 'zoom-punch';
	};

	const durationOf = (kind: InterruptKind, overrides: Overrides): number => overrides.durationMs ?? schedule.durationMs ?? INTERRUPT_DEFAULT_DURATION_MS[kind];

	/** The earliest start the next interrupt may have: after the previous one has ended and minGapMs has passed. */
	const blockedUntil = (): number => {
		const last = placed.at(-1);
		return last ? last.atMs + Math.max(schedule.minGapMs, last.durationMs) : 0;
	};

	const kindParams = (kind: InterruptKind, overrides: Overrides): Record<string, unknown> => {
		switch (kind) {
			case 'flash':
			case 'color-pop':
				return { color: overrides.color ?? schedule.color };
			case 'emoji-pop':
				return { emoji: overrides.emoji ?? schedule.emojis[used.emoji++ % schedule.emojis.length] };
			case 'whip':
				// Alternating sides reads as a camera moving back and forth rather than drifting away.
				return { direction: overrides.direction ?? (used.whip++ % 2 === 0 ? 'left' : 'right') };
			case 'broll': {
				const clip = overrides.src === undefined ? schedule.broll[used.broll++ % schedule.broll.length] : undefined;
				return { src: overrides.src ?? clip?.src, trimStartMs: overrides.trimStartMs ?? clip?.trimStartMs };
			}
			default:
				return {};
		}
	};

	const place = (atMs: number, kind: InterruptKind, overrides: Overrides): void => {
		placed.push(
			scheduledInterruptSchema.parse({
				kind,
				atMs,
				intensity: overrides.intensity ?? schedule.intensity,
				durationMs: durationOf(kind, overrides),
				easing: overrides.easing ?? schedule.easing,
				sound: overrides.sound,
				...kindParams(kind, overrides),
			}),
		);
		if (overrides.kind === undefined) used.rotation++;
	};

	/** Places the interrupt unless it would stack on the previous one or run past the end. */
	const tryPlace = (atMs: number, overrides: Overrides): void => {
		const kind = overrides.kind ?? nextKind();
		if (atMs < 0 || atMs < blockedUntil() || atMs + durationOf(kind, overrides) > end) return;
		place(atMs, kind, overrides);
	};

	return { placed, nextKind, durationOf, blockedUntil, place, tryPlace };
};

const sortedStarts = (words: readonly ScheduleWord[], end: number): number[] =>
	[...new Set(words.map((word) => word.startMs))].filter((startMs) => startMs >= 0 && startMs < end).sort((a, b) => a - b);

/** The latest value of `sorted` within [earliest, latest], by binary search; undefined when none is. */
const latestStartWithin = (sorted: readonly number[], earliest: number, latest: number): number | undefined => {
	let low = 0;
	let high = sorted.length;
	while (low < high) {
		const mid = (low + high) >> 1;
		if ((sorted[mid] ?? Number.POSITIVE_INFINITY) <= latest) low = mid + 1;
		else high = mid;
	}
	const candidate = sorted[low - 1];
	return candidate !== undefined && candidate >= earliest ? candidate : undefined;
};
