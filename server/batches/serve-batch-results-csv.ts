import type http from 'node:http';
import { createContextInner } from '../context.js';
import type { HttpDeps } from '../http/http-deps.js';
import { authorizeBatchFile } from './authorize-batch-file.js';
import { batchResults } from './batch-results.js';
import { batchResultsCsv } from './batch-results-csv.js';

/**
 * GET /batches/<id>/results.csv: one line per row and variant (see batchResults). Access as for outputs.zip: a signed
 * link (batches.get's resultsCsvUrl) needs no key; otherwise the key must belong to the batch's workspace, and
 * another workspace's batch is a 404.
 */
export const serveBatchResultsCsv = async (deps: HttpDeps, req: http.IncomingMessage, res: http.ServerResponse, url: URL): Promise<void> => {
	const batch = await authorizeBatchFile(deps, req, res, url, { file: 'results.csv', notFoundMessage: (id) => `No batch '${id}'` });
	if (!batch) return;
	const { batchId } = batch;
	// The output links are made as the batch's workspace would see them in renders.get.
	const csv = batchResultsCsv(await batchResults(createContextInner({ ...deps, workspaceId: batch.workspaceId }), batchId));
	res.writeHead(200, {
		'content-type': 'text/csv; charset=utf-8',
		'content-disposition': `attachment; filename="batch-${batchId}-results.csv"`,
		'cache-control': 'no-store',
	});
	res.end(csv);
};
