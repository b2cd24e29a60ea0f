import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dimensionsOf, type VideoFormat } from '../../compositions/shared/video-format.js';
import { sampleProps, templateIds } from '../../compositions/templates.js';
import { probeMedia } from '../../core/media/probe-media.js';
import { runRender } from '../../workers/render/run-render.js';
import { startRenderContext } from '../support/start-render-context.js';

let pipeline: Awaited<ReturnType<typeof startRenderContext>>;
beforeAll(async () => {
	pipeline = await startRenderContext();
});
afterAll(async () => {
	await pipeline?.close();
});

const formats: VideoFormat[] = ['9:16', '1:1', '4:5', '16:9'];
const SCALE = 0.2;

describe.each(templateIds)('the %s template', (template) => {
	it.each(formats)('renders a 1 s MP4 at %s inside its frame size', async (format) => {
		const id = randomUUID();
		const props = { ...sampleProps[template], format, durationInSeconds: 1 };
		await pipeline.db.render.create({ data: { workspaceId: 'default', id, template, props } });
		const result = await runRender(
			{ renderId: id, template, props, output: { scale: SCALE, chunks: 1 }, narration: null, backend: 'local' },
			{ signal: new AbortController().signal, attempt: 1, isFinalAttempt: true, onProgress: () => {} },
			pipeline.ctx,
		);
		const size = dimensionsOf(format);
		const output = await pipeline.ctx.storage.openLocal(result.outputKey);
		const probe = await probeMedia(output.path);
		output.release();
		expect(probe.video).toMatchObject({ codec: 'h264', width: size.width * SCALE, height: size.height * SCALE });
		expect(probe.durationSeconds).toBeGreaterThan(0.95);
		expect(probe.durationSeconds).toBeLessThan(1.15);
		expect(probe.audio).not.toBeNull();
	});
});
