import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_INTERRUPT_SOUND, type InterruptKind, interruptScheduleSchema } from '../../compositions/interrupts/interrupt-schema.js';
import { scheduleInterrupts } from '../../compositions/interrupts/schedule-interrupts.js';
import type { SoundEffect } from '../../compositions/interrupts/sound-effects.js';
import { synthesizeSoundEffect } from '../../compositions/interrupts/sounds/synthesize-sound-effect.js';
import { duckUnderSpeech, speechSpansOf } from '../../compositions/shared/duck-under-speech.js';
import { bestAlignment, decodeAudioMono } from '../support/decode-audio.js';
import { startTestStack, type TestStack } from '../support/start-test-stack.js';
import { waitForRender } from '../support/wait-for-render.js';

const RATE = 48_000;
const FPS = 30;
const VOLUME = 0.8;
const DUCK_TO = 0.4;
const KINDS: InterruptKind[] = ['zoom-punch', 'flash', 'shake', 'glitch', 'whip', 'emoji-pop', 'color-pop', 'broll', 'speed-ramp'];
// One interrupt of each kind every 0.7 s, the first ones under the voice, the rest after it; a last flash whose kind is
// switched off (byKind flash: none) while the first flash asks for its shutter explicitly.
const times = [
	...KINDS.map((kind, index) => ({ atMs: 250 + index * 700, kind, ...(kind === 'flash' ? { sound: 'shutter' as const } : {}) })),
	{ atMs: 250 + KINDS.length * 700, kind: 'flash' as const },
];
const schedule = {
	mode: 'explicit',
	times,
	minGapMs: 600,
	durationMs: 500,
	sounds: { volume: VOLUME, duckTo: DUCK_TO, byKind: { flash: 'none' } },
	broll: [{ src: 'CLIP' }],
};

let stack: TestStack;
beforeAll(async () => {
	stack = await startTestStack();
});
afterAll(async () => {
	await stack?.stop();
});

/** Where `effect` best matches the mix within ±maxLag of `at` (samples), its correlation, and its gain there (least squares). */
const locate = (mix: Int16Array, effect: Int16Array, at: number, maxLag: number) => {
	let best = { lag: 0, correlation: -1, gain: 0 };
	let effectEnergy = 0;
	for (const x of effect) effectEnergy += x * x;
	for (let lag = -maxLag; lag <= maxLag; lag++) {
		let dot = 0;
		let mixEnergy = 0;
		for (let i = 0; i < effect.length; i++) {
			const y = mix[at + lag + i] ?? 0;
			dot += y * (effect[i] ?? 0);
			mixEnergy += y * y;
		}
		const correlation = mixEnergy > 0 ? dot / Math.sqrt(mixEnergy * effectEnergy) : 0;
		if (correlation > best.correlation) best = { lag, correlation, gain: dot / effectEnergy };
	}
	return best;
};

