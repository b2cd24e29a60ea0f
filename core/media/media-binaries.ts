import { RenderInternals } from '@remotion/renderer';

/** The ffmpeg/ffprobe that ship with Remotion's compositor package: same build everywhere, no apt needed. */
export const mediaBinary = (bin: 'ffmpeg' | 'ffprobe'): string =>
	RenderInternals.getExecutablePath({ type: bin, indent: false, logLevel: 'error', binariesDirectory: null });
