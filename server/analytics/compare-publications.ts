import type { ComparisonDimension, ComparisonMetric } from '../../core/analytics/analytics-inputs.js';
import type { Database } from '../../core/db/create-database.js';
import type { Prisma } from '../../core/db/generated/sqlite/client.js';
import { type PlatformProvider, platformProviderSchema } from '../../core/publishing/publish-contract.js';
import { compareSamples } from './compare-samples.js';
import { interruptDensityOf } from './interrupt-density-of.js';
import { type LatestSample, latestSamplesOf } from './latest-samples-of.js';
import { platformConnectionOf } from './platform-connection-of.js';

export const NO_VARIANT = '(none)';

export type MeasuredPublication = { publicationId: string; kind: string; template: string; variant: string; interruptDensity: string; sample: LatestSample };

/** Published platform videos matching `where` that have numbers, each with the render facts it can be grouped by. */
export const measuredPublicationsOf = async (db: Database, where: Prisma.PublicationWhereInput): Promise<MeasuredPublication[]> => {
	const publications = await db.publication.findMany({
		where: { kind: { in: [...platformProviderSchema.options] }, ...where, status: 'published' },
		select: { id: true, kind: true, render: { select: { template: true, variant: true, props: true, fps: true, durationInFrames: true } } },
	});
	const latest = await latestSamplesOf(
		db,
		publications.map((publication) => publication.id),
	);
	return publications.flatMap(({ id, kind, render }) => {
		const sample = latest.get(id);
		if (!sample) return [];
		return [
			{
				publicationId: id,
				kind,
				template: render.template,
				variant: render.variant ?? NO_VARIANT,
				interruptDensity: interruptDensityOf(render).bucket,
				sample,
			},
		];
	});
};

/** Groups measured videos by a dimension and compares their values of one metric (see compareSamples). */
export const groupAndCompare = (measured: readonly MeasuredPublication[], by: ComparisonDimension, metric: ComparisonMetric) => {
	const groups = new Map<string, number[]>();
	for (const entry of measured) {
		const value = entry.sample[metric];
		if (value === null) continue;
		groups.set(entry[by], [...(groups.get(entry[by]) ?? []), value]);
	}
	return compareSamples(groups);
};

/**
 * Which template, hook variant or interrupt density does better on a platform metric. The unit is one published video
 * (its latest numbers), so a render posted to YouTube and TikTok counts once per platform unless `provider` narrows it.
 */
export const comparePublications = async (
	db: Database,
	workspaceId: string,
	input: { by: ComparisonDimension; metric: ComparisonMetric; batchId?: string; provider?: PlatformProvider },
) => {
	const connection = await platformConnectionOf(db, workspaceId);
	const query = { by: input.by, metric: input.metric, batchId: input.batchId ?? null, provider: input.provider ?? null };
	if (!connection.connected) return { ...query, ...connection };
	const measured = await measuredPublicationsOf(db, {
		workspaceId,
		...(input.provider ? { kind: input.provider } : {}),
		...(input.batchId ? { render: { batchId: input.batchId } } : {}),
	});
	return { ...query, connected: true as const, unit: 'publication' as const, ...groupAndCompare(measured, input.by, input.metric) };
};
