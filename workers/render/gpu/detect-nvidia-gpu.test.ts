import { describe, expect, it } from 'vitest';
import { type DetectNvidiaGpuDeps, detectNvidiaGpu, encodeFailureOf, encodeProbeArgs, systemGpuDeps } from './detect-nvidia-gpu.js';
import { encoderSettings } from './encoder-settings.js';
import { GpuRequiredError, resolveGpu } from './resolve-gpu.js';

const SMI_OUT = 'NVIDIA H100 80GB HBM3, 550.54.15\n';
const LDCONFIG_WITH_CUDA = '\tlibcuda.so.1 (libc6,x86-64) => /usr/lib/x86_64-linux-gnu/libcuda.so.1\n';

// What ffmpeg prints when the card has no encoder (an H100: NVDEC, no NVENC).
const NO_NVENC_STDERR =
	'[h264_nvenc @ 0x55d0] OpenEncodeSessionEx failed: unsupported device (2): (no details)\nError initializing output stream 0:0 -- Error while opening encoder\n';

const deps = ({ smi = true, ldconfig = '', files = [] as string[], env = {}, nvenc = false } = {}): DetectNvidiaGpuDeps & { calls: string[] } => {
	const calls: string[] = [];
	return {
		calls,
		ffmpeg: '/opt/remotion/ffmpeg',
		probeImage: () => '/tmp/probe.png',
		run: async (file, args) => {
			calls.push(file);
			// The NVENC probe's boundary: a real encode, replaced here by what ffmpeg answers on each kind of card.
			if (file === '/opt/remotion/ffmpeg') {
				expect(args).toContain('h264_nvenc');
				if (nvenc) return '';
				throw Object.assign(new Error(`Command failed: ${file} ${args.join(' ')}`), { stderr: NO_NVENC_STDERR });
			}
			if (file === 'nvidia-smi') {
				if (!smi) throw new Error('spawn nvidia-smi ENOENT');
				return SMI_OUT;
			}
			if (file === 'ldconfig') return ldconfig;
			throw new Error(`unexpected ${file}`);
		},
		fileExists: (file) => files.includes(file),
		env,
	};
};

describe('detectNvidiaGpu', () => {
	it('is not usable without nvidia-smi', async () => {
		const gpu = await detectNvidiaGpu(deps({ smi: false, ldconfig: LDCONFIG_WITH_CUDA }));
		expect(gpu.usable).toBe(false);
		expect(gpu.reason).toMatch(/nvidia-smi.*ENOENT/);
	});

	it('is not usable when nvidia-smi works but libcuda.so.1 cannot be found', async () => {
		const gpu = await detectNvidiaGpu(deps({ ldconfig: '\tlibc.so.6 (libc6,x86-64) => /lib/libc.so.6\n' }));
		expect(gpu).toMatchObject({ usable: false, name: 'NVIDIA H100 80GB HBM3', driver: '550.54.15' });
		expect(gpu.reason).toContain('libcuda.so.1');
	});

	it('is usable with nvidia-smi and libcuda.so.1 listed by ldconfig', async () => {
		const gpu = await detectNvidiaGpu(deps({ ldconfig: LDCONFIG_WITH_CUDA }));
		expect(gpu).toMatchObject({ usable: true, name: 'NVIDIA H100 80GB HBM3', driver: '550.54.15' });
	});

	it('keeps the GPU for rasterisation but encodes with x264 when a GPU is present and its NVENC test encode fails', async () => {
		const d = deps({ ldconfig: LDCONFIG_WITH_CUDA, nvenc: false });
		const gpu = await detectNvidiaGpu(d);
		expect(d.calls).toContain('/opt/remotion/ffmpeg');
		expect(gpu).toMatchObject({ usable: true, name: 'NVIDIA H100 80GB HBM3', nvenc: { usable: false } });
		expect(gpu.nvenc?.reason).toBe(
			'a test encode with h264_nvenc failed, encoding with x264: OpenEncodeSessionEx failed: unsupported device (2): (no details)',
		);
		const settings = encoderSettings(gpu, { crf: 20 }, { width: 1080, height: 1920 }, 'veryfast');
		expect(settings).toMatchObject({ encoder: 'libx264', hardwareAcceleration: 'disable', crf: 20, x264Preset: 'veryfast' });
		expect(settings.chromiumOptions).toEqual({ gl: 'angle-egl' });
	});

	it('encodes with NVENC when its test encode works', async () => {
		const gpu = await detectNvidiaGpu(deps({ ldconfig: LDCONFIG_WITH_CUDA, nvenc: true }));
		expect(gpu.nvenc).toEqual({ usable: true, reason: 'a test encode with h264_nvenc worked' });
		expect(encoderSettings(gpu, {}, { width: 1080, height: 1920 }).encoder).toBe('h264_nvenc');
	});

	it('falls back cleanly on this machine: real detection never throws and picks x264 unless a test encode worked', async () => {
		const gpu = await detectNvidiaGpu(systemGpuDeps({}));
		const settings = encoderSettings(gpu, { crf: 20 }, { width: 1080, height: 1920 });
		expect(settings.encoder).toBe(gpu.usable && gpu.nvenc?.usable ? 'h264_nvenc' : 'libx264');
		if (!gpu.usable) expect(settings).toMatchObject({ hardwareAcceleration: 'disable', chromiumOptions: {} });
	});

	it('runs a test encode the bundled ffmpeg can do (x264 here), and says why NVENC cannot where there is no GPU', async () => {
		const system = systemGpuDeps({});
		await expect(system.run(system.ffmpeg, encodeProbeArgs(system.probeImage(), 'libx264'))).resolves.toBeDefined();
		const failed = await system.run(system.ffmpeg, encodeProbeArgs(system.probeImage(), 'h264_nvenc')).then(
			() => null,
			(error: unknown) => error,
		);
		// A machine with a working NVENC passes; everywhere else the reason is ffmpeg's own line about the encoder.
		if (failed !== null) expect(encodeFailureOf(failed)).toMatch(/libcuda|OpenEncodeSession|No capable devices|nvenc/i);
	});

	it('finds libcuda.so.1 at a known path when ldconfig does not list it', async () => {
		const gpu = await detectNvidiaGpu(deps({ files: ['/usr/local/nvidia/lib64/libcuda.so.1'] }));
		expect(gpu.usable).toBe(true);
	});

	it('is not usable when nvidia-smi lists no GPU', async () => {
		const d = deps({ ldconfig: LDCONFIG_WITH_CUDA });
		const gpu = await detectNvidiaGpu({ ...d, run: async () => '' });
		expect(gpu.usable).toBe(false);
		expect(gpu.reason).toContain('no GPU');
	});

	it('asks nothing of the system when REELFORGE_DISABLE_GPU is set', async () => {
		const d = deps({ ldconfig: LDCONFIG_WITH_CUDA, env: { REELFORGE_DISABLE_GPU: '1' } });
		const gpu = await detectNvidiaGpu(d);
		expect(gpu).toEqual({ usable: false, reason: 'REELFORGE_DISABLE_GPU is set' });
		expect(d.calls).toEqual([]);
	});

	it('ignores REELFORGE_DISABLE_GPU=0', async () => {
		const gpu = await detectNvidiaGpu(deps({ ldconfig: LDCONFIG_WITH_CUDA, env: { REELFORGE_DISABLE_GPU: '0' } }));
		expect(gpu.usable).toBe(true);
	});
});

