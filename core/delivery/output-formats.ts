/** How the delivered file's audio is encoded: each container's usual codec, with its encoder delay signalled. */
export type DeliveredAudioCodec = 'aac' | 'opus' | 'pcm';

export type OutputFormatSpec = {
	description: string;
	/** Remotion's codec for the picture. */
	remotionCodec: 'h264' | 'h265' | 'vp9' | 'prores' | 'gif';
	extension: string;
	contentType: string;
	/** null: the format carries no sound (GIF). */
	audio: DeliveredAudioCodec | null;
	/** Pixel format of an opaque render, and of one with an alpha channel (null: the format has none). */
	pixelFormat: string;
	alphaPixelFormat: string | null;
	/** Whether frame ranges rendered apart can be joined without re-encoding the picture (Remotion joins H.264 in MPEG-TS). */
	joinsChunks: boolean;
	/**
	 * Whether Reelforge's Lambda path delivers it: Lambda joins its chunks with Remotion's seamless AAC join, whose
	 * encoder delay is measured (REMOTION_AAC_PRIMING_SAMPLES); other formats' joins on Lambda are not.
	 */
	onLambda: boolean;
};

/**
 * Every file format a render can be delivered in, declared once: the API's enum, the checks, the encoder and the
 * studio all follow this list.
 */
export const outputFormats = {
	'mp4-h264': {
		description: 'MP4, H.264 and AAC: plays everywhere (default)',
		remotionCodec: 'h264',
		extension: 'mp4',
		contentType: 'video/mp4',
		audio: 'aac',
		pixelFormat: 'yuv420p',
		alphaPixelFormat: null,
		joinsChunks: true,
		onLambda: true,
	},
	'mp4-h265': {
		description: 'MP4, H.265 (HEVC) and AAC: about half the size of H.264 at the same quality',
		remotionCodec: 'h265',
		extension: 'mp4',
		contentType: 'video/mp4',
		audio: 'aac',
		pixelFormat: 'yuv420p',
		alphaPixelFormat: null,
		joinsChunks: false,
		onLambda: false,
	},
	'webm-vp9': {
		description: 'WebM, VP9 and Opus: for the web; keeps transparency',
		remotionCodec: 'vp9',
		extension: 'webm',
		contentType: 'video/webm',
		audio: 'opus',
		pixelFormat: 'yuv420p',
		alphaPixelFormat: 'yuva420p',
		joinsChunks: false,
		onLambda: false,
	},
	'mov-prores': {
		description: 'QuickTime, ProRes 422 HQ (4444 with transparency) and PCM audio: for editors',
		remotionCodec: 'prores',
		extension: 'mov',
		contentType: 'video/quicktime',
		audio: 'pcm',
		pixelFormat: 'yuv422p10le',
		alphaPixelFormat: 'yuva444p10le',
		joinsChunks: false,
		onLambda: false,
	},
	gif: {
		description: 'Animated GIF, no sound: short loops only',
		remotionCodec: 'gif',
		extension: 'gif',
		contentType: 'image/gif',
		audio: null,
		pixelFormat: 'rgb24',
		alphaPixelFormat: null,
		joinsChunks: false,
		onLambda: false,
	},
} as const satisfies Record<string, OutputFormatSpec>;

export type OutputFormat = keyof typeof outputFormats;
export const outputFormatIds = Object.keys(outputFormats) as [OutputFormat, ...OutputFormat[]];
/** The formats that satisfy a predicate, quoted and joined, for an error message that says what is possible instead. */
export const formatsWhere = (predicate: (spec: OutputFormatSpec) => boolean): string =>
	outputFormatIds
		.filter((id) => predicate(outputFormats[id]))
		.map((id) => `"${id}"`)
		.join(', ');
