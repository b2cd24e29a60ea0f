import type { IncomingHttpHeaders } from 'node:http';

/** The secret from `Authorization: Bearer <key>`, else from `x-api-key`; null when the request sent neither. */
export const apiKeyFromHeaders = (headers: IncomingHttpHeaders): string | null => {
	const bearer = /^Bearer\s+(\S+)\s*$/i.exec(headers.authorization ?? '')?.[1];
	if (bearer) return bearer;
	const header = headers['x-api-key'];
	const value = (Array.isArray(header) ? header[0] : header)?.trim();
	return value ? value : null;
};
