import { execFile } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../core/db/project-root.js';
import { probeMedia } from '../../core/media/probe-media.js';
import { smallCaptionedClipProps } from '../support/start-test-stack.js';
import { makeTempDir, sharedBundleCacheDir } from '../support/temp-dir.js';

const run = promisify(execFile);
const cli = path.join(projectRoot, 'bin/reelforge.js');
const cleanEnv = (home: string) => {
	const { REDIS_URL: _redis, DATABASE_URL: _db, ...rest } = process.env;
	return { ...rest, REELFORGE_HOME: home, BUNDLE_CACHE_DIR: sharedBundleCacheDir, LOG_LEVEL: 'warn' };
};

describe('the reelforge command', () => {
	it('render: renders one video in-process without Redis and prints its path', async () => {
		const home = makeTempDir('cli-render');
		const propsFile = path.join(home, 'props.json');
		fs.writeFileSync(propsFile, JSON.stringify(smallCaptionedClipProps('storage:samples/sample-clip.mp4', 1)));
		const { stdout } = await run(process.execPath, [cli, 'render', 'captioned-clip', '--props', propsFile, '--scale', '0.25'], { env: cleanEnv(home) });
		const file = stdout.trim();
		expect(file).toMatch(new RegExp(`^${home}/storage/renders/[0-9a-f-]+\\.mp4$`));
		const probe = await probeMedia(file);
		expect(probe.video).toMatchObject({ width: 270, height: 480 });
		expect(probe.durationSeconds).toBeCloseTo(1, 1);
		expect(fs.existsSync(path.join(home, 'redis'))).toBe(false);
	});

	it('render: rejects invalid props naming the field, with a non-zero exit', async () => {
		const home = makeTempDir('cli-bad');
		const failure = await run(process.execPath, [cli, 'render', 'captioned-clip', '--props-json', '{"background":{"src":"ftp://x"},"captions":{}}'], {
			env: cleanEnv(home),
		}).then(
			() => null,
			(error: { code: number; stderr: string }) => error,
		);
		expect(failure?.code).toBe(1);
		expect(failure?.stderr).toContain('props.background.src: must be an http(s) URL or storage:<key> (a key without .., absolute or hidden segments)');
	});

	it('demo: starts its own Redis, API and worker, renders the sample through the API and prints the MP4 path', async () => {
		const home = makeTempDir('cli-demo');
		const { stdout } = await run(process.execPath, [cli, 'demo', '--scale', '0.25'], { env: cleanEnv(home) });
		const lines = stdout.trim().split('\n');
		expect(lines[0]).toMatch(/^Submitted render [0-9a-f-]+ through http:\/\/127\.0\.0\.1:\d+\/trpc$/);
		const file = lines.at(-1) ?? '';
		expect(file).toMatch(new RegExp(`^${home}/storage/renders/[0-9a-f-]+\\.mp4$`));
		const probe = await probeMedia(file);
		expect(probe.video).toMatchObject({ codec: 'h264', width: 270, height: 480 });
		expect(probe.audio).not.toBeNull();
		// The demo stops the Redis it started.
		const { port } = new URL(fs.readFileSync(path.join(home, 'redis', 'redis.url'), 'utf8'));
		const connected = await new Promise((resolve) => {
			const socket = net.connect(Number(port), '127.0.0.1', () => resolve(true)).on('error', () => resolve(false));
			socket.unref();
		});
		expect(connected).toBe(false);
	});
});
