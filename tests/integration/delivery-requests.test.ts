import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callerErrorOf } from '../support/caller-error-of.js';
import { startTestContext, type TestContext } from '../support/start-test-context.js';

// Outputs nobody can deliver are refused by renders.create before anything is recorded or queued.
let context: TestContext;
beforeAll(async () => {
	context = await startTestContext({
		env: {
			LAMBDA_REGION: 'us-east-1',
			LAMBDA_FUNCTION_NAME: 'remotion-render-4-0-527-mem2048mb-disk2048mb-120sec',
			LAMBDA_SERVE_URL: 'https://remotionlambda-useast1-abc.s3.us-east-1.amazonaws.com/sites/reelforge/index.html',
			PUBLIC_URL: 'https://reelforge.example.com',
			GIF_MAX_SECONDS: '6',
		},
	});
});
afterAll(async () => {
	await context?.stop();
});

const quote = (props: Record<string, unknown> = {}) => ({ template: 'quote-card' as const, props: { quote: 'Ship it.', author: 'Us', ...props } });

describe('renders.create refuses an output that cannot be delivered, naming the field and what is possible', () => {
	it.each([
		['transparency in H.264', { ...quote(), output: { transparent: true } }, 'output.transparent', '"webm-vp9", "mov-prores"'],
		[
			'a GIF longer than GIF_MAX_SECONDS',
			{ ...quote({ durationInSeconds: 8 }), output: { format: 'gif' } },
			'output.format',
			'at most 6 s long (GIF_MAX_SECONDS), but this video is 8 s',
		],
		[
			'a format Lambda is not measured to deliver',
			{ ...quote(), backend: 'lambda', output: { format: 'webm-vp9' } },
			'output.format',
			'Lambda renders are delivered as "mp4-h264" only',
		],
		[
			'chunks of a format that cannot be joined',
			{ ...quote(), output: { format: 'mov-prores', chunks: 3 } },
			'output.chunks',
			'set chunks to 1, or use output.format "mp4-h264"',
		],
		[
			'a poster after the end',
			{ ...quote({ durationInSeconds: 3 }), output: { poster: { atSeconds: 5 } } },
			'output.poster.atSeconds',
			'pick a time from 0 to below 3',
		],
		['a soundtrack of a GIF', { ...quote({ durationInSeconds: 3 }), output: { format: 'gif', audioFile: 'mp3' } }, 'output.audioFile', 'has no sound'],
		[
			'a preset of another shape',
			{ ...quote({ format: '9:16' }), output: { preset: 'youtube' } },
			'output.preset',
			'delivers 1920x1080, but this template renders 1080x1920',
		],
		[
			'a preset in a format its platform does not take',
			{ ...quote({ format: '9:16' }), output: { preset: 'shorts', format: 'webm-vp9' } },
			'output.format',
			'YouTube Shorts (preset "shorts") takes "mp4-h264"',
		],
	])('refuses %s with BAD_REQUEST', async (_what, input, field, possible) => {
		const error = await callerErrorOf(context.caller.renders.create(input as never));
		expect(error.data.code).toBe('BAD_REQUEST');
		expect(error.message).toContain(`${field}:`);
		expect(error.message).toContain(possible);
		expect(await context.db.render.count()).toBe(0);
	});

	it('sends backend auto to a local worker for a format only local renders deliver', async () => {
		const created = await context.caller.renders.create({ ...quote(), backend: 'auto', output: { format: 'mov-prores' } });
		expect(created.backend).toBe('local');
	});
});
