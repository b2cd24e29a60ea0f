import { finishedStatuses, type RenderStatus } from '../contracts/render-status.js';
import type { WebhookEventType } from '../contracts/webhook-job.js';
import type { Database } from '../db/create-database.js';
import { storagePrefixOf } from '../workspaces/storage-prefix-of.js';
import { enqueueWebhook, type WebhookQueue } from './enqueue-webhook.js';
import { notifyBatchFinished } from './notify-batch-finished.js';
import type { WebhookNotice } from './webhook-notice.js';

const eventOfStatus: Partial<Record<RenderStatus, WebhookEventType>> = { done: 'render.done', failed: 'render.failed', cancelled: 'render.cancelled' };

/**
 * Announces a finished render to its webhook, and its batch's to the batch webhook once the batch's last render is finished.
 * Safe to call after every attempt and from several processes: it does nothing while the render is unfinished,
 * and an event is queued once (its id is `render.<id>.<status>.<finishedAt ms>`). Returns the ids of the events it queued.
 */
export const notifyRenderFinished = async (db: Database, queue: WebhookQueue, renderId: string, notice: WebhookNotice): Promise<string[]> => {
	const render = await db.render.findUnique({
		where: { id: renderId },
		select: {
			id: true,
			workspaceId: true,
			template: true,
			status: true,
			webhookUrl: true,
			outputKey: true,
			outputSizeBytes: true,
			encoder: true,
			width: true,
			height: true,
			fps: true,
			durationInFrames: true,
			error: true,
			attempts: true,
			stageTimings: true,
			metadata: true,
			batchId: true,
			batchRow: true,
			variant: true,
			createdAt: true,
			startedAt: true,
			finishedAt: true,
		},
	});
	if (!render || !finishedStatuses.includes(render.status)) return [];
	const queued: string[] = [];
	const event = eventOfStatus[render.status];
	if (render.webhookUrl && event) {
		const { webhookUrl, outputKey, stageTimings, createdAt, startedAt, finishedAt, workspaceId, ...fields } = render;
		// The finish time tells a finish after a retry (POST renders.retry) from the first, which would otherwise be taken for a duplicate.
		const eventId = `render.${render.id}.${render.status}.${(finishedAt ?? createdAt).getTime()}`;
		await enqueueWebhook(
			queue,
			{
				eventId,
				event,
				url: webhookUrl,
				workspaceId,
				// Only the render: a batch's delivery log holds the batch's own events.
				renderId: render.id,
				createdAt: (finishedAt ?? new Date()).toISOString(),
				payload: {
					render: {
						...fields,
						outputUrl: outputKey && render.status === 'done' ? notice.links.fileUrl(`${storagePrefixOf(workspaceId)}${outputKey}`) : null,
						timings: stageTimings,
						createdAt: createdAt.toISOString(),
						startedAt: startedAt?.toISOString() ?? null,
						finishedAt: finishedAt?.toISOString() ?? null,
					},
				},
			},
			notice.retry,
		);
		queued.push(eventId);
	}
	if (render.batchId) queued.push(...(await notifyBatchFinished(db, queue, render.batchId, notice)));
	return queued;
};
