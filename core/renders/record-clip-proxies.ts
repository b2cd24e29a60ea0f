import { z } from 'zod';
import type { Database } from '../db/create-database.js';
import { unfinished } from './unfinished.js';

/** What one full-frame clip of a render was drawn from: a proxy (which, and why) or its source (and why). */
export const clipProxyRecordSchema = z.object({
	prop: z.string().describe('The clip prop, like background'),
	src: z.string().describe('The source it names'),
	proxy: z.boolean().describe('Drawn from a proxy (true) or from the source itself'),
	why: z.string().describe('Why a proxy was or was not made'),
	/** The proxy's media-cache entry (source hash and target); absent when the source was kept. */
	cacheId: z.string().optional(),
	width: z.number().optional(),
	height: z.number().optional(),
	fps: z.number().optional(),
	/** Made earlier, by another render or batch row on this machine. */
	reused: z.boolean().optional().describe('Made earlier by another render or batch row on this machine'),
	/** How long making it took, when this render made it. */
	makeMs: z.number().optional(),
	/** focalPoint auto was resolved to a path (baked into the proxy's crop, or given to the composition). */
	reframed: z.boolean().optional().describe('focalPoint auto followed the subject'),
});
export type ClipProxyRecord = z.infer<typeof clipProxyRecordSchema>;

/** Which proxies a render's clips used; written once its media is prepared, before any frame is drawn. */
export const recordClipProxies = async (db: Database, id: string, clipProxies: readonly ClipProxyRecord[]): Promise<void> => {
	if (clipProxies.length === 0) return;
	await db.render.updateMany({ where: { id, ...unfinished }, data: { clipProxies: clipProxies.map((entry) => ({ ...entry })) } });
};
