import type { Database } from '../../core/db/create-database.js';
import type { Prisma } from '../../core/db/generated/sqlite/client.js';
import { type PlatformProvider, platformProviderSchema } from '../../core/publishing/publish-contract.js';
import { latestSamplesOf } from './latest-samples-of.js';
import { type PlatformConnection, platformConnectionOf } from './platform-connection-of.js';

type Totals = { videos: number; measured: number; views: number; likes: number; shares: number; comments: number; watchTimeSeconds: number };

/**
 * Current totals per platform over the published videos matching `where` (latest sample of each), or the explicit
 * "not connected" answer when no account is connected. `measured` counts the videos that have numbers yet.
 */
export const platformTotalsOf = async (
	db: Database,
	workspaceId: string,
	where: Prisma.PublicationWhereInput = {},
): Promise<PlatformConnection | (PlatformConnection & { connected: true; totals: Record<PlatformProvider, Totals> })> => {
	const connection = await platformConnectionOf(db, workspaceId);
	if (!connection.connected) return connection;
	const publications = await db.publication.findMany({
		where: { ...where, workspaceId, status: 'published', kind: { in: [...platformProviderSchema.options] } },
		select: { id: true, kind: true },
	});
	const latest = await latestSamplesOf(
		db,
		publications.map((publication) => publication.id),
	);
	const empty = (): Totals => ({ videos: 0, measured: 0, views: 0, likes: 0, shares: 0, comments: 0, watchTimeSeconds: 0 });
	const totals = Object.fromEntries(platformProviderSchema.options.map((provider) => [provider, empty()])) as Record<PlatformProvider, Totals>;
	for (const publication of publications) {
		const bucket = totals[platformProviderSchema.parse(publication.kind)];
		bucket.videos += 1;
		const sample = latest.get(publication.id);
		if (!sample) continue;
		bucket.measured += 1;
		bucket.views += sample.views ?? 0;
		bucket.likes += sample.likes ?? 0;
		bucket.shares += sample.shares ?? 0;
		bucket.comments += sample.comments ?? 0;
		bucket.watchTimeSeconds += sample.watchTimeSeconds ?? 0;
	}
	return { ...connection, totals };
};
