import { describe, expect, it } from 'vitest';
import { INTERRUPT_DEFAULT_DURATION_MS, type InterruptScheduleInput, interruptScheduleSchema, type ScheduledInterrupt } from './interrupt-schema.js';
import { type ScheduleWord, scheduleInterrupts } from './schedule-interrupts.js';

/** mulberry32: a tiny seeded generator, so every "random" case is the same on every run. */
const seededRandom = (seed: number) => {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
};

/** Speech with pauses of up to 4 s, ending a second before the video does, about one word in five emphasised. */
const randomTalk = (random: () => number): { words: ScheduleWord[]; durationMs: number } => {
	const words: ScheduleWord[] = [];
	let t = Math.round(random() * 1500);
	const count = 5 + Math.floor(random() * 120);
	for (let i = 0; i < count; i++) {
		const length = 120 + Math.round(random() * 500);
		words.push({ startMs: t, endMs: t + length, emphasis: random() < 0.2 });
		t += length + (random() < 0.1 ? 1000 + Math.round(random() * 3000) : Math.round(random() * 250));
	}
	return { words, durationMs: t + 1000 };
};

const schedule = (input: InterruptScheduleInput) => interruptScheduleSchema.parse(input);

const expectNoStacking = (interrupts: ScheduledInterrupt[], minGapMs: number, durationMs: number) => {
	interrupts.forEach((interrupt, index) => {
		expect(interrupt.atMs).toBeGreaterThanOrEqual(0);
		expect(interrupt.atMs + interrupt.durationMs).toBeLessThanOrEqual(durationMs);
		const previous = interrupts[index - 1];
		if (previous) expect(interrupt.atMs).toBeGreaterThanOrEqual(previous.atMs + Math.max(minGapMs, previous.durationMs));
	});
};

const longestStill = (interrupts: ScheduledInterrupt[], durationMs: number) => {
	const changes = [0, ...interrupts.map((interrupt) => interrupt.atMs), durationMs];
	return Math.max(...changes.slice(1).map((at, index) => at - (changes[index] ?? 0)));
};

