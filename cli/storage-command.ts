import { collectStorageGarbage, type StorageGcReport } from '../core/maintenance/collect-storage-garbage.js';
import { openRuntime } from './open-runtime.js';

export type StorageCommandOptions = { action: string | undefined; dryRun: boolean; json: boolean };

const STORAGE_USAGE = 'reelforge storage gc [--dry-run] [--json]';

const megabytes = (bytes: number | null) => (bytes === null ? 'unknown size' : `${(bytes / 1_048_576).toFixed(1)} MB`);

/** The report for people: one line per kind of garbage, then the total. */
export const describeGcReport = (report: StorageGcReport): string => {
	const verb = report.dryRun ? 'would remove' : 'removed';
	return [
		`scanned ${report.scanned.objects} objects (${megabytes(report.scanned.bytes)})`,
		`${verb} ${report.chunks.objects} chunk files of ended renders (${megabytes(report.chunks.bytes)})`,
		`${verb} ${report.orphanOutputs.objects} output files no done render owns (${megabytes(report.orphanOutputs.bytes)})`,
		`${verb} ${report.expiredOutputs.objects} output files of ${report.expiredOutputs.renders} renders past retention (${megabytes(report.expiredOutputs.bytes)})`,
		report.dryRun
			? 'unfinished writes are only counted when removed'
			: report.abandonedWrites.unsupported
				? 'this store cannot list unfinished uploads: give the bucket an AbortIncompleteMultipartUpload lifecycle rule'
				: `removed ${report.abandonedWrites.writes} unfinished writes (${megabytes(report.abandonedWrites.bytes)})`,
		`${report.dryRun ? 'would free' : 'freed'} ${megabytes(report.freedBytes)}${report.abandonedWrites.bytes === null ? ' plus the unfinished uploads' : ''} in ${report.ms} ms`,
	].join('\n');
};

/** `reelforge storage gc`: removes what no render needs any more (RETENTION_* settings) and says what it freed. */
export const storageCommand = async (options: StorageCommandOptions): Promise<number> => {
	if (options.action !== 'gc') {
		console.error(`Usage: ${STORAGE_USAGE}`);
		return 2;
	}
	const runtime = await openRuntime('storage');
	try {
		const report = await collectStorageGarbage(
			{ storage: runtime.storage, db: runtime.db, logger: runtime.logger },
			{ retention: runtime.config.storage.retention, dryRun: options.dryRun },
		);
		console.log(options.json ? JSON.stringify(report) : describeGcReport(report));
		return 0;
	} finally {
		await runtime.close();
	}
};
