import { z } from 'zod';
import type { PublishingConfig } from '../../config/load-config.js';
import type { OutboundPolicy } from '../../net/outbound-policy.js';
import { PlatformError } from '../platform-error.js';
import { platformErrorOf } from '../platform-error-of.js';
import type { OAuthPlatform } from '../publish-target.js';
import { oauthClientOf } from './oauth-client-of.js';

export type TokenSet = {
	accessToken: string;
	/** null when the provider sent none (Google omits it on refresh: the old one stays valid). */
	refreshToken: string | null;
	expiresAt: Date | null;
	refreshExpiresAt: Date | null;
	scopes: string[];
	/** TikTok's user id comes with the token. */
	openId: string | null;
};

const tokenResponseSchema = z.object({
	access_token: z.string().min(1),
	refresh_token: z.string().min(1).optional(),
	expires_in: z.coerce.number().optional(),
	refresh_expires_in: z.coerce.number().optional(),
	scope: z.string().optional(),
	open_id: z.string().optional(),
});

/**
 * One POST to the platform's token endpoint (form-encoded, as RFC 6749 and TikTok both want): an authorisation code
 * exchange or a refresh. A refused refresh (invalid_grant: revoked or expired) cannot be fixed by retrying.
 */
export const requestOAuthTokens = async (
	{ publishing, outbound }: { publishing: PublishingConfig; outbound: OutboundPolicy },
	platform: OAuthPlatform,
	grant:
		| { grant_type: 'authorization_code'; code: string; redirect_uri: string; code_verifier?: string }
		| { grant_type: 'refresh_token'; refresh_token: string },
	signal?: AbortSignal,
): Promise<TokenSet> => {
	const client = oauthClientOf(publishing, platform);
	const fields: Record<string, string> = { [platform.oauth.clientIdField]: client.id, client_secret: client.secret };
	for (const [key, value] of Object.entries(grant)) if (value !== undefined) fields[key] = value;
	const response = await outbound.fetch(client.tokenUrl, {
		method: 'POST',
		headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
		body: new URLSearchParams(fields).toString(),
		signal: signal ?? AbortSignal.timeout(30_000),
	});
	const text = await response.text();
	// TikTok answers 200 with { error, error_description } for a bad grant.
	const refused = !response.ok || /"error"\s*:\s*"(?!ok")/.test(text);
	if (refused) {
		const error = platformErrorOf(platform.oauth.tokenEndpointName, response.status, text);
		if (grant.grant_type === 'refresh_token' && (error.status === 401 || /invalid_grant/.test(text) || error.reason === 'rejected')) {
			throw new PlatformError(`${error.message}. The account's access was revoked or expired: reconnect it`, 'auth', false, error.status);
		}
		throw error;
	}
	const parsed = tokenResponseSchema.safeParse(JSON.parse(text));
	if (!parsed.success) throw new PlatformError(`${platform.oauth.tokenEndpointName} sent a token response without an access_token`, 'other', true);
	const now = Date.now();
	const data = parsed.data;
	return {
		accessToken: data.access_token,
		refreshToken: data.refresh_token ?? null,
		expiresAt: data.expires_in !== undefined ? new Date(now + data.expires_in * 1000) : null,
		refreshExpiresAt: data.refresh_expires_in !== undefined ? new Date(now + data.refresh_expires_in * 1000) : null,
		scopes: (data.scope ?? '').split(/[\s,]+/).filter((scope) => scope !== ''),
		openId: data.open_id ?? null,
	};
};
