import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jobIdOf } from '../../core/contracts/render-job.js';
import { isFinished } from '../../core/contracts/render-status.js';
import { probeMedia } from '../../core/media/probe-media.js';
import type { RenderView } from '../../server/renders/render-view.js';
import { smallCaptionedClipProps, startTestStack, type TestStack } from '../support/start-test-stack.js';
import { trpcErrorOf } from '../support/trpc-error-of.js';
import { waitFor } from '../support/wait-for.js';

let stack: TestStack;

beforeAll(async () => {
	stack = await startTestStack();
});
afterAll(async () => {
	await stack?.stop();
});

const followUntilFinished = (id: string) =>
	new Promise<RenderView[]>((resolve, reject) => {
		const seen: RenderView[] = [];
		const subscription = stack.client.renders.onProgress.subscribe(
			{ id },
			{
				onData: ({ data }) => {
					seen.push(data);
					if (isFinished(data.status)) {
						subscription.unsubscribe();
						resolve(seen);
					}
				},
				onError: reject,
			},
		);
	});

describe('a render submitted through the API', () => {
	it('renders a small MP4 with video and audio, reports progress over SSE and serves the file with Range', async () => {
		const created = await stack.client.renders.create.mutate({
			template: 'captioned-clip',
			props: smallCaptionedClipProps(stack.sampleClipSrc, 2),
			output: { scale: 0.25 },
		});
		expect(created.status).toBe('queued');
		const updates = await followUntilFinished(created.id);
		const finished = updates.at(-1);
		expect(finished?.error).toBeNull();
		expect(finished?.status).toBe('done');
		expect(updates.some((update) => update.status === 'rendering' || update.status === 'encoding')).toBe(true);
		const progresses = updates.map((update) => update.progress);
		expect(progresses).toEqual([...progresses].sort((a, b) => a - b));

		const render = await stack.client.renders.get.query({ id: created.id });
		expect(render).toMatchObject({ status: 'done', progress: 1, width: 270, height: 480, fps: 30, durationInFrames: 60, encoder: 'libx264', attempts: 1 });
		expect(render.stageTimings).toMatchObject({ renderMs: expect.any(Number) });

		const file = `${stack.config.storageDir}/renders/${created.id}.mp4`;
		const probe = await probeMedia(file, { countFrames: true });
		expect(probe.video).toMatchObject({ codec: 'h264', width: 270, height: 480, frames: 60 });
		expect(probe.video?.fps).toBeCloseTo(30, 5);
		expect(probe.durationSeconds).toBeGreaterThan(1.9);
		expect(probe.durationSeconds).toBeLessThan(2.2);
		expect(probe.audio?.codec).toBe('aac');
		expect(render.outputSizeBytes).toBe(fs.statSync(file).size);

		// A signed link: it works in a browser or a platform without a key, until it expires.
		expect(render.outputUrl).toMatch(new RegExp(`^${stack.api.url}/files/renders/${created.id}\\.mp4\\?expires=\\d+&signature=[\\w-]+$`));
		const ranged = await fetch(render.outputUrl ?? '', { headers: { range: 'bytes=0-99' } });
		expect(ranged.status).toBe(206);
		expect(ranged.headers.get('content-range')).toBe(`bytes 0-99/${render.outputSizeBytes}`);
		expect((await ranged.arrayBuffer()).byteLength).toBe(100);

		const listed = await stack.client.renders.list.query({ status: 'done' });
		expect(listed.items.map((item) => item.id)).toContain(created.id);
	});

	it('rejects invalid props with BAD_REQUEST naming the field, and stores nothing', async () => {
		const before = await stack.db.render.count();
		const props = smallCaptionedClipProps(stack.sampleClipSrc);
		props.captions.words[1] = { text: 'render', startMs: 900, endMs: 100, emphasis: false };
		const error = await trpcErrorOf(stack.client.renders.create.mutate({ template: 'captioned-clip', props }));
		expect(error.data?.code).toBe('BAD_REQUEST');
		expect(error.message).toContain('props.captions.words.1.endMs');
		expect(error.data?.issues).toContainEqual({ path: 'props.captions.words.1.endMs', message: 'endMs must be after startMs' });
		expect(await stack.db.render.count()).toBe(before);
	});

	it('rejects wrong input types and unknown templates with their own codes', async () => {
		const wrongType = await trpcErrorOf(
			stack.client.renders.create.mutate({ template: 'captioned-clip', props: { ...smallCaptionedClipProps(stack.sampleClipSrc), fps: 'fast' } }),
		);
		expect(wrongType.data?.code).toBe('BAD_REQUEST');
		expect(wrongType.data?.issues?.[0]?.path).toBe('props.fps');

		const unknown = await trpcErrorOf(stack.client.renders.create.mutate({ template: 'no-such-template', props: {} }));
		expect(unknown.data?.code).toBe('NOT_FOUND');
		expect(unknown.message).toContain('no-such-template');

		const badScale = await trpcErrorOf(stack.client.renders.create.mutate({ template: 'captioned-clip', props: {}, output: { scale: -1 } }));
		expect(badScale.data?.issues?.[0]?.path).toBe('output.scale');
	});

	it('fails a render whose clip is missing with a reason naming it, and keeps serving the next one', async () => {
		// A storage key that names nothing is refused before anything is stored; a URL that 404s fails the render.
		const missing = await trpcErrorOf(
			stack.client.renders.create.mutate({
				template: 'captioned-clip',
				props: smallCaptionedClipProps('storage:samples/does-not-exist.mp4', 1),
				output: { scale: 0.25 },
			}),
		);
		expect(missing.data?.code).toBe('BAD_REQUEST');
		expect(missing.message).toBe("props.background.src: storage:samples/does-not-exist.mp4 is not in this workspace's storage");
		const unreachable = await stack.client.renders.create.mutate({
			template: 'captioned-clip',
			props: smallCaptionedClipProps(`${stack.api.url}/files/nowhere.mp4`, 1),
			output: { scale: 0.25 },
		});
		const good = await stack.client.renders.create.mutate({
			template: 'captioned-clip',
			props: smallCaptionedClipProps(stack.sampleClipSrc, 1),
			output: { scale: 0.25 },
		});
		const [unreachableEnd, goodEnd] = await Promise.all([unreachable, good].map((r) => followUntilFinished(r.id).then((u) => u.at(-1))));
		expect(unreachableEnd).toMatchObject({ status: 'failed', attempts: 1 });
		expect(unreachableEnd?.error).toBe(`Media "${stack.api.url}/files/nowhere.mp4" could not be loaded: not found (HTTP 404)`);
		expect(goodEnd?.status).toBe('done');
	});

	it('stops a render that is cancelled mid-way within a few seconds and marks it cancelled', async () => {
		const created = await stack.client.renders.create.mutate({
			template: 'captioned-clip',
			props: smallCaptionedClipProps(stack.sampleClipSrc, 20),
			output: { scale: 0.25 },
		});
		await waitFor('the render to be under way', async () => {
			const render = await stack.client.renders.get.query({ id: created.id });
			return render.status === 'rendering' && render.progress > 0.1;
		});
		const cancelledAt = Date.now();
		const cancelled = await stack.client.renders.cancel.mutate({ id: created.id });
		expect(cancelled.status).toBe('cancelled');
		const job = await waitFor(
			'the worker to give the job up',
			async () => {
				const current = await stack.queue.getJob(jobIdOf(created.id));
				return current?.finishedOn ? current : undefined;
			},
			15_000,
		);
		expect((job.finishedOn ?? Number.POSITIVE_INFINITY) - cancelledAt).toBeLessThan(5_000);
		expect(job.failedReason).toContain('cancelled');
		const after = await stack.client.renders.get.query({ id: created.id });
		expect(after.status).toBe('cancelled');
		expect(after.outputUrl).toBeNull();
		expect(fs.existsSync(`${stack.config.storageDir}/renders/${created.id}.mp4`)).toBe(false);
	});
});
