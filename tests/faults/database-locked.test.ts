import { spawn } from 'node:child_process';
import { TRPCClientError } from '@trpc/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppRouter } from '../../server/root.js';
import { startTestStack, type TestStack } from '../support/start-test-stack.js';

let stack: TestStack;
beforeAll(async () => {
	stack = await startTestStack({ worker: false });
});
afterAll(async () => {
	await stack?.stop();
});

const create = (quote: string) => stack.client.renders.create.mutate({ template: 'quote-card', props: { quote } });

/**
 * Another process holds an exclusive lock on the SQLite file for `ms`. (In this process it would block the API's
 * own event loop: better-sqlite3 waits synchronously.) Resolves once the lock is held; `released` once it is let go.
 */
const holdLock = async (file: string, ms: number) => {
	const script = `const D=require('better-sqlite3');const db=new D(process.argv[1]);db.exec('BEGIN EXCLUSIVE');console.log('locked');setTimeout(()=>{db.exec('ROLLBACK');db.close()},Number(process.argv[2]))`;
	const child = spawn(process.execPath, ['-e', script, file, String(ms)], { stdio: ['ignore', 'pipe', 'inherit'] });
	await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
	return { released: new Promise<void>((resolve) => child.on('exit', () => resolve())) };
};

describe('a database locked by another process', () => {
	it('makes requests wait through a short lock, fail with 503 past the busy timeout, and recover after', async () => {
		const file = stack.config.databaseUrl.slice('file:'.length);
		// A short lock: the request waits for it.
		const short = await holdLock(file, 1500);
		const waited = await create('Waited for the lock');
		expect(waited.status).toBe('queued');
		await short.released;

		// A lock held past the 10 s busy timeout: a clean, retryable error, and nothing half-stored.
		const long = await holdLock(file, 12_000);
		const refused = await create('Locked out').then(
			() => null,
			(error: unknown) => error,
		);
		await long.released;
		expect(refused).toBeInstanceOf(TRPCClientError);
		expect((refused as TRPCClientError<AppRouter>).data?.code).toBe('SERVICE_UNAVAILABLE');
		expect((refused as TRPCClientError<AppRouter>).message).toBe('The database is busy or unavailable; try again shortly.');

		const after = await create('After the lock');
		expect(after.status).toBe('queued');
		expect(await stack.db.render.count({ where: { template: 'quote-card' } })).toBe(2);
	}, 60_000);
});