describe('resolveGpu', () => {
	it('skips detection when the GPU is off', async () => {
		const d = deps({ ldconfig: LDCONFIG_WITH_CUDA });
		expect(await resolveGpu({ mode: 'off', disabled: false }, d)).toMatchObject({ usable: false });
		expect(d.calls).toEqual([]);
	});

	it('refuses to start when a GPU is required and none is usable, naming the reason', async () => {
		await expect(resolveGpu({ mode: 'required', disabled: false }, deps({ smi: false }))).rejects.toThrow(GpuRequiredError);
		await expect(resolveGpu({ mode: 'required', disabled: false }, deps())).rejects.toThrow(/REELFORGE_GPU=required.*libcuda\.so\.1/);
	});
});

describe('encoderSettings', () => {
	const gpu = { usable: true, reason: 'ok', name: 'L4', driver: '550', nvenc: { usable: true, reason: 'a test encode with h264_nvenc worked' } };
	const noGpu = { usable: false, reason: 'nvidia-smi failed' };

	it('uses NVENC with GPU rasterisation and a bitrate by resolution on a usable GPU', () => {
		expect(encoderSettings(gpu, { crf: 20 }, { width: 1080, height: 1920 }, 'veryfast')).toEqual({
			encoder: 'h264_nvenc',
			hardwareAcceleration: 'required',
			chromiumOptions: { gl: 'angle-egl' },
			videoBitrate: '8M',
			crf: undefined,
			// NVENC has presets of its own; an x264 one would make Remotion refuse the render.
			x264Preset: null,
		});
		expect(encoderSettings(gpu, {}, { width: 270, height: 480 }).videoBitrate).toBe('2500k');
	});

	it('keeps the requested bitrate on NVENC', () => {
		expect(encoderSettings(gpu, { videoBitrate: '12M' }, { width: 1080, height: 1920 }).videoBitrate).toBe('12M');
	});

	it('uses x264 with crf and no GL flag without a GPU', () => {
		expect(encoderSettings(noGpu, { crf: 20 }, { width: 1080, height: 1920 }, 'veryfast')).toEqual({
			encoder: 'libx264',
			hardwareAcceleration: 'disable',
			chromiumOptions: {},
			videoBitrate: null,
			crf: 20,
			x264Preset: 'veryfast',
		});
		expect(encoderSettings(noGpu, {}, { width: 1080, height: 1920 }).x264Preset).toBe('medium');
	});

	it('uses the requested bitrate instead of crf on x264', () => {
		expect(encoderSettings(noGpu, { crf: 20, videoBitrate: '4M' }, { width: 1080, height: 1920 })).toMatchObject({
			videoBitrate: '4M',
			crf: undefined,
		});
	});
});
