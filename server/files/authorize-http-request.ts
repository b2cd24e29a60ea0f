import type http from 'node:http';
import { assertScope } from '../access/assert-scope.js';
import { type RequestAccess, resolveRequestAccess } from '../access/resolve-request-access.js';
import type { HttpDeps } from '../http/http-deps.js';
import { sendError } from '../http/send-json.js';

/**
 * The same key check tRPC procedures make, for plain HTTP routes (files, zips): answers 401/403 itself and returns null
 * when the request may not go on. Without REQUIRE_API_KEY, a request without a key acts in the default workspace.
 */
export const authorizeHttpRequest = async (
	deps: HttpDeps,
	req: http.IncomingMessage,
	res: http.ServerResponse,
	scope: 'render' | 'operator',
): Promise<RequestAccess | null> => {
	const access = await resolveRequestAccess(deps, req);
	try {
		assertScope({ ...access, config: deps.config }, scope);
	} catch (error) {
		const unauthorized = !access.apiKey;
		sendError(res, unauthorized ? 401 : 403, unauthorized ? 'UNAUTHORIZED' : 'FORBIDDEN', (error as Error).message);
		return null;
	}
	if (access.workspaceRejected) {
		sendError(res, 403, 'FORBIDDEN', access.workspaceRejected);
		return null;
	}
	return access;
};
