import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../core/db/project-root.js';
import { DEFAULT_WORKSPACE_ID } from '../../core/workspaces/default-workspace.js';
import { createApiKey } from '../../server/access/create-api-key.js';
import { ffprobeStreams } from '../support/ffprobe-streams.js';
import { startTestStack, type TestStack } from '../support/start-test-stack.js';
import { makeTempDir } from '../support/temp-dir.js';

const run = promisify(execFile);
const SECRET = 'python-webhook-secret-0123456789abcdef';
let stack: TestStack;

beforeAll(async () => {
	stack = await startTestStack({ webhookWorker: true, env: { WEBHOOK_SIGNING_SECRET: SECRET, REQUIRE_API_KEY: 'true' } });
});
afterAll(async () => {
	await stack?.stop();
});

describe('the generated Python client', () => {
	it('creates a render, follows it to done, downloads it with a Range request, lists templates and verifies the webhook', async () => {
		const key = (await createApiKey(stack.db, { workspaceId: DEFAULT_WORKSPACE_ID, name: 'python', scopes: ['render'], rateLimitPerMinute: 1000 })).secret;
		const video = path.join(makeTempDir('python'), 'from-python.mp4');
		// Only the generated module is on the path: the script can use nothing else of the repository.
		const { stdout } = await run('python3', [path.join(projectRoot, 'tests/integration/python-client-script.py'), stack.api.url, key, SECRET, video], {
			env: { PATH: process.env.PATH ?? '', PYTHONPATH: path.join(projectRoot, 'client/python'), PYTHONDONTWRITEBYTECODE: '1' },
			timeout: 150_000,
		});
		const seen = JSON.parse(stdout);
		expect(seen.templates).toContain('quote-card');
		expect(seen.refused).toEqual({ code: 'BAD_REQUEST', status: 400, message: expect.stringContaining('props.quote'), paths: ['props.quote'] });
		expect(seen.created).toBe('queued');
		expect(seen.followed.at(-1)).toBe('done');
		expect(seen.done).toMatchObject({ status: 'done', width: 216, height: 384 });
		expect(seen.range).toEqual({ status: 206, length: 1024, contentRange: `bytes 0-1023/${seen.done.outputSizeBytes}` });
		expect(seen.whole).toEqual({ status: 200, length: seen.done.outputSizeBytes });
		expect(seen.listed).toHaveLength(1);
		expect(seen.webhook).toMatchObject({ event: 'render.done', verified: true, tamperedVerified: false, wrongSecretVerified: false });
		const probed = await ffprobeStreams(video);
		expect(probed.video).toMatchObject({ codec_name: 'h264', width: 216, height: 384 });
	});
});