describe('interrupt sound effects in the delivered file', () => {
	it('puts each interrupt’s effect on its frame (within 10 ms of the voice’s clock) at its volume, ducked under the voice', async () => {
		const created = await stack.client.renders.create.mutate({
			template: 'faceless-narration',
			props: {
				durationInSeconds: 7.5,
				fps: FPS,
				backgrounds: [{ type: 'gradient' }],
				interrupts: JSON.parse(JSON.stringify(schedule).replaceAll('"CLIP"', JSON.stringify(stack.sampleClipSrc))),
			},
			narration: { text: 'Every cut has a sound. It sits under the voice.' },
			output: { scale: 0.2 },
		});
		const render = await waitForRender(stack.client, created.id, 150_000);
		expect(render.error).toBeNull();
		const row = await stack.db.render.findUniqueOrThrow({
			where: { id: render.id },
			select: { captionWords: true, voiceover: { select: { audioKey: true } } },
		});
		const words = row.captionWords as { text: string; startMs: number; endMs: number; emphasis: boolean }[];
		const mix = await decodeAudioMono(path.join(stack.config.storageDir, 'renders', `${render.id}.mp4`), RATE);
		const voice = await decodeAudioMono(path.join(stack.config.storageDir, row.voiceover?.audioKey ?? ''), RATE);

		// The voice's own delay in the file (the AAC encoder's, whatever it is): effects are judged on the same clock.
		const voiceAt = bestAlignment(voice, mix, 0, RATE, Math.round(0.1 * RATE));
		expect(voiceAt.correlation).toBeGreaterThan(0.8);
		let dot = 0;
		let energy = 0;
		for (let i = 0; i < voice.length; i++) {
			dot += (mix[i + voiceAt.lag] ?? 0) * (voice[i] ?? 0);
			energy += (voice[i] ?? 0) ** 2;
		}
		const voiceGain = dot / energy;
		// What is left once the voice is taken out: the effects (and the codec's error), so one under speech is found too.
		const effects = Int16Array.from(mix, (y, i) => Math.max(-32768, Math.min(32767, Math.round(y - voiceGain * (voice[i - voiceAt.lag] ?? 0)))));

		const placed = scheduleInterrupts(interruptScheduleSchema.parse({ ...schedule, broll: [{ src: stack.sampleClipSrc }] }), {
			durationMs: 7500,
			words,
		});
		expect(placed.map((interrupt) => interrupt.atMs)).toEqual(times.map((time) => time.atMs));
		const spans = speechSpansOf(words);
		const found: { kind: string; sound: string; frame: number; offsetMs: number; correlation: number; level: number; expected: number | null }[] = [];
		for (const [index, interrupt] of placed.entries()) {
			const frame = Math.ceil((interrupt.atMs / 1000) * FPS - 1e-9);
			const startMs = (frame / FPS) * 1000;
			const silent = index === placed.length - 1;
			const sound: SoundEffect = interrupt.kind === 'flash' ? 'shutter' : DEFAULT_INTERRUPT_SOUND[interrupt.kind];
			const effect = synthesizeSoundEffect(sound);
			const at = Math.round((frame / FPS) * RATE) + voiceAt.lag;
			const match = locate(effects, effect, at, Math.round(0.03 * RATE));
			// The duck only has one value to check where it holds still over the whole effect.
			const lengthMs = (effect.length / RATE) * 1000;
			const ducks = [0, 0.25, 0.5, 0.75, 1].map((share) => duckUnderSpeech(startMs + share * lengthMs, spans, DUCK_TO));
			const steady = Math.max(...ducks) - Math.min(...ducks) < 0.02;
			found.push({
				kind: interrupt.kind,
				sound: silent ? 'none' : sound,
				frame,
				offsetMs: (match.lag / RATE) * 1000,
				correlation: match.correlation,
				level: match.gain / voiceGain,
				expected: steady ? VOLUME * (ducks[0] ?? 1) : null,
			});
		}
		console.log(JSON.stringify({ voiceDelayMs: (voiceAt.lag / RATE) * 1000, voiceGain, found }, null, 1));
		for (const effect of found.slice(0, -1)) {
			expect(effect.correlation, `${effect.kind} (${effect.sound}) is heard at frame ${effect.frame}`).toBeGreaterThan(0.5);
			expect(Math.abs(effect.offsetMs), `${effect.kind} (${effect.sound}) starts on frame ${effect.frame}`).toBeLessThanOrEqual(10);
			if (effect.expected !== null) expect(effect.level, `${effect.kind} (${effect.sound}) level`).toBeCloseTo(effect.expected, 1);
		}
		expect(found.filter((effect) => effect.expected === DUCK_TO * VOLUME).length, 'some effects sit under the voice').toBeGreaterThanOrEqual(2);
		expect(found.filter((effect) => effect.expected === VOLUME).length, 'some effects play alone').toBeGreaterThanOrEqual(4);
		expect(found.at(-1)?.correlation, 'a kind switched off has no sound').toBeLessThan(0.2);
	});
});
