import type { Redis } from 'ioredis';
import { z } from 'zod';
import { platformProviderSchema } from '../../core/publishing/publish-contract.js';

/** How long a user has to finish consenting at the provider. */
export const OAUTH_STATE_TTL_SECONDS = 15 * 60;

const recordSchema = z.object({ provider: platformProviderSchema, redirectUri: z.string(), codeVerifier: z.string(), workspaceId: z.string().min(1) });
export type OAuthStateRecord = z.infer<typeof recordSchema>;

const keyOf = (state: string) => `reelforge:oauth-state:${state}`;

/** Remembers a started connection in Redis, where API replicas share it and it expires by itself. */
export const saveOAuthState = async (redis: Redis, state: string, record: OAuthStateRecord): Promise<void> => {
	await redis.set(keyOf(state), JSON.stringify(record), 'EX', OAUTH_STATE_TTL_SECONDS);
};

/** Takes a state once: GETDEL, so a replayed callback finds nothing. null: unknown, expired or already used. */
export const takeOAuthState = async (redis: Redis, state: string): Promise<OAuthStateRecord | null> => {
	if (!/^[\w-]{16,128}$/.test(state)) return null;
	const stored = await redis.getdel(keyOf(state));
	if (!stored) return null;
	const parsed = recordSchema.safeParse(JSON.parse(stored));
	return parsed.success ? parsed.data : null;
};
