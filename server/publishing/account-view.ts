import type { Prisma } from '../../core/db/generated/sqlite/client.js';
import { type PlatformProvider, platformProviderSchema } from '../../core/publishing/publish-contract.js';

/** The fields an account exposes: never its tokens. */
export const accountSelect = {
	id: true,
	provider: true,
	displayName: true,
	handle: true,
	scopes: true,
	expiresAt: true,
	connectedAt: true,
} satisfies Prisma.PlatformAccountSelect;

type SelectedAccount = Prisma.PlatformAccountGetPayload<{ select: typeof accountSelect }>;

export type AccountView = {
	id: string;
	provider: PlatformProvider;
	displayName: string;
	handle: string | null;
	scopes: string[];
	/** When the current access token lapses; it is refreshed before then, so this is informational. */
	expiresAt: string | null;
	connectedAt: string;
};

export const toAccountView = (account: SelectedAccount): AccountView => ({
	id: account.id,
	provider: platformProviderSchema.parse(account.provider),
	displayName: account.displayName,
	handle: account.handle,
	scopes: Array.isArray(account.scopes) ? account.scopes.map(String) : [],
	expiresAt: account.expiresAt?.toISOString() ?? null,
	connectedAt: account.connectedAt.toISOString(),
});
