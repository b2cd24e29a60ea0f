import { Redis } from 'ioredis';

/** Whether a Redis answers PING at `url` within `timeoutMs`, trying again every 50 ms. */
export const waitForRedisPing = async (url: string, timeoutMs: number): Promise<boolean> => {
	const deadline = Date.now() + timeoutMs;
	while (Date.now() < deadline) {
		const client = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
		client.on('error', () => {});
		const ok = await client
			.connect()
			.then(() => client.ping())
			.then((reply) => reply === 'PONG')
			.catch(() => false);
		client.disconnect();
		if (ok) return true;
		await new Promise((r) => setTimeout(r, 50));
	}
	return false;
};
