import type { PublishingConfig } from '../config/load-config.js';
import { publishJobSchema } from '../contracts/publish-job.js';
import type { PublishQueue } from './open-publish-queue.js';

const WEEK_SECONDS = 7 * 24 * 60 * 60;

/**
 * Queues one publication. The job id is the publication id, so queueing it twice while a job exists is one job.
 * `again` (a retry by a person) first removes the finished job that would otherwise swallow the new one.
 */
export const enqueuePublication = async (
	queue: PublishQueue,
	publicationId: string,
	retry: Pick<PublishingConfig, 'attempts' | 'backoffMs'>,
	{ again = false }: { again?: boolean } = {},
): Promise<void> => {
	if (again) {
		const previous = await queue.getJob(publicationId);
		const state = await previous?.getState();
		if (previous && (state === 'failed' || state === 'completed')) await previous.remove();
	}
	const data = publishJobSchema.parse({ type: 'publish', publicationId });
	await queue.add('publish', data, {
		jobId: publicationId,
		attempts: retry.attempts,
		backoff: { type: 'exponential', delay: retry.backoffMs, jitter: 0.2 },
		removeOnComplete: { age: WEEK_SECONDS },
		removeOnFail: { age: WEEK_SECONDS },
	});
};
