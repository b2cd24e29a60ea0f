import { createHash, randomBytes } from 'node:crypto';
import { TRPCError } from '@trpc/server';
import { buildAuthorizationUrl } from '../../core/publishing/oauth/build-authorization-url.js';
import { PlatformError } from '../../core/publishing/platform-error.js';
import { platformOf } from '../../core/publishing/platform-of.js';
import type { PlatformProvider } from '../../core/publishing/publish-contract.js';
import type { ServerContext } from '../context.js';
import { saveOAuthState } from './oauth-state-store.js';

/** The callback route on this API, which providers redirect back to by default. */
export const defaultRedirectUriOf = (baseUrl: string, provider: PlatformProvider) => `${baseUrl}/oauth/${provider}/callback`;

/**
 * Starts connecting an account: a random state (CSRF protection, kept 15 minutes in Redis with the PKCE verifier)
 * and the provider's consent URL to send the user to.
 */
export const startOAuthConnect = async (
	ctx: Pick<ServerContext, 'config' | 'publisher' | 'baseUrl' | 'workspace'>,
	{ provider, redirectUri }: { provider: PlatformProvider; redirectUri?: string },
): Promise<{ url: string; state: string }> => {
	const state = randomBytes(24).toString('base64url');
	const codeVerifier = randomBytes(48).toString('base64url');
	const codeChallenge = createHash('sha256').update(codeVerifier).digest('base64url');
	const resolvedRedirectUri = redirectUri ?? defaultRedirectUriOf(ctx.baseUrl, provider);
	let url: string;
	try {
		url = buildAuthorizationUrl(ctx.config.publishing, platformOf(provider), { state, redirectUri: resolvedRedirectUri, codeChallenge });
	} catch (error) {
		if (error instanceof PlatformError) throw new TRPCError({ code: 'PRECONDITION_FAILED', message: error.message });
		throw error;
	}
	await saveOAuthState(ctx.publisher, state, { provider, redirectUri: resolvedRedirectUri, codeVerifier, workspaceId: ctx.workspace.id });
	return { url, state };
};
