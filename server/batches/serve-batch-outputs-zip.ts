import type http from 'node:http';
import path from 'node:path';
import { scopeStorage } from '../../core/workspaces/scope-storage.js';
import type { HttpDeps } from '../http/http-deps.js';
import { authorizeBatchFile } from './authorize-batch-file.js';
import { writeOutputsZip } from './write-outputs-zip.js';

/**
 * GET /batches/<id>/outputs.zip: every finished video of the batch, named by row and variant. A signed link (from
 * batches.get) needs no key; otherwise the key must belong to the batch's workspace. Another workspace's batch is a 404.
 */
export const serveBatchOutputsZip = async (deps: HttpDeps, req: http.IncomingMessage, res: http.ServerResponse, url: URL): Promise<void> => {
	const batch = await authorizeBatchFile(deps, req, res, url, { file: 'outputs.zip', notFoundMessage: (id) => `No finished videos in batch '${id}'` });
	if (!batch) return;
	const { batchId, notFound } = batch;
	const renders = await deps.db.render.findMany({
		where: { batchId, workspaceId: batch.workspaceId, status: 'done', outputKey: { not: null } },
		orderBy: [{ batchRow: 'asc' }, { variant: 'asc' }],
		select: { id: true, outputKey: true, batchRow: true, variant: true },
	});
	if (renders.length === 0) return notFound();
	const storage = scopeStorage(deps.rootStorage, batch.workspaceId);
	// Sizes first: an output removed meanwhile (retention) leaves the archive rather than breaking it halfway.
	const stored = await Promise.all(renders.map(async (render) => ({ render, object: render.outputKey ? await storage.stat(render.outputKey) : null })));
	const entries = stored.flatMap(({ render, object }) =>
		object
			? [
					{
						name: `row-${String((render.batchRow ?? 0) + 1).padStart(4, '0')}${render.variant ? `-${render.variant}` : ''}-${render.id}${path.extname(object.key) || '.mp4'}`,
						sizeBytes: object.sizeBytes,
						open: () => storage.read(object.key),
					},
				]
			: [],
	);
	if (entries.length === 0) return notFound();
	res.writeHead(200, { 'content-type': 'application/zip', 'content-disposition': `attachment; filename="batch-${batchId}.zip"` });
	try {
		await writeOutputsZip(entries, res);
		res.end();
	} catch (error) {
		// Headers are sent: cut the connection so the client sees a broken download, not a short archive.
		deps.logger.warn('batch zip failed', { batchId, error: (error as Error).message });
		res.destroy();
	}
};
