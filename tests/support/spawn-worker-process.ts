import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { projectRoot } from '../../core/db/project-root.js';

export type WorkerProcess = { child: ChildProcess; pid: number; output: () => string; exited: Promise<number | null> };

/** Starts `reelforge worker` as its own process and resolves once it reports ready. */
export const spawnWorkerProcess = async (env: Record<string, string>): Promise<WorkerProcess> => {
	const child = spawn(process.execPath, [path.join(projectRoot, 'bin/reelforge.js'), 'worker'], {
		env: { ...process.env, ...env, LOG_LEVEL: 'info' },
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	let output = '';
	child.stdout?.on('data', (chunk: Buffer) => {
		output += chunk.toString();
	});
	child.stderr?.on('data', (chunk: Buffer) => {
		output += chunk.toString();
	});
	const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
	const deadline = Date.now() + 60_000;
	while (!output.includes('worker ready')) {
		if (child.exitCode !== null) throw new Error(`worker exited with ${child.exitCode}:\n${output}`);
		if (Date.now() > deadline) throw new Error(`worker did not start:\n${output}`);
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
	return { child, pid: child.pid ?? -1, output: () => output, exited };
};
