import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { acquireFileLock } from './acquire-file-lock.js';

const lockIn = () => path.join(fs.mkdtempSync(path.join(process.env.REELFORGE_TEST_ROOT ?? os.tmpdir(), 'reelforge-lock-')), 'thing.lock');
const options = { what: 'the test lock', waitMs: 5000, staleMs: 60_000, pollMs: 10 };

/** The pid of a process that has exited (and been reaped): what a crashed holder leaves in its lock file. */
const deadPid = () => {
	const child = spawnSync(process.execPath, ['-e', 'console.log(process.pid)']);
	return Number(child.stdout.toString().trim());
};

describe('acquireFileLock', () => {
	it('lets one holder in at a time: the second gets the lock once the first releases it', async () => {
		const file = lockIn();
		const order: string[] = [];
		const first = await acquireFileLock(file, options);
		const second = acquireFileLock(file, options).then((lock) => {
			order.push('second acquired');
			return lock;
		});
		await new Promise((resolve) => setTimeout(resolve, 200));
		order.push('first releasing');
		first.release();
		(await second).release();
		expect(order).toEqual(['first releasing', 'second acquired']);
		expect(fs.existsSync(file)).toBe(false);
	});

	it('names its holder in the file: pid, host and when it was taken', async () => {
		const file = lockIn();
		const lock = await acquireFileLock(file, options);
		expect(JSON.parse(fs.readFileSync(file, 'utf8'))).toMatchObject({ pid: process.pid, host: os.hostname(), acquiredAt: expect.any(Number) });
		lock.release();
	});

	it('takes over a lock whose holder died', async () => {
		const file = lockIn();
		fs.writeFileSync(file, JSON.stringify({ pid: deadPid(), host: os.hostname(), acquiredAt: Date.now(), nonce: 'x' }));
		const started = Date.now();
		const lock = await acquireFileLock(file, options);
		expect(Date.now() - started).toBeLessThan(1000);
		expect(JSON.parse(fs.readFileSync(file, 'utf8')).pid).toBe(process.pid);
		lock.release();
	});

	it('takes over a lock held past the stale bound even though its holder still runs', async () => {
		const file = lockIn();
		fs.writeFileSync(file, JSON.stringify({ pid: process.ppid, host: os.hostname(), acquiredAt: Date.now() - 120_000, nonce: 'x' }));
		const lock = await acquireFileLock(file, options);
		expect(JSON.parse(fs.readFileSync(file, 'utf8')).pid).toBe(process.pid);
		lock.release();
	});

	it('gives up after the wait with one line naming the lock file and its holder', async () => {
		const file = lockIn();
		const acquiredAt = Date.now();
		fs.writeFileSync(file, JSON.stringify({ pid: process.ppid, host: os.hostname(), acquiredAt, nonce: 'x' }));
		const failure = await acquireFileLock(file, { ...options, waitMs: 300 }).then(
			() => null,
			(error: Error) => error.message,
		);
		expect(failure).toBe(
			`Timed out after 0.3 s waiting for the test lock ${file}, held by pid ${process.ppid} on ${os.hostname()} since ${new Date(acquiredAt).toISOString()}; delete the file if that process is gone`,
		);
		// The live holder's lock stays.
		expect(JSON.parse(fs.readFileSync(file, 'utf8')).pid).toBe(process.ppid);
	});

	it('releases only its own lock, not one that replaced it after a takeover', async () => {
		const file = lockIn();
		const lock = await acquireFileLock(file, options);
		const other = JSON.stringify({ pid: process.ppid, host: os.hostname(), acquiredAt: Date.now(), nonce: 'other' });
		fs.writeFileSync(file, other);
		lock.release();
		expect(fs.readFileSync(file, 'utf8')).toBe(other);
	});
});
