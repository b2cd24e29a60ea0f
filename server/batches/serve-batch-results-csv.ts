import type http from 'node:http';
import { verifySignedPath } from '../../core/links/sign-path.js';
import { createContextInner } from '../context.js';
import { authorizeHttpRequest } from '../files/authorize-http-request.js';
import type { HttpDeps } from '../http/http-deps.js';
import { sendError } from '../http/send-json.js';
import { batchResults } from './batch-results.js';
import { batchResultsCsv } from './batch-results-csv.js';

/**
 * GET /batches/<id>/results.csv: one line per row and variant (see batchResults). Access as for outputs.zip: a signed
 * link (batches.get's resultsCsvUrl) needs no key; otherwise the key must belong to the batch's workspace, and
 * another workspace's batch is a 404.
 */
export const serveBatchResultsCsv = async (deps: HttpDeps, req: http.IncomingMessage, res: http.ServerResponse, url: URL): Promise<void> => {
	const encodedId = url.pathname.split('/')[2] ?? '';
	const batchId = /^[\w-]{1,100}$/.test(encodedId) ? encodedId : null;
	const notFound = () => sendError(res, 404, 'NOT_FOUND', `No batch '${encodedId.slice(0, 100)}'`);
	if (!batchId) return notFound();
	const signed = url.searchParams.has('signature') ? verifySignedPath(deps.urlSigningSecret, `batches/${batchId}/results.csv`, url.searchParams) : null;
	if (signed && !signed.ok) return sendError(res, 403, 'FORBIDDEN', `This link cannot be used: ${signed.reason}`);
	const batch = await deps.db.batch.findUnique({ where: { id: batchId }, select: { workspaceId: true } });
	if (!signed) {
		const access = await authorizeHttpRequest(deps, req, res, 'render');
		if (!access) return;
		if (batch?.workspaceId !== access.workspaceId) return notFound();
	}
	if (!batch) return notFound();
	// The output links are made as the batch's workspace would see them in renders.get.
	const csv = batchResultsCsv(await batchResults(createContextInner({ ...deps, workspaceId: batch.workspaceId }), batchId));
	res.writeHead(200, {
		'content-type': 'text/csv; charset=utf-8',
		'content-disposition': `attachment; filename="batch-${batchId}-results.csv"`,
		'cache-control': 'no-store',
	});
	res.end(csv);
};
