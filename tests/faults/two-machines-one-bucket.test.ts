import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chunkAudioKeyOf, chunkDirKeyOf, chunkVideoKeyOf } from '../../workers/render/backends/chunked/chunk-storage-keys.js';
import { bundleCompositions } from '../../workers/render/bundle-compositions.js';
import { expectSameVideo } from '../support/expect-same-video.js';
import { spawnWorkerProcess, type WorkerProcess } from '../support/spawn-worker-process.js';
import { type S3Request, type S3Server, startS3Server } from '../support/start-s3-server.js';
import { startTestStack, type TestStack } from '../support/start-test-stack.js';
import { storedKeys } from '../support/stored-keys.js';
import { makeTempDir, sharedBundleCacheDir } from '../support/temp-dir.js';
import { createTestPostgresDatabase } from '../support/test-postgres.js';
import { waitFor } from '../support/wait-for.js';
import { waitForRender } from '../support/wait-for-render.js';

type Machine = { name: string; home: string; worker: WorkerProcess; requests: S3Request[] };

let s3: S3Server;
let stack: TestStack;
let postgres: { url: string; drop: () => Promise<void> };
const machines: Machine[] = [];

beforeAll(async () => {
	s3 = await startS3Server();
	// What deploy/compose.yaml runs: the API, PostgreSQL, Redis and a bucket; the render workers are the two "machines" below.
	postgres = await createTestPostgresDatabase();
	stack = await startTestStack({ worker: false, env: { ...s3.env(), DATABASE_URL: postgres.url } });
	// Each machine gets its own copy of the compiled compositions (code, not files of any render), saving a bundle each.
	await bundleCompositions(sharedBundleCacheDir);
	for (const name of ['a', 'b']) {
		const home = makeTempDir(`machine-${name}`);
		fs.cpSync(sharedBundleCacheDir, path.join(home, 'bundles'), { recursive: true });
		// Its own door to the bucket, so what reached the bucket from which machine can be told apart.
		const door = await s3.openDoor();
		const worker = await spawnWorkerProcess({
			...door.env,
			REELFORGE_HOME: home,
			BUNDLE_CACHE_DIR: path.join(home, 'bundles'),
			REDIS_URL: stack.redis.url,
			DATABASE_URL: stack.config.databaseUrl,
			RENDER_CONCURRENCY: '1',
		});
		machines.push({ name, home, worker, requests: door.requests });
	}
});
afterAll(async () => {
	for (const machine of machines) machine.worker.child.kill('SIGTERM');
	await Promise.all(machines.map((machine) => machine.worker.exited));
	await stack?.stop();
	await postgres?.drop();
	await s3?.close();
});

/** The JSON log lines of a machine's worker with this message. */
const logLines = (machine: Machine, message: string) =>
	machine.worker
		.output()
		.split('\n')
		.filter((line) => line.includes(`"${message}"`))
		.map((line) => JSON.parse(line) as { renderId: string; chunk?: number });

const narration = { text: 'Chunks rendered on two machines must sound and look like one render. Every frame, every word.' };
const render = async (chunks: number) => {
	const created = await stack.client.renders.create.mutate({
		template: 'captioned-clip',
		props: { background: { src: stack.sampleClipSrc, loop: true, muted: true }, punchOnEmphasis: false },
		narration,
		output: { scale: 0.2, chunks },
	});
	return waitForRender(stack.client, created.id, 240_000);
};
const downloaded = async (key: string) => {
	const copy = await stack.storage.openLocal(key);
	const file = path.join(makeTempDir('output'), path.basename(key));
	fs.copyFileSync(copy.path, file);
	copy.release();
	return file;
};

describe('two machines that share only Redis, PostgreSQL and a bucket', () => {
	it('render one chunked video between them, through the bucket, equal to the render made in one piece', async () => {
		const single = await render(1);
		const chunked = await render(3);
		expect(single.error).toBeNull();
		expect(chunked.error).toBeNull();
		expect(chunked).toMatchObject({ status: 'done', chunkCount: 3, durationInFrames: single.durationInFrames });

		// Both machines rendered chunks of it; one of them joined it.
		const chunksBy = machines.map((machine) =>
			logLines(machine, 'chunk done')
				.filter((line) => line.renderId === chunked.id)
				.map((line) => line.chunk),
		);
		expect(chunksBy.flat().sort()).toEqual([0, 1, 2]);
		for (const [index, chunks] of chunksBy.entries()) expect(chunks.length, `chunks rendered by machine ${machines[index]?.name}`).toBeGreaterThan(0);
		// The record is done before the joiner's log line is written: wait for the line.
		const joiner = await waitFor(
			'the joining machine to log the render',
			async () => machines.find((machine) => logLines(machine, 'render done').some((line) => line.renderId === chunked.id)),
			10_000,
		);
		const other = machines.find((machine) => machine !== joiner);
		expect(
			joiner && other,
			machines
				.map((machine) => machine.worker.output())
				.join('\n')
				.slice(-6000),
		).toBeTruthy();

		// Each machine's chunks went up through its own door; the joiner fetched the other's from the bucket.
		const chunkPaths = (index: number) => [chunkVideoKeyOf(chunked.id, index), chunkAudioKeyOf(chunked.id, index)].map((key) => `/${s3.bucket}/${key}`);
		for (const [index, machine] of machines.entries()) {
			const puts = machine.requests.filter((request) => request.method === 'PUT' && request.status === 200).map((request) => request.path);
			for (const chunk of chunksBy[index] ?? []) expect(puts).toEqual(expect.arrayContaining(chunkPaths(chunk ?? -1)));
		}
		const otherChunks = chunksBy[machines.indexOf(other as Machine)] ?? [];
		const joinerGets = (joiner as Machine).requests.filter((request) => request.method === 'GET').map((request) => request.path);
		for (const chunk of otherChunks) expect(joinerGets).toEqual(expect.arrayContaining(chunkPaths(chunk ?? -1)));

		// Nothing of either is on the other's disk: no machine stored a file locally, and each cached only what it downloaded.
		for (const machine of machines) {
			expect(fs.existsSync(path.join(machine.home, 'storage')), `machine ${machine.name} stored files locally`).toBe(false);
			const cached = fs.readdirSync(path.join(machine.home, 'media-cache')).filter((name) => !name.includes('.partial-'));
			const downloads = machine.requests.filter((request) => request.method === 'GET' && !request.query.includes('list-type')).length;
			expect(cached.length).toBeLessThanOrEqual(downloads);
		}
		// The chunks are gone from the bucket once the join is stored.
		expect(await storedKeys(stack.storage, `${chunkDirKeyOf(chunked.id)}/`)).toEqual([]);

		const framesPerChunk = Math.ceil((single.durationInFrames ?? 0) / 3);
		await expectSameVideo(await downloaded(`renders/${single.id}.mp4`), await downloaded(`renders/${chunked.id}.mp4`), {
			edgeFrames: [framesPerChunk, framesPerChunk * 2],
		});
	});
});
