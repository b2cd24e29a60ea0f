import { randomUUID } from 'node:crypto';
import { makeDoneRender } from '../tests/support/make-published-render.js';
import type { TestStack } from '../tests/support/start-test-stack.js';

// Views per video of each template: quote-card clearly ahead of captioned-clip with six videos each (a winner Welch's test
// can name); two clip-story videos, too few to judge.
const VIEWS: Record<string, number[]> = {
	'quote-card': [1900, 2100, 2000, 2300, 1800, 2050],
	'captioned-clip': [900, 1100, 950, 1000, 1050, 980],
	'clip-story': [700, 500],
};

/**
 * What a few days of use leave behind, for the publish and analytics screenshots: done renders with telemetry, a
 * connected channel, published videos with views, one webhook publication that failed. Returns a render to open.
 */
export const seedPublishingDemo = async (stack: TestStack): Promise<string> => {
	const { db } = stack;
	const accountId = randomUUID();
	await db.platformAccount.create({
		data: {
			workspaceId: 'default',
			id: accountId,
			provider: 'youtube',
			externalId: 'UC-demo',
			displayName: 'Reelforge Demo',
			scopes: ['https://www.googleapis.com/auth/youtube.upload', 'https://www.googleapis.com/auth/yt-analytics.readonly'],
			accessTokenEncrypted: 'demo',
			expiresAt: new Date(Date.now() + 3_600_000),
		},
	});
	let first = '';
	for (const [template, views] of Object.entries(VIEWS)) {
		for (const [index, count] of views.entries()) {
			const render = await makeDoneRender(db, stack.config.storageDir, {
				seconds: 1,
				fields: { template, stageTimings: { bundleMs: 40, prepareMs: 120 + index * 10, renderMs: 2500 + index * 300, uploadMs: 15 }, costEstimateUsd: 0.002 },
			});
			first ||= render.id;
			const publicationId = randomUUID();
			await db.publication.create({
				data: {
					workspaceId: 'default',
					id: publicationId,
					renderId: render.id,
					kind: 'youtube',
					targetKey: `youtube:${accountId}`,
					target: { kind: 'youtube', accountId, title: `${template} #${index + 1}` },
					accountId,
					status: 'published',
					platformId: `yt-${index}-${template}`,
					url: `https://www.youtube.com/watch?v=demo${index}`,
					attempts: 1,
					publishedAt: new Date(),
				},
			});
			await db.metricSample.create({ data: { id: randomUUID(), publicationId, views: count, likes: Math.round(count / 20) } });
		}
	}
	await db.publication.create({
		data: {
			workspaceId: 'default',
			id: randomUUID(),
			renderId: first,
			kind: 'webhook',
			targetKey: 'webhook:https://cms.example.com/hooks',
			target: { kind: 'webhook', url: 'https://cms.example.com/hooks' },
			status: 'failed',
			attempts: 5,
			error: 'The webhook answered 503: busy',
			errorReason: 'unavailable',
		},
	});
	return first;
};
