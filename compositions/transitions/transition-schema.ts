import { z } from 'zod';

export const transitionKindSchema = z
	.enum(['none', 'fade', 'slide', 'wipe', 'flip', 'clock-wipe', 'whip-blur'])
	.describe(
		'none: hard cut; fade: cross-fade; slide: next clip pushes in; wipe: edge wipe; flip: 3D card flip; clock-wipe: clock hand sweep; whip-blur: fast pan with motion blur',
	);

const directionSchema = z.enum(['from-left', 'from-right', 'from-top', 'from-bottom']).describe('slide, wipe, flip, whip-blur: side the next clip comes from');

export const transitionSchema = z.object({
	kind: transitionKindSchema.default('none'),
	durationMs: z.number().int().min(100).max(2000).default(400).describe('How long both clips are on screen together'),
	direction: directionSchema.default('from-right'),
});
export type Transition = z.output<typeof transitionSchema>;

/**
 * How one clip gives way to the next: a default for every cut, and per cut (cuts[i] is the cut after clip i) what
 * differs from it. A transition starts on the cut and runs into the next clip's time, so cuts, captions and the
 * voiceover keep their times.
 */
export const transitionsSchema = z
	.object({
		default: transitionSchema.prefault({}),
		cuts: z.array(transitionSchema.partial().nullable()).max(100).default([]).describe('cuts[i]: the cut after clip i; null: the default'),
	})
	.prefault({});
export type Transitions = z.output<typeof transitionsSchema>;

/** The transition at cut `index` (after clip `index`): the default with that cut's own choices on top. */
export const transitionAt = (transitions: Transitions, index: number): Transition => ({
	...transitions.default,
	...stripUndefined(transitions.cuts[index] ?? {}),
});

const stripUndefined = <T extends object>(value: T): Partial<T> =>
	Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined)) as Partial<T>;
