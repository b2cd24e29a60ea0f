import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { encodePng } from '../../../core/media/encode-png.js';
import { mediaBinary } from '../../../core/media/media-binaries.js';

/**
 * `usable`: an NVIDIA GPU and its driver are here (Chromium can rasterise on it, ffmpeg can decode with NVDEC).
 * `nvenc`: a real H.264 encode on it worked. Datacenter parts (A100, H100, H200) have no NVENC, so the two differ;
 * absent means not probed, which counts as no NVENC.
 */
export type NvidiaGpu = { usable: boolean; reason: string; name?: string; driver?: string; nvenc?: { usable: boolean; reason: string } };

/** Runs a program and resolves with its stdout; rejects when it cannot be started or exits non-zero. */
export type RunCommand = (file: string, args: string[]) => Promise<string>;

export type DetectNvidiaGpuDeps = {
	run: RunCommand;
	/** The ffmpeg that renders use (its h264_nvenc is what a render would get). */
	ffmpeg: string;
	/** A small PNG for the test encode. */
	probeImage: () => string;
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

/** ffmpeg says why on the encoder's own first line ("[h264_nvenc @ 0x…] OpenEncodeSessionEx failed: …"); the error's first line is the command. */
export const encodeFailureOf = (error: unknown): string => {
	const stderr = (error as { stderr?: unknown }).stderr;
	const lines = typeof stderr === 'string' ? stderr.split('\n').filter((line) => line.trim() !== '') : [];
	const own = lines.find((line) => /^\[h264_nvenc @ [^\]]+\]/.test(line)) ?? lines.at(-1);
	return own
		? own
				.replace(/^\[[^\]]+\]\s*/, '')
				.trim()
				.slice(0, 200)
		: messageOf(error);
};

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
	const nvenc = await probeNvenc(deps);
	return { usable: true, reason: `${name}, driver ${driver}, libcuda.so.1 present`, name, driver, nvenc };
};

/**
 * The test encode: three frames of a small still through `codec` into nothing. The bundled ffmpeg has no lavfi
 * decoder for generated frames (wrapped_avframe), so the input is a PNG it can read.
 */
export const encodeProbeArgs = (png: string, codec: string): string[] => [
	'-v',
	'error',
	'-nostdin',
	'-loop',
	'1',
	'-i',
	png,
	'-frames:v',
	'3',
	'-vf',
	'format=yuv420p',
	'-c:v',
	codec,
	'-f',
	'null',
	'-',
];

/**
 * Encodes three tiny frames with h264_nvenc: nvidia-smi answering and libcuda loading do not mean the card has an
 * encoder, and a render that finds none fails only when it encodes.
 */
const probeNvenc = async ({ run, ffmpeg, probeImage }: DetectNvidiaGpuDeps): Promise<{ usable: boolean; reason: string }> => {
	try {
		await run(ffmpeg, encodeProbeArgs(probeImage(), 'h264_nvenc'));
		return { usable: true, reason: 'a test encode with h264_nvenc worked' };
	} catch (error) {
		return { usable: false, reason: `a test encode with h264_nvenc failed, encoding with x264: ${encodeFailureOf(error)}` };
	}
};

const execFileAsync = promisify(execFile);

/** The real dependencies: runs programs with a timeout so a hung driver cannot stop a worker from starting. */
export const systemGpuDeps = (env: DetectNvidiaGpuDeps['env']): DetectNvidiaGpuDeps => ({
	ffmpeg: mediaBinary('ffmpeg'),
	probeImage: () => {
		const file = path.join(os.tmpdir(), 'reelforge-nvenc-probe.png');
		if (!fs.existsSync(file)) fs.writeFileSync(file, encodePng(Buffer.alloc(256 * 256 * 3, 64), 256, 256));
		return file;
	},
	run: async (file, args) => (await execFileAsync(file, args, { timeout: 10_000, maxBuffer: 4 * 1024 * 1024 })).stdout,
	fileExists: (file) => fs.existsSync(file),
	env,
});
