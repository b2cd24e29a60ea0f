import { z } from 'zod';
import { cssColorSchema } from '../shared/css-color-schema.js';
import { mediaSrcSchema } from '../shared/media-schemas.js';
import { textProp } from '../shared/prop-roles.js';
import { type SoundEffect, soundEffectSchema } from './sound-effects.js';

export const interruptKindSchema = z
	.enum(['zoom-punch', 'flash', 'shake', 'glitch', 'whip', 'emoji-pop', 'color-pop', 'broll', 'speed-ramp'])
	.describe(
		'zoom-punch: quick push-in; flash: full-frame flash; shake: camera shake; glitch: RGB split; whip: whip-pan slide; emoji-pop: emoji pops over the frame; color-pop: saturation pop; broll: B-roll cut-in; speed-ramp: fast then slow-motion',
	);

export const interruptEasingSchema = z
	.enum(['linear', 'ease-in', 'ease-out', 'ease-in-out', 'spring'])
	.describe('Curve of the attack (first 20 %) and the release (the rest); spring overshoots on the attack');

export type InterruptKind = z.infer<typeof interruptKindSchema>;
export type InterruptEasing = z.infer<typeof interruptEasingSchema>;

/** How long each kind lasts unless told otherwise: long enough to read, short enough never to hide the speaker for long. */
export const INTERRUPT_DEFAULT_DURATION_MS: Readonly<Record<InterruptKind, number>> = {
	'zoom-punch': 400,
	flash: 250,
	shake: 400,
	glitch: 300,
	whip: 350,
	'emoji-pop': 700,
	'color-pop': 500,
	broll: 1200,
	'speed-ramp': 800,
};

const DEFAULT_EASING: Readonly<Record<InterruptKind, InterruptEasing>> = {
	'zoom-punch': 'ease-out',
	flash: 'ease-out',
	shake: 'linear',
	glitch: 'linear',
	whip: 'ease-in-out',
	'emoji-pop': 'spring',
	'color-pop': 'ease-out',
	broll: 'linear',
	'speed-ramp': 'linear',
};

/** What each interrupt sounds like unless told otherwise: what a short-form editor would put under that cut. */
export const DEFAULT_INTERRUPT_SOUND: Readonly<Record<InterruptKind, SoundEffect>> = {
	'zoom-punch': 'hit',
	flash: 'shutter',
	shake: 'hit',
	glitch: 'glitch',
	whip: 'whoosh',
	'emoji-pop': 'pop',
	'color-pop': 'swoosh',
	broll: 'swoosh',
	'speed-ramp': 'riser',
};

export const interruptSoundsSchema = z
	.object({
		enabled: z.boolean().default(true).describe('Play a sound effect with each interrupt; false: silent interrupts'),
		volume: z.number().min(0).max(2).default(0.5).describe('Level of the effects (1: as shipped, peaking at -3 dBFS)'),
		duckTo: z.number().min(0).max(1).default(0.5).describe('Multiplier on the effects while someone speaks, so they sit under the voice'),
		byKind: z.partialRecord(interruptKindSchema, soundEffectSchema).default({}).describe('Another sound (or none) for a kind: { "zoom-punch": "whoosh" }'),
	})
	.prefault({});
export type InterruptSounds = z.output<typeof interruptSoundsSchema>;

const emojiSchema = textProp(z.string().trim().min(1).max(8)).describe('One emoji (up to 8 code points, so joined emoji such as 👨‍👩‍👧 fit)');
const intensitySchema = z.number().min(0).max(1).describe('0: invisible, 1: strongest');
// 50 ms is under two frames at 30 fps: anything shorter cannot be seen.
const durationMsSchema = z.number().int().min(50).max(5000).describe('How long the interrupt lasts');
const whipDirectionSchema = z.enum(['left', 'right']).describe('Side the frame whips towards');
const brollTrimSchema = z.number().min(0).describe('Milliseconds skipped at the start of the B-roll clip');

const base = (kind: InterruptKind) => ({
	atMs: z.number().min(0).describe('When the interrupt starts, from the start of the video'),
	intensity: intensitySchema.default(0.6),
	durationMs: durationMsSchema.default(INTERRUPT_DEFAULT_DURATION_MS[kind]),
	easing: interruptEasingSchema.default(DEFAULT_EASING[kind]),
	sound: soundEffectSchema.optional().describe("Default: the schedule's sound for this kind"),
});

/** One interrupt on the timeline, fully resolved: what `scheduleInterrupts` returns and the layer draws. */
export const scheduledInterruptSchema = z.discriminatedUnion('kind', [
	z.object({ kind: z.literal('zoom-punch'), ...base('zoom-punch') }),
	z.object({ kind: z.literal('flash'), ...base('flash'), color: cssColorSchema.default('#FFFFFF') }),
	z.object({ kind: z.literal('shake'), ...base('shake') }),
	z.object({ kind: z.literal('glitch'), ...base('glitch') }),
	z.object({ kind: z.literal('whip'), ...base('whip'), direction: whipDirectionSchema.default('left') }),
	z.object({ kind: z.literal('emoji-pop'), ...base('emoji-pop'), emoji: emojiSchema.default('🔥') }),
	z.object({ kind: z.literal('color-pop'), ...base('color-pop'), color: cssColorSchema.optional().describe('Tint; default: saturation pop only') }),
	z.object({ kind: z.literal('broll'), ...base('broll'), src: mediaSrcSchema, trimStartMs: brollTrimSchema.default(0) }),
	z.object({ kind: z.literal('speed-ramp'), ...base('speed-ramp') }),
]);

