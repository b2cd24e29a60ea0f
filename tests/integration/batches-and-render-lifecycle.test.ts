import { execFile } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { smallCaptionedClipProps, startTestStack, type TestStack } from '../support/start-test-stack.js';
import { makeTempDir } from '../support/temp-dir.js';
import { trpcErrorOf } from '../support/trpc-error-of.js';
import { waitFor } from '../support/wait-for.js';

const run = promisify(execFile);
let stack: TestStack;
beforeAll(async () => {
	stack = await startTestStack();
});
afterAll(async () => {
	await stack?.stop();
});

const baseProps = { durationInSeconds: 1, interrupts: { mode: 'off' }, clips: [{ src: 'storage:samples/clip.mp4' }] };

describe('batches', () => {
	it('rejects a CSV with a bad row, naming the row and column, and creates nothing', async () => {
		const csv = 'hook,clip\nFirst hook,storage:samples/clip.mp4\nSecond hook,ftp://example.com/x.mp4\n';
		const input = { template: 'clip-story', baseProps, csv, mapping: { hook: 'hook.text', clip: 'clips.0.src' } };
		const checked = await stack.client.batches.validate.mutate(input);
		expect(checked).toEqual({
			validRows: 1,
			issues: [
				{
					row: 2,
					variant: null,
					column: 'clip',
					path: 'clips.0.src',
					message: 'must be an http(s) URL or storage:<key> (a key without .., absolute or hidden segments)',
				},
			],
		});
		const before = await stack.db.render.count();
		const error = await trpcErrorOf(stack.client.batches.create.mutate(input));
		expect(error.data?.code).toBe('BAD_REQUEST');
		expect(error.message).toContain(
			'row 2, column "clip": clips.0.src: must be an http(s) URL or storage:<key> (a key without .., absolute or hidden segments)',
		);
		expect(await stack.db.render.count()).toBe(before);
		expect(await stack.db.batch.count()).toBe(0);
	});

	it('renders every row and variant, aggregates progress, and zips the outputs', async () => {
		const csv = 'cta\nFollow for more\n"Comment, then share"\n';
		const created = await stack.client.batches.create.mutate({
			template: 'clip-story',
			baseProps,
			csv,
			mapping: { cta: 'endCard.text' },
			variants: { path: 'hook.text', values: ['Hook A', 'Hook B'] },
			output: { scale: 0.2 },
		});
		expect(created).toMatchObject({ rowCount: 4, renderCount: 4 });
		expect(['queued', 'rendering']).toContain(created.status);
		const finished = await waitFor(
			'the batch to finish',
			async () => {
				const batch = await stack.client.batches.get.query({ id: created.id });
				return batch.status === 'done' || batch.status === 'failed' || batch.status === 'partial' ? batch : undefined;
			},
			150_000,
			500,
		);
		expect(finished).toMatchObject({ status: 'done', progress: 1, counts: { done: 4 } });
		const renders = await stack.client.renders.list.query({ batchId: created.id });
		expect(renders.items.map((render) => `${render.batchRow}${render.variant}`).sort()).toEqual(['0A', '0B', '1A', '1B']);

		const zipFile = path.join(makeTempDir('zip'), 'outputs.zip');
		const response = await fetch(finished.outputsZipUrl ?? '');
		expect(response.status).toBe(200);
		fs.writeFileSync(zipFile, Buffer.from(await response.arrayBuffer()));
		// An independent reader: Python's zipfile checks the CRCs and lists the entries.
		const { stdout } = await run('python3', [
			'-c',
			'import sys, zipfile; z = zipfile.ZipFile(sys.argv[1]); assert z.testzip() is None; print("\\n".join(sorted(z.namelist())))',
			zipFile,
		]);
		const names = stdout.trim().split('\n');
		expect(names).toHaveLength(4);
		expect(names[0]).toMatch(/^row-0001-A-[0-9a-f-]+\.mp4$/);
	});

	it('names the column and row of a blank cell that a required prop needed, not zod’s "received undefined"', async () => {
		const checked = await stack.client.batches.validate.mutate({
			template: 'captioned-clip',
			csv: 'title,clip\nA,storage:samples/clip.mp4\nB,\n',
			mapping: { clip: 'background.src' },
		});
		expect(checked.validRows).toBe(1);
		expect(checked.issues).toEqual([{ row: 2, variant: null, column: 'clip', path: 'background', message: 'column "clip" is empty; it is required' }]);
		const error = await trpcErrorOf(
			stack.client.batches.create.mutate({ template: 'captioned-clip', csv: 'title,clip\nB,\n', mapping: { clip: 'background.src' } }),
		);
		expect(error.message).toBe('1 problem(s) in the batch rows: row 1: column "clip" is empty; it is required');
	});

	it('with onInvalidRows skip renders the good rows under the brand kit, records the bad ones, and exports the results as CSV', async () => {
		const kit = await stack.client.brandKits.create.mutate({
			name: 'Batch kit',
			brand: { colors: { primary: '#00AAFF', secondary: '#FF00AA', text: '#FAFAFA', background: '#002244' }, watermark: { text: '@acme' } },
		});
		const csv = 'hook,clip\nFirst,storage:samples/clip.mp4\nSecond,ftp://example.com/x.mp4\n"Third, quoted",storage:samples/clip.mp4\n';
		const created = await stack.client.batches.create.mutate({
			template: 'clip-story',
			baseProps,
			csv,
			mapping: { hook: 'hook.text', clip: 'clips.0.src' },
			onInvalidRows: 'skip',
			brandKitId: kit.id,
			output: { scale: 0.2 },
		});
		const reason = 'must be an http(s) URL or storage:<key> (a key without .., absolute or hidden segments)';
		expect(created).toMatchObject({
			renderCount: 2,
			brandKitId: kit.id,
			skippedRows: [{ row: 2, variant: null, column: 'clip', path: 'clips.0.src', message: reason }],
		});
		const stored = await stack.db.render.findMany({ where: { batchId: created.id }, select: { props: true } });
		for (const render of stored) expect(render.props).toMatchObject({ accentColor: '#00AAFF', brand: { watermark: { text: '@acme' } } });
		const finished = await waitFor(
			'the batch to finish',
			async () => {
				const batch = await stack.client.batches.get.query({ id: created.id });
				return ['done', 'failed', 'partial'].includes(batch.status) ? batch : undefined;
			},
			150_000,
			500,
		);
		expect(finished).toMatchObject({ status: 'done', counts: { done: 2 }, skippedRows: [{ row: 2, column: 'clip' }] });

		const response = await fetch(finished.resultsCsvUrl);
		expect(response.status).toBe(200);
		expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
		const csvFile = path.join(makeTempDir('csv'), 'results.csv');
		fs.writeFileSync(csvFile, await response.text());
		// An independent reader: Python's csv module undoes the quoting.
		const { stdout } = await run('python3', ['-c', 'import csv, json, sys; print(json.dumps(list(csv.DictReader(open(sys.argv[1], newline="")))))', csvFile]);
		const lines = JSON.parse(stdout) as Record<string, string>[];
		expect(lines.map((line) => [line.row, line.status])).toEqual([
			['1', 'done'],
			['2', 'skipped'],
			['3', 'done'],
		]);
		expect(lines[1]).toMatchObject({ render_id: '', output_url: '', error: `row 2, column "clip": clips.0.src: ${reason}` });
		const results = await stack.client.batches.results.query({ id: created.id });
		for (const [index, line] of lines.entries()) {
			const result = results.items[index];
			expect(line.render_id).toBe(result?.renderId ?? '');
			if (line.status !== 'done') continue;
			expect(Number(line.duration_s)).toBeGreaterThan(0.9);
			expect(Number(line.render_s)).toBeGreaterThan(0);
			// The output link is one a person can open without a key: it downloads the row's video.
			const video = await fetch(line.output_url ?? '');
			expect(video.status).toBe(200);
			expect(video.headers.get('content-type')).toContain('video/mp4');
		}

		const tampered = new URL(finished.resultsCsvUrl);
		tampered.searchParams.set('signature', 'x'.repeat(64));
		expect((await fetch(tampered)).status).toBe(403);
		expect((await fetch(`${stack.api.url}/batches/no-such-batch/results.csv`)).status).toBe(404);
		expect((await trpcErrorOf(stack.client.batches.results.query({ id: 'no-such-batch' }))).data?.code).toBe('NOT_FOUND');
	});
});

