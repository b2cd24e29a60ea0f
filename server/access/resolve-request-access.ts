import type http from 'node:http';
import type { ServerContext } from '../context.js';
import { apiKeyFromHeaders } from './api-key-from-headers.js';
import { verifyApiKey } from './verify-api-key.js';

export type RequestAccess = Pick<ServerContext, 'apiKey' | 'apiKeyRejected' | 'clientIp'>;

/**
 * Who a request is: its verified key (if it sent one) and its peer address. X-Forwarded-For is not trusted.
 * `paramSecret` is a key sent as a tRPC connection param, for clients that cannot set headers (a browser's EventSource).
 */
export const resolveRequestAccess = async (ctx: Pick<ServerContext, 'db'>, req: http.IncomingMessage, paramSecret?: string): Promise<RequestAccess> => {
	const clientIp = req.socket.remoteAddress ?? null;
	const secret = apiKeyFromHeaders(req.headers) ?? (paramSecret?.trim() || null);
	if (!secret) return { apiKey: null, apiKeyRejected: null, clientIp };
	const verification = await verifyApiKey(ctx.db, secret);
	return verification.ok ? { apiKey: verification.apiKey, apiKeyRejected: null, clientIp } : { apiKey: null, apiKeyRejected: verification.message, clientIp };
};
