import type http from 'node:http';
import { DEFAULT_WORKSPACE_ID } from '../../core/workspaces/default-workspace.js';
import type { ServerContext } from '../context.js';
import { apiKeyFromHeaders } from './api-key-from-headers.js';
import { hasScope } from './api-key-scopes.js';
import { verifyApiKey } from './verify-api-key.js';

export type RequestAccess = Pick<ServerContext, 'apiKey' | 'apiKeyRejected' | 'workspaceRejected' | 'clientIp'> & { workspaceId: string };

/** The header an operator key sends to act in another workspace than its own. */
export const WORKSPACE_HEADER = 'x-reelforge-workspace';

const headerValue = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)?.trim() || null;

/**
 * Who a request is: its verified key (if it sent one), the workspace it acts in, and its peer address.
 * X-Forwarded-For is not trusted. `streamSecret` is a key found by a subscription's short-lived stream token
 * (a browser's EventSource cannot send headers, and a key must not travel in a URL).
 */
export const resolveRequestAccess = async (
	ctx: Pick<ServerContext, 'db'>,
	req: http.IncomingMessage,
	{ streamKeyId }: { streamKeyId?: string | null } = {},
): Promise<RequestAccess> => {
	const clientIp = req.socket.remoteAddress ?? null;
	const anonymous = { apiKey: null, apiKeyRejected: null, workspaceRejected: null, clientIp, workspaceId: DEFAULT_WORKSPACE_ID };
	const secret = apiKeyFromHeaders(req.headers);
	const verification = secret ? await verifyApiKey(ctx.db, secret) : streamKeyId ? await verifyApiKey(ctx.db, { id: streamKeyId }) : null;
	if (!verification) return anonymous;
	if (!verification.ok) return { ...anonymous, apiKeyRejected: verification.message };
	const apiKey = verification.apiKey;
	const named = headerValue(req.headers[WORKSPACE_HEADER]);
	if (!named || named === apiKey.workspaceId) return { ...anonymous, apiKey, workspaceId: apiKey.workspaceId };
	if (!hasScope(apiKey.scopes, 'operator')) {
		return {
			...anonymous,
			apiKey,
			workspaceId: apiKey.workspaceId,
			workspaceRejected: `Only an operator key may act in another workspace (${WORKSPACE_HEADER}: ${named})`,
		};
	}
	const exists = await ctx.db.workspace.findUnique({ where: { id: named }, select: { id: true } });
	if (!exists) return { ...anonymous, apiKey, workspaceId: apiKey.workspaceId, workspaceRejected: `No workspace '${named.slice(0, 100)}'` };
	return { ...anonymous, apiKey, workspaceId: named };
};
