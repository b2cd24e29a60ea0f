import type { Database } from '../../core/db/create-database.js';

export type PlatformConnection = { connected: true; accounts: { youtube: number; tiktok: number } } | { connected: false; reason: string };

/** Whether any platform numbers can exist: without a connected account the API says so instead of showing zeros. */
export const platformConnectionOf = async (db: Database, workspaceId: string): Promise<PlatformConnection> => {
	const byProvider = await db.platformAccount.groupBy({ by: ['provider'], where: { workspaceId }, _count: { _all: true } });
	const count = (provider: string) => byProvider.find((row) => row.provider === provider)?._count._all ?? 0;
	const accounts = { youtube: count('youtube'), tiktok: count('tiktok') };
	if (accounts.youtube + accounts.tiktok === 0) {
		return { connected: false, reason: 'No YouTube or TikTok account is connected, so there are no platform metrics: connect one with accounts.connectUrl' };
	}
	return { connected: true, accounts };
};
