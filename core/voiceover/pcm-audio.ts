import { spawn } from 'node:child_process';
import { mediaBinary } from '../media/media-binaries.js';

/** All voiceover audio is handled as 48 kHz mono 16-bit PCM: sample-exact offsets, lossless gain. */
export const PCM_SAMPLE_RATE = 48_000;

const runFfmpeg = (args: string[], input: Buffer): Promise<{ stdout: Buffer; stderr: string }> =>
	new Promise((resolve, reject) => {
		const child = spawn(mediaBinary('ffmpeg'), args, { stdio: ['pipe', 'pipe', 'pipe'] });
		const out: Buffer[] = [];
		let stderr = '';
		child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
		child.stderr.on('data', (chunk: Buffer) => {
			stderr += chunk.toString();
		});
		child.on('error', reject);
		child.on('close', (code) =>
			code === 0 ? resolve({ stdout: Buffer.concat(out), stderr }) : reject(new Error(`ffmpeg exited with ${code}: ${stderr.slice(-500)}`)),
		);
		child.stdin.on('error', () => {});
		child.stdin.end(input);
	});

/** The samples of a 16-bit PCM WAV; a piped WAV has no valid sizes, so the data runs to the end of the buffer. */
const wavSamples = (wav: Buffer): Int16Array => {
	let at = 12;
	while (at + 8 <= wav.length) {
		const id = wav.toString('ascii', at, at + 4);
		const size = wav.readUInt32LE(at + 4);
		if (id === 'data') {
			const data = wav.subarray(at + 8);
			const copy = Buffer.from(data.subarray(0, data.length - (data.length % 2)));
			return new Int16Array(copy.buffer, copy.byteOffset, copy.length / 2);
		}
		at += 8 + size + (size % 2);
	}
	throw new Error('ffmpeg produced a WAV without a data chunk');
};

/** Decodes any audio ffmpeg reads (wav, mp3, …) to 48 kHz mono PCM samples. */
export const decodeToPcm = async (audio: Buffer): Promise<Int16Array> => {
	// The bundled ffmpeg has no raw s16le muxer; WAV it is.
	const args = [
		'-v',
		'error',
		'-i',
		'pipe:0',
		'-map_metadata',
		'-1',
		'-fflags',
		'+bitexact',
		'-c:a',
		'pcm_s16le',
		'-ac',
		'1',
		'-ar',
		String(PCM_SAMPLE_RATE),
		'-f',
		'wav',
		'pipe:1',
	];
	const { stdout } = await runFfmpeg(args, audio);
	return wavSamples(stdout);
};

/** Integrated loudness (LUFS) and true peak (dBTP), as ffmpeg's loudnorm filter measures them (EBU R128). */
export const measureLoudness = async (samples: Int16Array): Promise<{ integratedLufs: number; truePeakDb: number }> => {
	const pcm = Buffer.from(samples.buffer, samples.byteOffset, samples.byteLength);
	const { stderr } = await runFfmpeg(
		['-hide_banner', '-f', 's16le', '-ac', '1', '-ar', String(PCM_SAMPLE_RATE), '-i', 'pipe:0', '-af', 'loudnorm=print_format=json', '-f', 'null', '-'],
		pcm,
	);
	const json = stderr.slice(stderr.lastIndexOf('{'), stderr.lastIndexOf('}') + 1);
	const parsed = JSON.parse(json) as { input_i: string; input_tp: string };
	return { integratedLufs: Number(parsed.input_i), truePeakDb: Number(parsed.input_tp) };
};
