import type { Database } from '../db/create-database.js';
import type { Prisma } from '../db/generated/sqlite/client.js';

export const webhookDeliverySelect = {
	id: true,
	eventId: true,
	event: true,
	url: true,
	attempt: true,
	outcome: true,
	responseStatus: true,
	error: true,
	durationMs: true,
	renderId: true,
	batchId: true,
	createdAt: true,
} satisfies Prisma.WebhookDeliverySelect;

export type WebhookDeliveryView = Omit<Prisma.WebhookDeliveryGetPayload<{ select: typeof webhookDeliverySelect }>, 'outcome' | 'createdAt'> & {
	outcome: 'delivered' | 'failed';
	createdAt: string;
};

/** The delivery log of one render's or one batch's events, attempt by attempt, oldest first. */
export const listWebhookDeliveries = async (
	db: Database,
	workspaceId: string,
	of: { renderId: string; batchId?: undefined } | { batchId: string; renderId?: undefined },
	{ limit = 100 }: { limit?: number } = {},
): Promise<WebhookDeliveryView[]> => {
	const rows = await db.webhookDelivery.findMany({
		where: { workspaceId, ...(of.renderId !== undefined ? { renderId: of.renderId } : { batchId: of.batchId }) },
		select: webhookDeliverySelect,
		orderBy: [{ createdAt: 'asc' }, { eventId: 'asc' }, { attempt: 'asc' }],
		take: limit,
	});
	return rows.map((row) => ({ ...row, outcome: row.outcome === 'delivered' ? 'delivered' : 'failed', createdAt: row.createdAt.toISOString() }));
};
