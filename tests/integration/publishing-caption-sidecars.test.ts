import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../core/log/create-logger.js';
import { type PublishWorker, startPublishWorker } from '../../workers/publish/start-publish-worker.js';
import { type FakeS3Server, startFakeS3Server } from '../support/fake-s3-server.js';
import { makeDoneRender } from '../support/make-published-render.js';
import { closeServer, listenOnLoopback, readRequestBody } from '../support/read-request-body.js';
import { startTestStack, type TestStack } from '../support/start-test-stack.js';
import { makeTempDir } from '../support/temp-dir.js';
import { waitForPublication } from '../support/wait-for-publication.js';

let s3: FakeS3Server;
let stack: TestStack;
let worker: PublishWorker;
let receiver: http.Server;
let receiverUrl: string;
const bodies: string[] = [];

beforeAll(async () => {
	s3 = await startFakeS3Server();
	receiver = http.createServer((req, res) => {
		void readRequestBody(req).then((body) => {
			bodies.push(body.toString('utf8'));
			res.writeHead(200).end();
		});
	});
	receiverUrl = await listenOnLoopback(receiver);
	stack = await startTestStack({ worker: false, env: { ...s3.env(), PUBLISH_ATTEMPTS: '2', PUBLISH_BACKOFF_MS: '50', METRICS_POLL_MINUTES: '0' } });
	worker = await startPublishWorker({ config: stack.config, db: stack.db, redisUrl: stack.redis.url, logger: createLogger('error', 'test') });
});
afterAll(async () => {
	await worker?.close();
	await stack?.stop();
	await s3?.close();
	if (receiver) await closeServer(receiver);
});

const SRT = '1\n00:00:00,000 --> 00:00:01,500\nمرحبا بكم\n';
const VTT = 'WEBVTT\n\n00:00:00.000 --> 00:00:01.500\nمرحبا بكم\n';

/** A done render listing an SRT and a WebVTT sidecar in storage, as a finished captioned render does. */
const captionedRender = async () => {
	const dir = makeTempDir('sidecars');
	const id = randomUUID();
	const captionFiles = [];
	for (const [format, text] of [
		['srt', SRT],
		['vtt', VTT],
	] as const) {
		const key = `renders/${id}.${format}`;
		fs.writeFileSync(path.join(dir, format), text);
		await stack.storage.putFile(key, path.join(dir, format));
		captionFiles.push({ format, key, language: 'ar' });
	}
	await makeDoneRender(stack.db, stack.config.storageDir, { fields: { id, captionFiles, captionsLanguage: 'ar' } });
	return { id };
};

describe('subtitle sidecars on the S3 and webhook targets', () => {
	it('puts the SRT and WebVTT beside the video in the bucket, under its key', async () => {
		const render = await captionedRender();
		const publication = await waitForPublication(
			stack.client,
			(await stack.client.publications.create.mutate({ renderId: render.id, target: { kind: 's3', key: 'campaign/clip.mp4' } })).id,
		);
		expect(publication.status).toBe('published');
		expect(s3.objects.get('videos/campaign/clip.srt')).toMatchObject({
			contentType: 'application/x-subrip; charset=utf-8',
			metadata: { 'reelforge-language': 'ar' },
		});
		expect(s3.objects.get('videos/campaign/clip.srt')?.bytes.toString('utf8')).toBe(SRT);
		expect(s3.objects.get('videos/campaign/clip.vtt')?.bytes.toString('utf8')).toBe(VTT);
		expect(s3.violations).toEqual([]);
	});

	it('links the sidecars in the render.published event, each link serving its file without a key', async () => {
		const render = await captionedRender();
		await waitForPublication(
			stack.client,
			(await stack.client.publications.create.mutate({ renderId: render.id, target: { kind: 'webhook', url: `${receiverUrl}/hook` } })).id,
		);
		const body = JSON.parse(bodies.at(-1) ?? '{}') as { data: { captions: { format: string; language: string; url: string; contentType: string }[] } };
		expect(body.data.captions.map(({ format, language, contentType }) => [format, language, contentType])).toEqual([
			['srt', 'ar', 'application/x-subrip'],
			['vtt', 'ar', 'text/vtt'],
		]);
		for (const [index, expected] of [SRT, VTT].entries()) {
			const link = body.data.captions[index]?.url ?? '';
			expect(link).toMatch(/\/files\/renders\/[^?]+\.(srt|vtt)\?expires=\d+&signature=/);
			const response = await fetch(link.replace(/^http:\/\/[^/]+/, stack.api.url));
			expect(response.status).toBe(200);
			expect(await response.text()).toBe(expected);
		}
	});
});
