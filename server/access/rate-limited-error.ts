/** The cause of a TOO_MANY_REQUESTS error; the HTTP layer turns it into a Retry-After header. */
export class RateLimitedError extends Error {
	constructor(readonly retryAfterSeconds: number) {
		super(`Rate limited; retry after ${retryAfterSeconds} s`);
		this.name = 'RateLimitedError';
	}
}
