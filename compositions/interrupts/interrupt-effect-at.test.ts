import { describe, expect, it } from 'vitest';
import { interruptEffectAt, NEUTRAL_INTERRUPT_EFFECT } from './interrupt-effect-at.js';
import { interruptEnvelope } from './interrupt-envelope.js';
import { type ScheduledInterrupt, scheduledInterruptSchema } from './interrupt-schema.js';

const FRAME = { width: 1080, height: 1920 };
// At 1000 fps a frame is a millisecond, so times in the tests read as they are scheduled.
const at = (ms: number) => ({ frame: ms, fps: 1000, ...FRAME });

const one = (input: Record<string, unknown>): ScheduledInterrupt => scheduledInterruptSchema.parse(input);

const everyKind: ScheduledInterrupt[] = [
	one({ kind: 'zoom-punch', atMs: 1000 }),
	one({ kind: 'flash', atMs: 2000 }),
	one({ kind: 'shake', atMs: 3000 }),
	one({ kind: 'glitch', atMs: 4000 }),
	one({ kind: 'whip', atMs: 5000 }),
	one({ kind: 'emoji-pop', atMs: 6000 }),
	one({ kind: 'color-pop', atMs: 7000, color: '#FF00FF' }),
	one({ kind: 'broll', atMs: 8000, src: 'storage:broll/a.mp4' }),
	one({ kind: 'speed-ramp', atMs: 10_000 }),
];

/** Peak of the envelope: the end of the attack, 20 % in. */
const peakOf = (interrupt: ScheduledInterrupt) => interrupt.atMs + interrupt.durationMs * 0.2;

