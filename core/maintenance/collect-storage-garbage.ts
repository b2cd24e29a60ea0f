import { finishedStatuses, type RenderStatus } from '../contracts/render-status.js';
import type { Database } from '../db/create-database.js';
import type { Logger } from '../log/create-logger.js';
import { recordOutputsRemoved } from '../renders/record-outputs-removed.js';
import type { Storage, StoredObject } from '../storage/storage.js';
import { storedPartOf } from './storage-garbage-of.js';

export type StorageRetention = {
	/** How long a finished render's chunks may stay (they are removed at the join; these are a failed or cancelled render's). */
	chunksHours: number;
	/** Finished videos older than this lose their files; 0 keeps them. */
	outputsDays: number;
};

type Tally = { objects: number; bytes: number };
export type StorageGcReport = {
	dryRun: boolean;
	scanned: Tally;
	/** Chunks of renders that ended more than chunksHours ago, or whose render is gone. */
	chunks: Tally;
	/** Output files of renders that do not exist (deleted rows, a database reset) or did not finish as done. */
	orphanOutputs: Tally;
	/** Output files of done renders past outputsDays. */
	expiredOutputs: Tally & { renders: number };
	/** Staged files and unfinished uploads of processes that died mid-write. `bytes` null where the store does not say. */
	abandonedWrites: { writes: number; bytes: number | null; unsupported?: boolean };
	freedBytes: number;
	ms: number;
};

type RenderFacts = { id: string; workspaceId: string; status: RenderStatus; finishedAt: Date | null };

/** An object written within this window may belong to a render whose row is still being written: never touched. */
export const GC_GRACE_MS = 60 * 60 * 1000;
const LOOKUP_BATCH = 500;

const rendersById = async (db: Database, ids: string[]): Promise<Map<string, RenderFacts>> => {
	const found = new Map<string, RenderFacts>();
	for (let start = 0; start < ids.length; start += LOOKUP_BATCH) {
		const rows = await db.render.findMany({
			where: { id: { in: ids.slice(start, start + LOOKUP_BATCH) } },
			select: { id: true, workspaceId: true, status: true, finishedAt: true },
		});
		for (const row of rows) found.set(row.id, row as RenderFacts);
	}
	return found;
};

/**
 * Storage gc (`reelforge storage gc`, and workers every STORAGE_GC_INTERVAL_MINUTES): removes what no render needs
 * any more and reports what it freed. Reads the whole of storage (every workspace) once; decides from the render rows.
 * Clips, voiceovers, transcripts and samples are left alone: rows name them and renders reuse them.
 */
export const collectStorageGarbage = async (
	deps: { storage: Storage; db: Database; logger: Logger },
	{ retention, dryRun = false, now = new Date() }: { retention: StorageRetention; dryRun?: boolean; now?: Date },
): Promise<StorageGcReport> => {
	const started = Date.now();
	const report: StorageGcReport = {
		dryRun,
		scanned: { objects: 0, bytes: 0 },
		chunks: { objects: 0, bytes: 0 },
		orphanOutputs: { objects: 0, bytes: 0 },
		expiredOutputs: { objects: 0, bytes: 0, renders: 0 },
		abandonedWrites: { writes: 0, bytes: 0 },
		freedBytes: 0,
		ms: 0,
	};
	const byRender = new Map<string, { kind: 'chunk' | 'output'; workspaceId: string; object: StoredObject }[]>();
	for await (const object of deps.storage.list('')) {
		report.scanned.objects += 1;
		report.scanned.bytes += object.sizeBytes;
		const part = storedPartOf(object.key);
		if (part.kind === 'other') continue;
		const parts = byRender.get(part.renderId) ?? [];
		parts.push({ kind: part.kind, workspaceId: part.workspaceId, object });
		byRender.set(part.renderId, parts);
	}

	const renders = await rendersById(deps.db, [...byRender.keys()]);
	const graceEnd = now.getTime() - GC_GRACE_MS;
	const chunksEnd = now.getTime() - retention.chunksHours * 3_600_000;
	const outputsEnd = retention.outputsDays > 0 ? now.getTime() - retention.outputsDays * 86_400_000 : null;
	const expired = new Set<string>();
	const doomed: { key: string; tally: Tally }[] = [];
	for (const [renderId, parts] of byRender) {
		const render = renders.get(renderId);
		for (const { kind, workspaceId, object } of parts) {
			const young = object.modifiedAt.getTime() > graceEnd;
			// A key naming a render of another workspace is no render's file.
			const owned = render?.workspaceId === workspaceId ? (render ?? null) : null;
			const ended = owned && finishedStatuses.includes(owned.status) ? (owned.finishedAt?.getTime() ?? 0) : null;
			let tally: Tally | null = null;
			if (kind === 'chunk') {
				if (!owned ? !young : ended !== null && ended < chunksEnd) tally = report.chunks;
			} else if (owned?.status !== 'done') {
				// Unfinished renders are still writing theirs; a failed or cancelled one's outputs are leftovers.
				if (!young && (!owned || ended !== null)) tally = report.orphanOutputs;
			} else if (outputsEnd !== null && ended !== null && ended < outputsEnd) {
				tally = report.expiredOutputs;
				expired.add(renderId);
			}
			if (tally) doomed.push({ key: object.key, tally: Object.assign(tally, { objects: tally.objects + 1, bytes: tally.bytes + object.sizeBytes }) });
		}
	}
	report.expiredOutputs.renders = expired.size;
	report.freedBytes = report.chunks.bytes + report.orphanOutputs.bytes + report.expiredOutputs.bytes;

	if (!dryRun) {
		// Expired renders first lose their link, then their files: a reader never gets a link to a removed file.
		for (const renderId of expired) await recordOutputsRemoved(deps.db, renderId);
		for (const { key } of doomed) await deps.storage.remove(key);
		report.abandonedWrites = await deps.storage.removeAbandonedWrites(new Date(graceEnd));
		if (report.abandonedWrites.bytes !== null) report.freedBytes += report.abandonedWrites.bytes;
		if (report.abandonedWrites.unsupported) {
			deps.logger.warn('this store cannot list unfinished uploads; give the bucket an AbortIncompleteMultipartUpload lifecycle rule');
		}
	}
	report.ms = Date.now() - started;
	deps.logger.info('storage gc', { ...report });
	return report;
};
