import { CLICK_SAMPLE_RATE, clickSamples } from './sync-click.js';

export type FoundClick = { expectedMs: number; foundMs: number; offsetMs: number; correlation: number };

/**
 * Where each click of the sync fixture starts in decoded audio (mono, 48 kHz), searched within ±searchMs of where it
 * should be by normalised cross-correlation with the click itself: sample-accurate, whatever the level.
 * A positive offset means the sound comes late.
 */
export const findClicks = (audio: ArrayLike<number>, expectedMs: readonly number[], { searchMs = 120, sampleRate = CLICK_SAMPLE_RATE } = {}): FoundClick[] => {
	const click = clickSamples(sampleRate);
	let clickEnergy = 0;
	for (const value of click) clickEnergy += value * value;
	const search = Math.round((searchMs / 1000) * sampleRate);
	return expectedMs.map((expected) => {
		const centre = Math.round((expected / 1000) * sampleRate);
		let best = { at: centre, correlation: -1 };
		for (let at = Math.max(0, centre - search); at <= centre + search; at++) {
			let dot = 0;
			let energy = 0;
			for (let i = 0; i < click.length; i++) {
				const x = Number(audio[at + i] ?? 0);
				dot += x * (click[i] ?? 0);
				energy += x * x;
			}
			const correlation = energy > 0 ? dot / Math.sqrt(energy * clickEnergy) : 0;
			if (correlation > best.correlation) best = { at, correlation };
		}
		const foundMs = (best.at / sampleRate) * 1000;
		return { expectedMs: expected, foundMs, offsetMs: foundMs - expected, correlation: best.correlation };
	});
};
