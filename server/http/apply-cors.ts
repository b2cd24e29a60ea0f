import type http from 'node:http';
import { sendError } from './send-json.js';

const ALLOWED_METHODS = 'GET, POST, OPTIONS';
/** What the tRPC client sends: its content type, a key, streaming and SSE resume headers. */
const ALLOWED_HEADERS = 'authorization, content-type, x-api-key, trpc-accept, last-event-id';
const PREFLIGHT_MAX_AGE_SECONDS = 600;

/**
 * Lets browsers on the configured origins call the API, and no others: Access-Control-Allow-Origin names only an allowed origin.
 * Answers preflights (OPTIONS) itself: 204 for an allowed origin, 403 for any other. Returns true when it answered.
 */
export const applyCors = (req: http.IncomingMessage, res: http.ServerResponse, allowedOrigins: readonly string[]): boolean => {
	const origin = req.headers.origin;
	const allowed = origin !== undefined && allowedOrigins.includes(origin);
	if (allowedOrigins.length > 0) res.setHeader('vary', 'Origin');
	if (allowed) {
		res.setHeader('access-control-allow-origin', origin);
		res.setHeader('access-control-expose-headers', 'Retry-After');
	}
	if (req.method !== 'OPTIONS') return false;
	if (origin !== undefined && !allowed) {
		sendError(res, 403, 'FORBIDDEN', `Origin ${origin} may not call this API: add it to CORS_ORIGINS`);
		return true;
	}
	if (allowed) {
		res.setHeader('access-control-allow-methods', ALLOWED_METHODS);
		res.setHeader('access-control-allow-headers', ALLOWED_HEADERS);
		res.setHeader('access-control-max-age', String(PREFLIGHT_MAX_AGE_SECONDS));
	}
	res.writeHead(204, { allow: ALLOWED_METHODS }).end();
	return true;
};
