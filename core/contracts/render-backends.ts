import { z } from 'zod';
import type { Config } from '../config/load-config.js';
import type { $Enums } from '../db/generated/sqlite/client.js';

/** The queue local workers take renders (and a chunked render's chunks) from. */
export const RENDER_QUEUE_NAME = 'reelforge-render';
/** Lambda renders wait on AWS, not on this machine: they have their own queue, so they never hold a local render slot. */
export const LAMBDA_RENDER_QUEUE_NAME = 'reelforge-render-lambda';

/** What `backend: auto` knows when it picks where a new render runs. */
export type AutoChoiceFacts = { config: Pick<Config, 'lambda'>; localQueueDepth: number; durationSeconds: number | null };

export type RenderBackendDeclaration = {
	/** The BullMQ queue its jobs go on; the API enqueues there and follows its events. */
	queue: string;
	description: string;
	/** Why this deployment cannot use it (said when it is asked for), or null when it can. */
	unavailableBecause: (config: Pick<Config, 'lambda'>) => string | null;
	/** Whether `auto` sends a render here instead of to local workers; absent: auto never picks it. */
	autoPicksWhen?: (facts: AutoChoiceFacts) => boolean;
};

/**
 * Every place a render can run, declared once: the API, the workers and the database enum all follow this list.
 * A backend's implementation is its folder under workers/render/backends/; tsc checks both lists and the migration agree.
 */
export const renderBackends = {
	local: { queue: RENDER_QUEUE_NAME, description: 'One local worker renders the whole video', unavailableBecause: () => null },
	chunked: {
		queue: RENDER_QUEUE_NAME,
		description: 'The video is split into frame ranges that any free local workers render at once, then joined',
		unavailableBecause: () => null,
	},
	lambda: {
		queue: LAMBDA_RENDER_QUEUE_NAME,
		description: 'Remotion Lambda on AWS renders it',
		unavailableBecause: (config) => (config.lambda ? null : 'Lambda is not configured (set LAMBDA_REGION, LAMBDA_FUNCTION_NAME and LAMBDA_SERVE_URL)'),
		// Lambda costs money and local capacity does not: only when the local queue is deep or the video long.
		autoPicksWhen: ({ config, localQueueDepth, durationSeconds }) =>
			config.lambda !== null &&
			(localQueueDepth >= config.lambda.autoQueueDepth || (durationSeconds !== null && durationSeconds >= config.lambda.autoMinSeconds)),
	},
} as const satisfies Record<string, RenderBackendDeclaration>;

export type RenderBackendId = keyof typeof renderBackends;
export const renderBackendIds = Object.keys(renderBackends) as [RenderBackendId, ...RenderBackendId[]];
export const renderBackendSchema = z.enum(renderBackendIds);

/** Every queue some backend uses, once each. */
export const renderQueueNames = [...new Set(Object.values(renderBackends).map((backend) => backend.queue))];

// The database enum (prisma/schema.prisma RenderBackend) is the same set: a backend without its migration fails here.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export const backendsMatchTheDatabase: Same<RenderBackendId, $Enums.RenderBackend> = true;