describe('the render lifecycle', () => {
	it('returns the same render for a repeated idempotency key', async () => {
		const input = {
			template: 'captioned-clip',
			props: smallCaptionedClipProps(stack.sampleClipSrc, 1),
			output: { scale: 0.2 },
			idempotencyKey: 'order-42-attempt',
			metadata: { order: 42 },
		};
		const [first, second] = await Promise.all([stack.client.renders.create.mutate(input), stack.client.renders.create.mutate(input)]);
		expect(second.id).toBe(first.id);
		expect(first.metadata).toEqual({ order: 42 });
		expect(await stack.db.render.count({ where: { idempotencyKey: 'order-42-attempt' } })).toBe(1);
		const conflict = await trpcErrorOf(stack.client.renders.create.mutate({ ...input, template: 'quote-card', props: { quote: 'x' } }));
		expect(conflict.data?.code).toBe('CONFLICT');
	});

	it('retries a failed render once its clip exists, and filters the list by time', async () => {
		// A clip host that has nothing yet (404), then has the clip.
		let published = false;
		const clip = fs.readFileSync(path.join(stack.config.storageDir, 'samples', 'clip.mp4'));
		const host = http.createServer((_req, res) => (published ? res.writeHead(200, { 'content-type': 'video/mp4' }).end(clip) : res.writeHead(404).end()));
		await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
		const lateUrl = `http://127.0.0.1:${(host.address() as AddressInfo).port}/late.mp4`;
		const created = await stack.client.renders.create.mutate({
			template: 'captioned-clip',
			props: smallCaptionedClipProps(lateUrl, 1),
			output: { scale: 0.2 },
		});
		const failed = await waitFor('the render to fail', async () => {
			const render = await stack.client.renders.get.query({ id: created.id });
			return render.status === 'failed' ? render : undefined;
		});
		expect(failed.error).toBe(`Media "${lateUrl}" could not be loaded: not found (HTTP 404)`);
		const notRetryable = await trpcErrorOf(
			stack.client.renders.retry.mutate({ id: (await stack.client.renders.list.query({ status: 'done', limit: 1 })).items[0]?.id ?? '' }),
		);
		expect(notRetryable.data?.code).toBe('CONFLICT');

		published = true;
		const retried = await stack.client.renders.retry.mutate({ id: created.id });
		expect(retried).toMatchObject({ id: created.id, status: 'queued', error: null });
		const done = await waitFor('the retried render to finish', async () => {
			const render = await stack.client.renders.get.query({ id: created.id });
			return render.status === 'done' ? render : undefined;
		});
		expect(done.outputUrl).not.toBeNull();
		host.close();

		const since = await stack.client.renders.list.query({ createdAfter: new Date(Date.parse(failed.createdAt) - 1).toISOString() });
		expect(since.items.map((item) => item.id)).toContain(created.id);
		const before = await stack.client.renders.list.query({ createdBefore: failed.createdAt });
		expect(before.items.map((item) => item.id)).not.toContain(created.id);
	});
});
