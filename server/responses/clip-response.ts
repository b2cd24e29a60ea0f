import { z } from 'zod';
import { responseObject } from './response-object.js';

/** An imported clip (server/routers/clips-router.ts); `src` is what a template's props name it by. */
const clipFields = responseObject({
	id: z.string(),
	src: z.string().describe('storage:<key>, for props'),
	sourceUrl: z.string().nullable(),
	platform: z.string().nullable(),
	author: z.string().nullable(),
	sourceLink: z.string().nullable(),
	license: z.string().nullable(),
	title: z.string().nullable(),
	stats: z.unknown().describe('views, likes, shares, … as the discovery service gave them'),
	durationSeconds: z.number(),
	width: z.number().nullable(),
	height: z.number().nullable(),
	fps: z.number().nullable(),
	hasAudio: z.boolean(),
	sizeBytes: z.number(),
	createdAt: z.string().describe('ISO 8601'),
});

export const clipResponseSchema = clipFields.meta({ id: 'Clip' });
export const clipDetailResponseSchema = clipFields.extend({ renderCount: z.number().describe('Renders that used it') }).meta({ id: 'ClipDetail' });

/** One item of clips.import: stored (maybe already, `duplicate`) or refused with a reason. */
export const clipImportResultSchema = z.discriminatedUnion('ok', [
	responseObject({ index: z.number(), ok: z.literal(true), duplicate: z.boolean(), clip: clipResponseSchema }),
	responseObject({ index: z.number(), ok: z.literal(false), error: z.string() }),
]);