export type ScheduledInterrupt = z.output<typeof scheduledInterruptSchema>;

/** An interrupt placed by hand; what it leaves out comes from the schedule, then from its kind. */
export const explicitInterruptSchema = z.object({
	atMs: z.number().min(0).describe('When the interrupt starts, from the start of the video'),
	kind: interruptKindSchema.optional().describe('Default: the next kind in the rotation'),
	intensity: intensitySchema.optional(),
	durationMs: durationMsSchema.optional(),
	easing: interruptEasingSchema.optional(),
	emoji: emojiSchema.optional().describe('emoji-pop'),
	color: cssColorSchema.optional().describe('flash, color-pop'),
	direction: whipDirectionSchema.optional().describe('whip'),
	src: mediaSrcSchema.optional().describe('broll; default: the next clip in `broll`'),
	trimStartMs: brollTrimSchema.optional().describe('broll'),
	sound: soundEffectSchema.optional().describe("Sound effect of this interrupt; default: its kind's"),
});

export const interruptScheduleSchema = z
	.object({
		mode: z
			.enum(['off', 'interval', 'emphasis', 'explicit', 'auto'])
			.default('auto')
			.describe(
				'interval: every intervalSeconds; emphasis: on each emphasised word; explicit: at `times`; auto: on emphasis, then filled so nothing stays still longer than maxGapSeconds',
			),
		kinds: z.array(interruptKindSchema).min(1).max(20).default(['zoom-punch', 'flash', 'shake', 'glitch']).describe('Kinds used in turn, in this order'),
		intervalSeconds: z.number().min(0.3).max(60).default(3).describe('interval mode'),
		times: z.array(explicitInterruptSchema).max(500).default([]).describe('explicit mode'),
		maxGapSeconds: z.number().min(0.5).max(30).default(2.5).describe('auto mode: longest stretch without a visual change'),
		minGapMs: z.number().int().min(0).max(10_000).default(600).describe('Shortest time between two interrupts, so they never stack'),
		intensity: intensitySchema.default(0.6),
		durationMs: durationMsSchema.optional().describe('Default: per kind (zoom-punch 400 ms, flash 250 ms, broll 1200 ms, …)'),
		easing: interruptEasingSchema.optional().describe('Default: per kind'),
		emojis: z.array(emojiSchema).min(1).max(50).default(['🔥', '👀', '💥', '😱']).describe('emoji-pop uses these in turn'),
		color: cssColorSchema.optional().describe('flash and color-pop colour; default: white flash, untinted colour pop'),
		sounds: interruptSoundsSchema.describe('Sound effects on the interrupts: on by default, ducked under the voice'),
		// Objects with `src`, not bare strings, so the worker finds and fetches them like every other media field.
		broll: z
			.array(z.object({ src: mediaSrcSchema, trimStartMs: brollTrimSchema.default(0) }))
			.max(100)
			.default([])
			.describe('B-roll clips used in turn by broll interrupts'),
	})
	.superRefine((schedule, ctx) => {
		const rotates = schedule.mode !== 'off' && (schedule.mode !== 'explicit' || schedule.times.some((time) => time.kind === undefined));
		if (rotates && schedule.kinds.includes('broll') && schedule.broll.length === 0) {
			ctx.addIssue({ code: 'custom', path: ['broll'], message: '"kinds" includes broll, so "broll" needs at least one clip' });
		}
		if (schedule.mode === 'explicit' && schedule.broll.length === 0) {
			schedule.times.forEach((time, index) => {
				if (time.kind === 'broll' && time.src === undefined) {
					ctx.addIssue({ code: 'custom', path: ['times', index, 'src'], message: 'a broll interrupt needs a src (or clips in "broll")' });
				}
			});
		}
		if (schedule.mode === 'auto') {
			// Filling is always possible when an interrupt and its gap fit twice into maxGapSeconds (see scheduleInterrupts).
			const longest = Math.max(schedule.minGapMs, ...schedule.kinds.map((kind) => schedule.durationMs ?? INTERRUPT_DEFAULT_DURATION_MS[kind]));
			if (longest * 2 > schedule.maxGapSeconds * 1000) {
				ctx.addIssue({
					code: 'custom',
					path: ['maxGapSeconds'],
					message: `"maxGapSeconds" must be at least twice the longest of minGapMs and the kinds' durations (${longest} ms), but is ${schedule.maxGapSeconds}`,
				});
			}
		}
	});

export type InterruptScheduleInput = z.input<typeof interruptScheduleSchema>;
export type InterruptSchedule = z.output<typeof interruptScheduleSchema>;
export type ExplicitInterrupt = z.output<typeof explicitInterruptSchema>;
