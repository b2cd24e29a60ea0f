import type http from 'node:http';
import { verifySignedPath } from '../../core/links/sign-path.js';
import { authorizeHttpRequest } from '../files/authorize-http-request.js';
import type { HttpDeps } from '../http/http-deps.js';
import { sendError } from '../http/send-json.js';

/**
 * Access to a file of a batch (`/batches/<id>/<file>`): a signed link needs no key; otherwise the key must belong to the
 * batch's workspace, and another workspace's batch is a 404 like a missing one. Returns the batch, or null once it has
 * answered the request itself (404, 403, or the key's refusal).
 */
export const authorizeBatchFile = async (
	deps: HttpDeps,
	req: http.IncomingMessage,
	res: http.ServerResponse,
	url: URL,
	{ file, notFoundMessage }: { file: string; notFoundMessage: (id: string) => string },
): Promise<{ batchId: string; workspaceId: string; notFound: () => void } | null> => {
	const encodedId = url.pathname.split('/')[2] ?? '';
	const batchId = /^[\w-]{1,100}$/.test(encodedId) ? encodedId : null;
	const notFound = () => sendError(res, 404, 'NOT_FOUND', notFoundMessage(encodedId.slice(0, 100)));
	/** Answers the request and tells the caller there is nothing more to do. */
	const refuse = (answer: () => void) => {
		answer();
		return null;
	};
	if (!batchId) return refuse(notFound);
	const signed = url.searchParams.has('signature') ? verifySignedPath(deps.urlSigningSecret, `batches/${batchId}/${file}`, url.searchParams) : null;
	if (signed && !signed.ok) return refuse(() => sendError(res, 403, 'FORBIDDEN', `This link cannot be used: ${signed.reason}`));
	const batch = await deps.db.batch.findUnique({ where: { id: batchId }, select: { workspaceId: true } });
	if (!signed) {
		const access = await authorizeHttpRequest(deps, req, res, 'render');
		if (!access) return null;
		if (batch?.workspaceId !== access.workspaceId) return refuse(notFound);
	}
	if (!batch) return refuse(notFound);
	return { batchId, workspaceId: batch.workspaceId, notFound };
};
