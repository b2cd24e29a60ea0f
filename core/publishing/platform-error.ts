import type { PublishErrorReason } from '../contracts/publish-job.js';

/**
 * A platform's refusal, with what the worker needs to decide: the reason people see, whether another try can help,
 * and the HTTP status (401 means "refresh the token and try once more").
 */
export class PlatformError extends Error {
	constructor(
		message: string,
		readonly reason: PublishErrorReason,
		readonly retryable: boolean,
		readonly status: number | null = null,
	) {
		super(message);
		this.name = 'PlatformError';
	}
}
