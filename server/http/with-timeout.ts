/** Rejects after `ms` when `promise` has not settled: Redis commands wait for a reconnect forever (maxRetriesPerRequest: null). */
export const withTimeout = <T>(promise: Promise<T>, ms: number, what: string): Promise<T> =>
	new Promise<T>((resolve, reject) => {
		const timer = setTimeout(() => reject(new Error(`${what} did not answer within ${ms} ms`)), ms);
		promise.then(
			(value) => {
				clearTimeout(timer);
				resolve(value);
			},
			(error: unknown) => {
				clearTimeout(timer);
				reject(error);
			},
		);
	});
