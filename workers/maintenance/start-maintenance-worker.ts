import { type Job, Queue, Worker } from 'bullmq';
import { Redis } from 'ioredis';
import type { Config } from '../../core/config/load-config.js';
import { MAINTENANCE_QUEUE_NAME, type MaintenanceJobData, maintenanceJobDataSchema, STORAGE_GC_SCHEDULER_ID } from '../../core/contracts/maintenance-job.js';
import type { Database } from '../../core/db/create-database.js';
import type { Logger } from '../../core/log/create-logger.js';
import { collectStorageGarbage, type StorageGcReport } from '../../core/maintenance/collect-storage-garbage.js';
import { createOutboundPolicy } from '../../core/net/create-outbound-policy.js';
import { openStorage } from '../../core/storage/open-storage.js';

export type MaintenanceWorker = {
	worker: Worker<MaintenanceJobData, StorageGcReport>;
	/** The fleet's storage gc interval in ms as Redis holds it, or null when none is scheduled. */
	schedulerEvery: () => Promise<number | null>;
	close: () => Promise<void>;
};

/**
 * Runs storage gc every STORAGE_GC_INTERVAL_MINUTES on one worker of the fleet: every worker keeps the same job
 * scheduler (an upsert, so many workers make one schedule), and BullMQ hands each due job to one of them.
 * Interval 0 removes the schedule: gc then runs only as `reelforge storage gc`.
 */
export const startMaintenanceWorker = async ({
	config,
	db,
	redisUrl,
	logger,
}: {
	config: Pick<Config, 'storage' | 'storageDir' | 'outbound'>;
	db: Database;
	redisUrl: string;
	logger: Logger;
}): Promise<MaintenanceWorker> => {
	const connection = new Redis(redisUrl, { maxRetriesPerRequest: null });
	connection.on('error', (error) => logger.warn('redis connection error', { error: error.message }));
	const queue = new Queue<MaintenanceJobData>(MAINTENANCE_QUEUE_NAME, { connection });
	const intervalMs = config.storage.gcIntervalMinutes * 60_000;
	if (intervalMs > 0) {
		await queue.upsertJobScheduler(
			STORAGE_GC_SCHEDULER_ID,
			{ every: intervalMs },
			{ name: 'storage-gc', data: { task: 'storage-gc' }, opts: { removeOnComplete: 20, removeOnFail: 20 } },
		);
	} else {
		await queue.removeJobScheduler(STORAGE_GC_SCHEDULER_ID);
	}
	const { storage, cache } = openStorage(config, createOutboundPolicy({ rules: config.outbound.rules }));
	const worker = new Worker<MaintenanceJobData, StorageGcReport>(
		MAINTENANCE_QUEUE_NAME,
		async (job: Job<MaintenanceJobData>) => {
			maintenanceJobDataSchema.parse(job.data);
			return collectStorageGarbage({ storage, db, logger }, { retention: config.storage.retention });
		},
		{ connection, concurrency: 1 },
	);
	worker.on('failed', (job, error) => logger.warn('storage gc failed', { jobId: job?.id, error: error.message }));
	return {
		worker,
		schedulerEvery: async () => Number((await queue.getJobScheduler(STORAGE_GC_SCHEDULER_ID))?.every ?? 0) || null,
		close: async () => {
			await worker.close();
			await queue.close();
			cache.close();
			await connection.quit().catch(() => {});
		},
	};
};
