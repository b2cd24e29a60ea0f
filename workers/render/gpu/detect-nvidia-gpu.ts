import { execFile } from 'node:child_process';
import fs from 'node:fs';
import { promisify } from 'node:util';

export type NvidiaGpu = { usable: boolean; reason: string; name?: string; driver?: string };

/** Runs a program and resolves with its stdout; rejects when it cannot be started or exits non-zero. */
export type RunCommand = (file: string, args: string[]) => Promise<string>;

export type DetectNvidiaGpuDeps = {
	run: RunCommand;
	fileExists: (file: string) => boolean;
	env: { REELFORGE_DISABLE_GPU?: string | undefined };
};

// Where distributions and the NVIDIA container toolkit put the driver's CUDA library when ldconfig does not list it.
const LIBCUDA_PATHS = [
	'/usr/lib/x86_64-linux-gnu/libcuda.so.1',
	'/usr/lib64/libcuda.so.1',
	'/usr/lib/libcuda.so.1',
	'/usr/local/nvidia/lib64/libcuda.so.1',
	'/usr/lib/wsl/lib/libcuda.so.1',
];

const firstLine = (text: string) => text.split('\n').find((line) => line.trim() !== '') ?? '';
const messageOf = (error: unknown) => firstLine(error instanceof Error ? error.message : String(error)).slice(0, 200);

const hasLibcuda = async ({ run, fileExists }: DetectNvidiaGpuDeps): Promise<boolean> => {
	const listed = await run('ldconfig', ['-p']).then(
		(out) => /\blibcuda\.so\.1\b/.test(out),
		() => false,
	);
	return listed || LIBCUDA_PATHS.some((file) => fileExists(file));
};

/**
 * Whether NVENC can be used here. ffmpeg lists h264_nvenc whether or not there is a GPU, and NVENC crashes
 * without libcuda.so.1, so this asks the driver (nvidia-smi) and looks for the library itself.
 */
export const detectNvidiaGpu = async (deps: DetectNvidiaGpuDeps): Promise<NvidiaGpu> => {
	const disabled = deps.env.REELFORGE_DISABLE_GPU;
	if (disabled !== undefined && disabled !== '' && !/^(0|false)$/i.test(disabled)) {
		return { usable: false, reason: 'REELFORGE_DISABLE_GPU is set' };
	}
	let smi: string;
	try {
		smi = await deps.run('nvidia-smi', ['--query-gpu=name,driver_version', '--format=csv,noheader']);
	} catch (error) {
		return { usable: false, reason: `nvidia-smi failed or is not installed: ${messageOf(error)}` };
	}
	const [name, driver] = firstLine(smi)
		.split(',')
		.map((part) => part.trim());
	if (!name || !driver) return { usable: false, reason: `nvidia-smi listed no GPU (output: ${JSON.stringify(firstLine(smi))})` };
	if (!(await hasLibcuda(deps))) {
		return { usable: false, reason: `${name} found, but libcuda.so.1 is not loadable (not in ldconfig -p nor the usual paths)`, name, driver };
	}
	return { usable: true, reason: `${name}, driver ${driver}, libcuda.so.1 present`, name, driver };
};

const execFileAsync = promisify(execFile);

/** The real dependencies: runs programs with a timeout so a hung driver cannot stop a worker from starting. */
export const systemGpuDeps = (env: DetectNvidiaGpuDeps['env']): DetectNvidiaGpuDeps => ({
	run: async (file, args) => (await execFileAsync(file, args, { timeout: 10_000, maxBuffer: 4 * 1024 * 1024 })).stdout,
	fileExists: (file) => fs.existsSync(file),
	env,
});
