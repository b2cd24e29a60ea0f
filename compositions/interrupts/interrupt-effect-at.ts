import { ATTACK_SHARE, interruptEnvelope } from './interrupt-envelope.js';
import type { InterruptKind, ScheduledInterrupt } from './interrupt-schema.js';
import { pseudoNoise } from './pseudo-noise.js';

/** What the interrupts do to one frame; `NEUTRAL_INTERRUPT_EFFECT` is "nothing". */
export type InterruptEffect = {
	/** Zoom of the content (zoom-punch, plus the slight zoom that hides the frame edges while it shakes). */
	scale: number;
	/** Shake, in px of the composition (scaled to the frame size). */
	translateX: number;
	translateY: number;
	/** Degrees. */
	rotation: number;
	flashOpacity: number;
	flashColor: string;
	/** Distance between the red and the cyan copy, px. */
	rgbSplitPx: number;
	/** CSS filter for a colour pop; 'none' otherwise. */
	colorFilter: string;
	/** Colour laid over the frame by a colour pop with a colour. */
	tint: { color: string; opacity: number } | null;
	/** Whip position as a fraction of the width: negative is to the left. */
	whipOffset: number;
	/** Horizontal motion blur of the whip, px. */
	motionBlurPx: number;
	emoji: { char: string; scale: number; opacity: number } | null;
	brollSrc: string | null;
	/** Time inside the B-roll interrupt, ms. */
	brollLocalMs: number;
	/** Speed of the content during a speed ramp. */
	playbackRate: number;
	/** How far the content runs ahead of real time during a speed ramp, ms; 0 again when the ramp ends. */
	timeWarpMs: number;
};

export const NEUTRAL_INTERRUPT_EFFECT: Readonly<InterruptEffect> = Object.freeze({
	scale: 1,
	translateX: 0,
	translateY: 0,
	rotation: 0,
	flashOpacity: 0,
	flashColor: '#FFFFFF',
	rgbSplitPx: 0,
	colorFilter: 'none',
	tint: null,
	whipOffset: 0,
	motionBlurPx: 0,
	emoji: null,
	brollSrc: null,
	brollLocalMs: 0,
	playbackRate: 1,
	timeWarpMs: 0,
});

export type InterruptFrame = { frame: number; fps: number; width: number; height: number };

type Active = { interrupt: ScheduledInterrupt; strength: number; localMs: number };

/**
 * The combined effect of the interrupts active at `frame`. Pure and deterministic (shake noise is a hash of the frame),
 * so every frame renders the same on any worker. Two interrupts of one kind never add up: the stronger wins.
 */
export const interruptEffectAt = (interrupts: readonly ScheduledInterrupt[], { frame, fps, width, height }: InterruptFrame): InterruptEffect => {
	const timeMs = (frame / fps) * 1000;
	const strongest = new Map<InterruptKind, Active>();
	for (const interrupt of interrupts) {
		const localMs = timeMs - interrupt.atMs;
		if (localMs < 0 || localMs >= interrupt.durationMs) continue;
		// A B-roll cut and a speed ramp are on for their whole duration; the rest follow the envelope.
		const holds = interrupt.kind === 'broll' || interrupt.kind === 'speed-ramp';
		const strength = holds ? interrupt.intensity : interruptEnvelope(localMs, interrupt.durationMs, interrupt.easing) * interrupt.intensity;
		const current = strongest.get(interrupt.kind);
		if (!current || strength > current.strength) strongest.set(interrupt.kind, { interrupt, strength, localMs });
	}
	const effect: InterruptEffect = { ...NEUTRAL_INTERRUPT_EFFECT };
	const shortSide = Math.min(width, height);
	for (const { interrupt, strength, localMs } of strongest.values()) {
		switch (interrupt.kind) {
			case 'zoom-punch':
				// Intensity 1 is a 25 % push-in, as with zoomPunchScale.
				effect.scale *= 1 + strength * 0.25;
				break;
			case 'shake': {
				const amplitude = 0.03 * strength;
				const maxDegrees = 1.2 * strength;
				const channel = Math.round(interrupt.atMs) * 3;
				effect.translateX += pseudoNoise(frame, channel) * amplitude * shortSide;
				effect.translateY += pseudoNoise(frame, channel + 1) * amplitude * shortSide;
				effect.rotation += pseudoNoise(frame, channel + 2) * maxDegrees;
				// Zoom in just enough that the worst-case offset and tilt never show the edge of the frame.
				const radians = (maxDegrees * Math.PI) / 180;
				effect.scale *= Math.cos(radians) + (Math.max(width, height) / shortSide) * Math.sin(radians) + 2 * amplitude;
				break;
			}
			case 'glitch':
				// A flickering split reads as a digital glitch; a steady one would look like a lens fault.
				effect.rgbSplitPx = 0.015 * width * strength * (0.5 + 0.5 * Math.abs(pseudoNoise(frame, Math.round(interrupt.atMs))));
				break;
			case 'whip': {
				// Out to one side during the attack, back in from the other side during the release.
				const outward = interrupt.direction === 'left' ? -1 : 1;
				const side = localMs < interrupt.durationMs * ATTACK_SHARE ? outward : -outward;
				effect.whipOffset = side * Math.min(1, strength);
				effect.motionBlurPx = 0.04 * width * Math.abs(effect.whipOffset);
				break;
			}
			case 'flash':
				effect.flashOpacity = clamp01(strength);
				effect.flashColor = interrupt.color;
				break;
			case 'color-pop':
				effect.colorFilter = `saturate(${round3(1 + 1.5 * strength)}) contrast(${round3(1 + 0.2 * strength)})`;
				effect.tint = interrupt.color === undefined ? null : { color: interrupt.color, opacity: clamp01(0.35 * strength) };
				break;
			case 'emoji-pop': {
				const envelope = interrupt.intensity > 0 ? strength / interrupt.intensity : 0;
				effect.emoji = { char: interrupt.emoji, scale: Math.max(0, envelope) * (0.5 + 0.5 * interrupt.intensity), opacity: clamp01(envelope * 3) };
				break;
			}
			case 'broll':
				effect.brollSrc = interrupt.src;
				effect.brollLocalMs = localMs;
				break;
			case 'speed-ramp':
				Object.assign(effect, speedRamp(localMs / interrupt.durationMs, interrupt.durationMs, strength));
				break;
		}
	}
	return effect;
};

/**
 * Fast for the attack, slow motion for the release, with the same area above and below 1x: the content surges ahead,
 * then falls back exactly into sync, so captions and voiceover still match when the ramp ends.
 */
const speedRamp = (progress: number, durationMs: number, intensity: number): Pick<InterruptEffect, 'playbackRate' | 'timeWarpMs'> => {
	const slow = 0.6 * intensity;
	const fast = (slow * (1 - ATTACK_SHARE)) / ATTACK_SHARE;
	const peakWarpMs = (2 * fast * ATTACK_SHARE * durationMs) / Math.PI;
	if (progress < ATTACK_SHARE) {
		const phase = (Math.PI * progress) / ATTACK_SHARE;
		return { playbackRate: 1 + fast * Math.sin(phase), timeWarpMs: (peakWarpMs / 2) * (1 - Math.cos(phase)) };
	}
	const phase = (Math.PI * (progress - ATTACK_SHARE)) / (1 - ATTACK_SHARE);
	return { playbackRate: 1 - slow * Math.sin(phase), timeWarpMs: peakWarpMs - (peakWarpMs / 2) * (1 - Math.cos(phase)) };
};

const clamp01 = (value: number): number => Math.min(1, Math.max(0, value));
const round3 = (value: number): number => Math.round(value * 1000) / 1000;
