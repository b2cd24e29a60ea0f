import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../core/db/project-root.js';
import { startTestStack, type TestStack } from '../support/start-test-stack.js';
import { makeTempDir } from '../support/temp-dir.js';

const execute = promisify(execFile);
/** tsc and npm print their errors on stdout: keep it in the failure. */
const run = (command: string, args: string[], options: { cwd?: string } = {}) =>
	execute(command, args, options).catch((error: Error & { stdout?: string; stderr?: string }) => {
		throw new Error(`${error.message}\n${error.stdout ?? ''}${error.stderr ?? ''}`);
	});
const packageDir = path.join(projectRoot, 'client');
const tsc = path.join(projectRoot, 'node_modules/typescript/bin/tsc');
let stack: TestStack;

beforeAll(async () => {
	stack = await startTestStack({ worker: false });
});
afterAll(async () => {
	await stack?.stop();
	fs.rmSync(path.join(packageDir, 'dist'), { recursive: true, force: true });
});

const CONSUMER = `import { createReelforgeClient, type Render, type Template } from '@reelforge/client';

const client = createReelforgeClient(process.argv[2] ?? '');
const templates: Template[] = (await client.templates.list.query()).items;
const render: Render = await client.renders.create.mutate({ template: 'quote-card', props: { quote: 'From a package.' } });
const again = await client.renders.get.query({ id: render.id });
const first = await new Promise<Render['status']>((resolve, reject) => {
	const subscription = client.renders.onProgress.subscribe(
		{ id: render.id },
		{ onData: ({ data }) => { subscription.unsubscribe(); resolve(data.status); }, onError: reject },
	);
});
// @ts-expect-error: ids are strings, and the published types say so (were they any, this line would fail the build)
void client.renders.get.query({ id: 42 }).catch(() => null);
console.log(JSON.stringify({ templates: templates.map((template) => template.id), status: render.status, same: again.id === render.id, first }));
`;

describe('@reelforge/client, packed and used outside the repository', () => {
	it('builds with tsc, packs with npm pack, type-checks a consumer and calls a real server from it', async () => {
		await run(process.execPath, [tsc, '-p', path.join(packageDir, 'tsconfig.build.json')]);
		const home = makeTempDir('client-package');
		const { stdout: packed } = await run('npm', ['pack', '--json', '--pack-destination', home], { cwd: packageDir });
		const [tarball] = JSON.parse(packed) as { filename: string; files: { path: string }[] }[];
		if (!tarball) throw new Error('npm pack made nothing');
		expect(tarball.files.map((file) => file.path).sort()).toEqual(
			expect.arrayContaining(['package.json', 'dist/reelforge-client.js', 'dist/reelforge-client.d.ts', 'dist/reelforge-api.d.ts']),
		);
		expect(tarball.files.every((file) => file.path === 'package.json' || file.path.startsWith('dist/'))).toBe(true);

		// A project of its own: the package unpacked into node_modules, its dependencies (and tsc's Node types) beside it.
		const project = path.join(home, 'consumer');
		const modules = path.join(project, 'node_modules');
		fs.mkdirSync(path.join(modules, '@reelforge'), { recursive: true });
		await run('tar', ['-xzf', path.join(home, tarball.filename), '-C', path.join(modules, '@reelforge')]);
		fs.renameSync(path.join(modules, '@reelforge', 'package'), path.join(modules, '@reelforge', 'client'));
		for (const dependency of ['@trpc/client', '@trpc/server', 'eventsource', '@types/node']) {
			fs.mkdirSync(path.dirname(path.join(modules, dependency)), { recursive: true });
			fs.symlinkSync(path.join(projectRoot, 'node_modules', dependency), path.join(modules, dependency));
		}
		fs.writeFileSync(path.join(project, 'package.json'), JSON.stringify({ name: 'consumer', type: 'module', private: true }));
		fs.writeFileSync(
			path.join(project, 'tsconfig.json'),
			JSON.stringify({
				compilerOptions: {
					target: 'ES2022',
					module: 'NodeNext',
					moduleResolution: 'NodeNext',
					strict: true,
					outDir: 'out',
					lib: ['ES2023', 'DOM'],
					types: ['node'],
				},
				files: ['main.ts'],
			}),
		);
		fs.writeFileSync(path.join(project, 'main.ts'), CONSUMER);
		await run(process.execPath, [tsc, '-p', project]);
		const { stdout } = await run(process.execPath, [path.join(project, 'out', 'main.js'), stack.api.url], { cwd: project });
		expect(JSON.parse(stdout)).toEqual({ templates: expect.arrayContaining(['quote-card', 'clip-story']), status: 'queued', same: true, first: 'queued' });
	});
});
