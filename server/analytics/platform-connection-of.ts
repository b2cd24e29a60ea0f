import type { Database } from '../../core/db/create-database.js';
import { type PlatformProvider, platformProviderSchema } from '../../core/publishing/publish-contract.js';
import { targetNameOf } from '../../core/publishing/target-name-of.js';

export type PlatformConnection = { connected: true; accounts: Record<PlatformProvider, number> } | { connected: false; reason: string };

/** "YouTube or TikTok", "YouTube, TikTok or Instagram". */
const eitherOf = (names: string[]) => (names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} or ${names.at(-1)}`);

/** Whether any platform numbers can exist: without a connected account the API says so instead of showing zeros. */
export const platformConnectionOf = async (db: Database, workspaceId: string): Promise<PlatformConnection> => {
	const byProvider = await db.platformAccount.groupBy({ by: ['provider'], where: { workspaceId }, _count: { _all: true } });
	const providers = platformProviderSchema.options;
	const count = (provider: string) => byProvider.find((row) => row.provider === provider)?._count._all ?? 0;
	const accounts = Object.fromEntries(providers.map((provider) => [provider, count(provider)])) as Record<PlatformProvider, number>;
	if (providers.every((provider) => accounts[provider] === 0)) {
		return {
			connected: false,
			reason: `No ${eitherOf(providers.map(targetNameOf))} account is connected, so there are no platform metrics: connect one with accounts.connectUrl`,
		};
	}
	return { connected: true, accounts };
};
