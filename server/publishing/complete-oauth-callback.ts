import type http from 'node:http';
import { fetchAccountProfile } from '../../core/publishing/oauth/fetch-account-profile.js';
import { requestOAuthTokens } from '../../core/publishing/oauth/request-oauth-tokens.js';
import { PlatformError } from '../../core/publishing/platform-error.js';
import { platformOf } from '../../core/publishing/platform-of.js';
import type { PlatformProvider } from '../../core/publishing/publish-contract.js';
import { savePlatformAccount } from '../../core/publishing/save-platform-account.js';
import type { ServerDeps } from '../context.js';
import { sendError, sendJson } from '../http/send-json.js';
import { accountSelect, toAccountView } from './account-view.js';
import { takeOAuthState } from './oauth-state-store.js';

/**
 * GET /oauth/:provider/callback: where the provider sends the user back. Checks the state (once, unexpired, same provider),
 * exchanges the code, finds out whose account it is and stores its tokens encrypted. A browser is redirected to the
 * studio's publish page (with `connected=` or `error=`); any other client gets JSON.
 */
export const completeOAuthCallback = async (
	deps: ServerDeps,
	req: http.IncomingMessage,
	res: http.ServerResponse,
	provider: PlatformProvider,
	url: URL,
	baseUrl: string,
): Promise<void> => {
	const wantsHtml = /text\/html/.test(req.headers.accept ?? '');
	const studio = deps.config.publishing.studioUrl ?? `${baseUrl}/studio/#/publish`;
	const back = (params: Record<string, string>) => `${studio}${studio.includes('?') ? '&' : '?'}${new URLSearchParams(params)}`;
	const refuse = (status: number, code: string, message: string) => {
		if (wantsHtml) return void res.writeHead(302, { location: back({ provider, error: message }) }).end();
		sendError(res, status, code, message);
	};

	const denied = url.searchParams.get('error');
	const state = url.searchParams.get('state') ?? '';
	const record = await takeOAuthState(deps.publisher, state);
	if (!record || record.provider !== provider) return refuse(400, 'BAD_REQUEST', '"state" is unknown, expired or already used: start connecting again');
	if (denied) return refuse(400, 'BAD_REQUEST', `The ${provider} consent was not given (${denied.slice(0, 100)})`);
	const code = url.searchParams.get('code');
	if (!code) return refuse(400, 'BAD_REQUEST', '"code" is missing from the callback');

	const platform = platformOf(provider);
	try {
		const tokens = await requestOAuthTokens({ publishing: deps.config.publishing, outbound: deps.outbound }, platform, {
			grant_type: 'authorization_code',
			code,
			redirect_uri: record.redirectUri,
			...(platform.oauth.pkce ? { code_verifier: record.codeVerifier } : {}),
		});
		const profile = await fetchAccountProfile({ publishing: deps.config.publishing, outbound: deps.outbound }, platform, tokens.accessToken);
		const id = await savePlatformAccount(deps, {
			workspaceId: record.workspaceId,
			provider,
			externalId: profile.externalId,
			displayName: profile.displayName,
			handle: profile.username,
			tokens,
		});
		const account = toAccountView(await deps.db.platformAccount.findUniqueOrThrow({ where: { id }, select: accountSelect }));
		deps.logger.info('account connected', { provider, accountId: id });
		if (wantsHtml) return void res.writeHead(302, { location: back({ connected: provider, account: id }) }).end();
		sendJson(res, 200, { account });
	} catch (error) {
		if (!(error instanceof PlatformError)) throw error;
		deps.logger.warn('account connection failed', { provider, reason: error.reason, error: error.message });
		refuse(502, 'BAD_GATEWAY', error.message);
	}
};
