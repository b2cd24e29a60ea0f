import { finishedStatuses } from '../contracts/render-status.js';
import type { Database } from '../db/create-database.js';
import { storagePrefixOf } from '../workspaces/storage-prefix-of.js';
import { enqueueWebhook, type WebhookQueue } from './enqueue-webhook.js';
import type { WebhookNotice } from './webhook-notice.js';

/**
 * Announces a batch to its webhook once every one of its renders is finished: `batch.done` when none failed,
 * `batch.failed` when any did (cancelled renders are counted, not failures). Does nothing before that,
 * so it can be called after each render of the batch; the event id `batch.<id>.<done|failed>.<last finishedAt ms>` makes
 * two workers finishing the last renders at once queue it once. Returns the ids of the events it queued.
 */
export const notifyBatchFinished = async (db: Database, queue: WebhookQueue, batchId: string, notice: WebhookNotice): Promise<string[]> => {
	const batch = await db.batch.findUnique({
		where: { id: batchId },
		select: {
			id: true,
			workspaceId: true,
			template: true,
			name: true,
			rowCount: true,
			webhookUrl: true,
			metadata: true,
			createdAt: true,
			renders: {
				select: { id: true, status: true, batchRow: true, variant: true, outputKey: true, error: true, finishedAt: true },
				orderBy: [{ batchRow: 'asc' }, { id: 'asc' }],
			},
		},
	});
	if (!batch?.webhookUrl || batch.renders.length === 0) return [];
	// Rows are recorded one by one; a batch with fewer renders than rows is still being created.
	if (batch.renders.length < batch.rowCount || batch.renders.some((render) => !finishedStatuses.includes(render.status))) return [];

	const count = (status: string) => batch.renders.filter((render) => render.status === status).length;
	const counts = { done: count('done'), failed: count('failed'), cancelled: count('cancelled') };
	const outcome = counts.failed > 0 ? 'failed' : 'done';
	const finishedAt = new Date(Math.max(...batch.renders.map((render) => render.finishedAt?.getTime() ?? 0)) || batch.createdAt.getTime());
	const eventId = `batch.${batch.id}.${outcome}.${finishedAt.getTime()}`;
	await enqueueWebhook(
		queue,
		{
			eventId,
			event: `batch.${outcome}`,
			url: batch.webhookUrl,
			workspaceId: batch.workspaceId,
			batchId: batch.id,
			createdAt: finishedAt.toISOString(),
			payload: {
				batch: {
					id: batch.id,
					template: batch.template,
					name: batch.name,
					rowCount: batch.rowCount,
					metadata: batch.metadata,
					counts,
					renders: batch.renders.map(({ outputKey, finishedAt: _finishedAt, ...render }) => ({
						...render,
						outputUrl: outputKey && render.status === 'done' ? notice.links.fileUrl(`${storagePrefixOf(batch.workspaceId)}${outputKey}`) : null,
					})),
					createdAt: batch.createdAt.toISOString(),
					finishedAt: finishedAt.toISOString(),
				},
			},
		},
		notice.retry,
	);
	return [eventId];
};