describe('interruptEffectAt', () => {
	it('is neutral before, between and after interrupts, at any frame rate', () => {
		for (const ms of [0, 999, 1400, 1500, 2250, 2900, 9200, 9999, 10_800, 20_000]) {
			expect(interruptEffectAt(everyKind, at(ms)), `${ms} ms`).toEqual(NEUTRAL_INTERRUPT_EFFECT);
		}
		expect(interruptEffectAt(everyKind, { frame: 15, fps: 30, ...FRAME })).toEqual(NEUTRAL_INTERRUPT_EFFECT);
		expect(interruptEffectAt([], at(1080))).toEqual(NEUTRAL_INTERRUPT_EFFECT);
	});

	it('peaks a zoom punch at the end of the attack and releases it to 1', () => {
		const punch = one({ kind: 'zoom-punch', atMs: 1000, intensity: 1 });
		const scales = Array.from({ length: 400 }, (_, i) => interruptEffectAt([punch], at(1000 + i)).scale);
		expect(interruptEffectAt([punch], at(peakOf(punch))).scale).toBeCloseTo(1.25, 5);
		expect(Math.max(...scales)).toBeCloseTo(1.25, 5);
		const release = scales.slice(80);
		expect(release).toEqual([...release].sort((a, b) => b - a));
	});

	it('peaks a flash at its intensity in its colour', () => {
		const flash = one({ kind: 'flash', atMs: 500, intensity: 0.8, color: '#FF0000' });
		expect(interruptEffectAt([flash], at(peakOf(flash)))).toMatchObject({ flashOpacity: 0.8, flashColor: '#FF0000' });
		expect(interruptEffectAt([flash], at(600)).flashOpacity).toBeLessThan(0.8);
	});

	it('shakes the same way on every render of a frame, within its amplitude, zoomed enough to hide the edges', () => {
		const shake = one({ kind: 'shake', atMs: 3000, intensity: 1 });
		const frames = Array.from({ length: 300 }, (_, i) => interruptEffectAt([shake], at(3050 + i)));
		expect(interruptEffectAt([shake], at(3100))).toEqual(frames[50]);
		expect(frames.some((effect) => Math.abs(effect.translateX) > 5)).toBe(true);
		expect(new Set(frames.map((effect) => Math.round(effect.translateX))).size).toBeGreaterThan(20);
		for (const effect of frames) {
			expect(Math.abs(effect.translateX)).toBeLessThanOrEqual(0.03 * 1080);
			expect(Math.abs(effect.translateY)).toBeLessThanOrEqual(0.03 * 1080);
			// The shifted, scaled frame still covers the frame: the offset is less than the zoom's margin.
			expect(((effect.scale - 1) * 1080) / 2).toBeGreaterThanOrEqual(Math.abs(effect.translateX));
		}
	});

	it('splits RGB during a glitch and tints during a colour pop', () => {
		expect(interruptEffectAt(everyKind, at(4060)).rgbSplitPx).toBeGreaterThan(3);
		const pop = interruptEffectAt(everyKind, at(7100));
		expect(pop.colorFilter).toMatch(/^saturate\(1\.9\) contrast\(1\.12\)$/);
		expect(pop.tint).toEqual({ color: '#FF00FF', opacity: expect.closeTo(0.21, 5) });
	});

	it('whips out to its side, comes back from the other, and settles at 0', () => {
		const whip = one({ kind: 'whip', atMs: 5000, direction: 'left', intensity: 1 });
		expect(interruptEffectAt([whip], at(5050)).whipOffset).toBeLessThan(0);
		expect(interruptEffectAt([whip], at(5069)).whipOffset).toBeCloseTo(-1, 1);
		expect(interruptEffectAt([whip], at(5080)).whipOffset).toBeGreaterThan(0.9);
		expect(interruptEffectAt([whip], at(5080)).motionBlurPx).toBeGreaterThan(30);
		expect(interruptEffectAt([whip], at(5340)).whipOffset).toBeLessThan(0.01);
	});

	it('pops the emoji fully opaque at its peak', () => {
		const emoji = interruptEffectAt(everyKind, at(6000 + 140)).emoji;
		expect(emoji).toEqual({ char: '🔥', opacity: 1, scale: expect.closeTo(0.8, 2) });
	});

	it('shows the B-roll for its whole duration with its local time', () => {
		expect(interruptEffectAt(everyKind, at(8000))).toMatchObject({ brollSrc: 'storage:broll/a.mp4', brollLocalMs: 0 });
		expect(interruptEffectAt(everyKind, at(9199))).toMatchObject({ brollSrc: 'storage:broll/a.mp4', brollLocalMs: 1199 });
		expect(interruptEffectAt(everyKind, at(9200)).brollSrc).toBeNull();
	});

	it('ramps speed up then into slow motion, and ends back in sync', () => {
		const ramp = one({ kind: 'speed-ramp', atMs: 10_000, intensity: 1 });
		const effects = Array.from({ length: 800 }, (_, i) => interruptEffectAt([ramp], at(10_000 + i)));
		expect(Math.max(...effects.map((effect) => effect.playbackRate))).toBeCloseTo(3.4, 2);
		expect(Math.min(...effects.map((effect) => effect.playbackRate))).toBeCloseTo(0.4, 2);
		// The warp is the running sum of (rate - 1): content ahead, then back to 0.
		let sum = 0;
		for (const effect of effects) {
			expect(effect.timeWarpMs).toBeCloseTo(sum, -0.5);
			sum += effect.playbackRate - 1;
		}
		expect(Math.max(...effects.map((effect) => effect.timeWarpMs))).toBeGreaterThan(100);
		expect(Math.abs(sum)).toBeLessThan(1);
	});

	it('does not stack two interrupts of one kind: the stronger wins', () => {
		const strong = one({ kind: 'zoom-punch', atMs: 1000, intensity: 1 });
		const weak = one({ kind: 'zoom-punch', atMs: 1010, intensity: 0.5 });
		expect(interruptEffectAt([strong, weak], at(peakOf(strong)))).toEqual(interruptEffectAt([strong], at(peakOf(strong))));
	});
});

describe('interruptEnvelope', () => {
	it('is 0 outside the interrupt and 1 at the end of the attack, for every easing', () => {
		for (const easing of ['linear', 'ease-in', 'ease-out', 'ease-in-out', 'spring'] as const) {
			expect(interruptEnvelope(-1, 500, easing)).toBe(0);
			expect(interruptEnvelope(0, 500, easing)).toBe(0);
			expect(interruptEnvelope(100, 500, easing)).toBeCloseTo(1, 5);
			expect(interruptEnvelope(499.999, 500, easing)).toBeCloseTo(0, 3);
			expect(interruptEnvelope(500, 500, easing)).toBe(0);
		}
	});

	it('overshoots on a spring, so a pop lands with a bounce', () => {
		const attack = Array.from({ length: 100 }, (_, i) => interruptEnvelope(i, 500, 'spring'));
		expect(Math.max(...attack)).toBeGreaterThan(1.02);
	});
});