describe('scheduleInterrupts', () => {
	it('never stacks or overlaps two interrupts, and ends each before the video does, in every mode', () => {
		const random = seededRandom(1);
		for (let run = 0; run < 300; run++) {
			const { words, durationMs } = randomTalk(random);
			const minGapMs = Math.round(random() * 1000);
			const times = Array.from({ length: 40 }, () => ({ atMs: Math.round(random() * durationMs) }));
			for (const mode of ['interval', 'emphasis', 'explicit', 'auto'] as const) {
				const interrupts = scheduleInterrupts(schedule({ mode, minGapMs, maxGapSeconds: 2.5, intervalSeconds: 0.3 + random() * 3, times }), {
					durationMs,
					words,
				});
				expectNoStacking(interrupts, minGapMs, durationMs);
			}
		}
	});

	it('in auto mode never leaves the frame still longer than maxGapSeconds, from the start to the end', () => {
		const random = seededRandom(2);
		for (let run = 0; run < 300; run++) {
			const { words, durationMs } = randomTalk(random);
			const withBroll = random() < 0.3;
			const kinds = withBroll ? (['broll', 'zoom-punch', 'emoji-pop'] as const) : (['zoom-punch', 'flash', 'shake', 'glitch'] as const);
			const longest = Math.max(...kinds.map((kind) => INTERRUPT_DEFAULT_DURATION_MS[kind]));
			const minGapMs = Math.round(random() * longest);
			const maxGapSeconds = (2 * longest) / 1000 + random() * 3;
			const interrupts = scheduleInterrupts(schedule({ mode: 'auto', kinds: [...kinds], minGapMs, maxGapSeconds, broll: [{ src: 'storage:broll/a.mp4' }] }), {
				durationMs,
				words,
			});
			expect(longestStill(interrupts, durationMs)).toBeLessThanOrEqual(maxGapSeconds * 1000 + 1e-6);
			expectNoStacking(interrupts, minGapMs, durationMs);
		}
	});

	it('puts an interrupt exactly on each emphasised word, unless an earlier emphasis interrupt is too close', () => {
		const random = seededRandom(3);
		for (let run = 0; run < 300; run++) {
			const { words, durationMs } = randomTalk(random);
			const minGapMs = Math.round(random() * 1200);
			for (const mode of ['emphasis', 'auto'] as const) {
				const interrupts = scheduleInterrupts(schedule({ mode, minGapMs, maxGapSeconds: 2.5 }), { durationMs, words });
				const emphasised = [...new Set(words.filter((word) => word.emphasis).map((word) => word.startMs))].sort((a, b) => a - b);
				let blockedUntil = Number.NEGATIVE_INFINITY;
				for (const startMs of emphasised) {
					const onWord = interrupts.find((interrupt) => interrupt.atMs === startMs);
					if (startMs < blockedUntil) {
						expect(onWord).toBeUndefined();
					} else {
						expect(onWord, `emphasis at ${startMs} ms`).toBeDefined();
						if (onWord) blockedUntil = startMs + Math.max(minGapMs, onWord.durationMs);
					}
				}
			}
		}
	});

	it('lands auto fillers on word starts while speech is continuous', () => {
		const words = Array.from({ length: 60 }, (_, i) => ({ startMs: 100 + i * 250, endMs: 100 + i * 250 + 220 }));
		const wordStarts = new Set(words.map((word) => word.startMs));
		const interrupts = scheduleInterrupts(schedule({ mode: 'auto' }), { durationMs: 15_000, words });
		expect(interrupts.length).toBeGreaterThan(4);
		for (const interrupt of interrupts) expect(wordStarts.has(interrupt.atMs)).toBe(true);
		expect(longestStill(interrupts, 15_000)).toBeLessThanOrEqual(2500);
	});

	it('fills a silent video with evenly spread interrupts that fit before the end', () => {
		const interrupts = scheduleInterrupts(schedule({ mode: 'auto', kinds: ['zoom-punch'] }), { durationMs: 10_200, words: [] });
		// The last one moves forward so its 400 ms fit before the end.
		expect(interrupts.map((interrupt) => interrupt.atMs)).toEqual([2500, 5000, 7500, 9800]);
	});

	it('in interval mode, starts one interval in and rotates through the kinds in order', () => {
		const interrupts = scheduleInterrupts(schedule({ mode: 'interval', intervalSeconds: 2, kinds: ['zoom-punch', 'flash', 'shake'] }), {
			durationMs: 9000,
			words: [],
		});
		expect(interrupts.map(({ atMs, kind }) => [atMs, kind])).toEqual([
			[2000, 'zoom-punch'],
			[4000, 'flash'],
			[6000, 'shake'],
			[8000, 'zoom-punch'],
		]);
	});

	it('in explicit mode, sorts the times, keeps their kinds and settings, and drops those that stack or run past the end', () => {
		const interrupts = scheduleInterrupts(
			schedule({
				mode: 'explicit',
				kinds: ['shake'],
				color: '#00FF00',
				times: [
					{ atMs: 3000, kind: 'emoji-pop', emoji: '🚀', intensity: 1 },
					{ atMs: 1000, kind: 'flash' },
					{ atMs: 1200 },
					{ atMs: 5000 },
					{ atMs: 5900, kind: 'zoom-punch' },
				],
			}),
			{ durationMs: 6000, words: [] },
		);
		expect(interrupts).toEqual([
			{ kind: 'flash', atMs: 1000, intensity: 0.6, durationMs: 250, easing: 'ease-out', color: '#00FF00' },
			{ kind: 'emoji-pop', atMs: 3000, intensity: 1, durationMs: 700, easing: 'spring', emoji: '🚀' },
			{ kind: 'shake', atMs: 5000, intensity: 0.6, durationMs: 400, easing: 'linear' },
		]);
	});

	it('takes B-roll clips and emoji in turn and alternates whip sides', () => {
		const interrupts = scheduleInterrupts(
			schedule({
				mode: 'interval',
				intervalSeconds: 1.5,
				kinds: ['broll', 'emoji-pop', 'whip'],
				emojis: ['🔥', '👀'],
				broll: [{ src: 'storage:broll/a.mp4', trimStartMs: 500 }, { src: 'https://example.com/b.mp4' }],
			}),
			{ durationMs: 12_000, words: [] },
		);
		const params = interrupts.map((interrupt) =>
			interrupt.kind === 'broll' ? interrupt.src : interrupt.kind === 'emoji-pop' ? interrupt.emoji : interrupt.kind === 'whip' ? interrupt.direction : null,
		);
		expect(params).toEqual(['storage:broll/a.mp4', '🔥', 'left', 'https://example.com/b.mp4', '👀', 'right', 'storage:broll/a.mp4']);
		expect(interrupts[0]).toMatchObject({ kind: 'broll', trimStartMs: 500, durationMs: 1200 });
	});

	it('gives the same interrupts for the same input, and a seed changes only the order of kinds', () => {
		const { words, durationMs } = randomTalk(seededRandom(4));
		const auto = schedule({ mode: 'auto', kinds: ['zoom-punch', 'flash', 'shake', 'glitch', 'color-pop'] });
		expect(scheduleInterrupts(auto, { durationMs, words })).toEqual(scheduleInterrupts(auto, { durationMs, words }));
		const seeded = scheduleInterrupts(auto, { durationMs, words, seed: 7 });
		expect(scheduleInterrupts(auto, { durationMs, words, seed: 7 })).toEqual(seeded);
		expect(scheduleInterrupts(auto, { durationMs, words, seed: 8 }).map((i) => i.kind)).not.toEqual(seeded.map((i) => i.kind));
		for (const [index, interrupt] of seeded.entries()) {
			if (index > 0) expect(interrupt.kind).not.toBe(seeded[index - 1]?.kind);
		}
	});

	it('schedules nothing when off', () => {
		const { words, durationMs } = randomTalk(seededRandom(5));
		expect(scheduleInterrupts(schedule({ mode: 'off' }), { durationMs, words })).toEqual([]);
	});

	it('rejects a maxGapSeconds that cannot be filled without stacking', () => {
		expect(() => schedule({ mode: 'auto', minGapMs: 800, maxGapSeconds: 1.5 })).toThrow(/maxGapSeconds/);
		const unchecked = { ...schedule({ mode: 'auto' }), maxGapSeconds: 0.6 };
		expect(() => scheduleInterrupts(unchecked, { durationMs: 5000, words: [] })).toThrow(/"maxGapSeconds" must be at least twice/);
	});
});

describe('interruptScheduleSchema', () => {
	it('fills the defaults', () => {
		expect(schedule({})).toMatchObject({ mode: 'auto', kinds: ['zoom-punch', 'flash', 'shake', 'glitch'], maxGapSeconds: 2.5, minGapMs: 600, intensity: 0.6 });
	});

	it('asks for B-roll clips when broll is in the rotation', () => {
		expect(() => schedule({ kinds: ['broll'] })).toThrow(/broll/);
		expect(() => schedule({ mode: 'explicit', times: [{ atMs: 0, kind: 'broll' }] })).toThrow(/src/);
		expect(() => schedule({ mode: 'explicit', times: [{ atMs: 0, kind: 'broll', src: 'storage:a.mp4' }] })).not.toThrow();
	});

	it('rejects a long emoji, a colour that is not a CSS colour and a media src that is not a URL', () => {
		expect(() => schedule({ emojis: ['🔥'.repeat(9)] })).toThrow();
		expect(() => schedule({ color: 'red; background: url(x)' })).toThrow(/CSS colour/);
		expect(() => schedule({ broll: [{ src: 'file:///etc/passwd' }] })).toThrow(/URL/);
	});
});
