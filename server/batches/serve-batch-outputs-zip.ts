import type http from 'node:http';
import type { Database } from '../../core/db/create-database.js';
import type { LocalStorage } from '../../core/storage/local-storage.js';
import { writeOutputsZip } from './write-outputs-zip.js';

/** GET /batches/<id>/outputs.zip: every finished video of the batch, named by row and variant. */
export const serveBatchOutputsZip = async (res: http.ServerResponse, db: Database, storage: LocalStorage, batchId: string): Promise<void> => {
	const renders = await db.render.findMany({
		where: { batchId, status: 'done', outputKey: { not: null } },
		orderBy: [{ batchRow: 'asc' }, { variant: 'asc' }],
		select: { id: true, outputKey: true, batchRow: true, variant: true },
	});
	if (renders.length === 0) {
		res
			.writeHead(404, { 'content-type': 'application/json' })
			.end(JSON.stringify({ error: { code: 'NOT_FOUND', message: `No finished videos in batch '${batchId}'` } }));
		return;
	}
	res.writeHead(200, { 'content-type': 'application/zip', 'content-disposition': `attachment; filename="batch-${batchId}.zip"` });
	const entries = renders.map((render) => ({
		name: `row-${String((render.batchRow ?? 0) + 1).padStart(4, '0')}${render.variant ? `-${render.variant}` : ''}-${render.id}.mp4`,
		file: storage.pathOf(render.outputKey ?? ''),
	}));
	await writeOutputsZip(entries, res);
	res.end();
};
