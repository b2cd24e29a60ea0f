import fs from 'node:fs';
import path from 'node:path';
import { TRPCClientError } from '@trpc/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningRedis, startRedisServer } from '../../core/redis/start-redis-server.js';
import { startTestStack, type TestStack } from '../support/start-test-stack.js';
import { waitFor } from '../support/wait-for.js';

let stack: TestStack;
let restarted: RunningRedis | null = null;
beforeAll(async () => {
	stack = await startTestStack({ persistentRedis: true });
});
afterAll(async () => {
	await stack?.stop();
	// stack.stop() stops the Redis it started, which this test stopped already; the restarted one is this test's to stop.
	await restarted?.stop();
});

describe('Redis stopped and restarted during a batch', () => {
	it('loses no job, renders none twice, and the API answers 503 while Redis is away', async () => {
		const batch = await stack.client.batches.create.mutate({
			template: 'clip-story',
			baseProps: { durationInSeconds: 1, interrupts: { mode: 'off' }, clips: [{ src: stack.sampleClipSrc }] },
			rows: Array.from({ length: 6 }, (_, i) => ({ 'hook.text': `Hook ${i + 1}` })),
			output: { scale: 0.2 },
		});
		await waitFor('a first render to finish', async () => (await stack.db.render.count({ where: { batchId: batch.id, status: 'done' } })) >= 1, 60_000, 200);

		await stack.redis.stop();
		// Once the API has noticed (its connection is down): a request in the moment before would wait for Redis to return.
		await waitFor('the API to notice Redis is gone', async () => (await fetch(`${stack.api.url}/readyz`)).status === 503, 10_000, 50);
		const refused = await stack.client.renders.create.mutate({ template: 'quote-card', props: { quote: 'During the outage' } }).then(
			() => null,
			(error: unknown) => error,
		);
		expect(refused).toBeInstanceOf(TRPCClientError);
		expect((refused as TRPCClientError<never>).message).toBe('The render queue (Redis) is unavailable; nothing was created. Try again shortly.');
		expect(await stack.db.render.count({ where: { template: 'quote-card' } })).toBe(0);
		const ready = await fetch(`${stack.api.url}/readyz`);
		expect(ready.status).toBe(503);

		// Same port, same data directory: the append-only file brings the queue back.
		restarted = await startRedisServer({ dir: path.join(stack.home, 'redis'), persistent: true, port: stack.redis.port });
		const renders = await waitFor(
			'every render of the batch to finish',
			async () => {
				const rows = await stack.db.render.findMany({ where: { batchId: batch.id }, select: { id: true, status: true, attempts: true } });
				return rows.every((row) => row.status === 'done' || row.status === 'failed') ? rows : undefined;
			},
			150_000,
			500,
		);
		expect(renders.map((render) => render.status)).toEqual(Array(6).fill('done'));
		// Rendered once each: one attempt, one output.
		expect(renders.map((render) => render.attempts)).toEqual(Array(6).fill(1));
		const outputs = fs.readdirSync(path.join(stack.config.storageDir, 'renders'));
		expect(outputs.sort()).toEqual(renders.map((render) => `${render.id}.mp4`).sort());
		expect((await fetch(`${stack.api.url}/readyz`)).status).toBe(200);
	});
});
