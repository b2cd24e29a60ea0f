/**
 * What a render can decode: video through Remotion's compositor (its ffmpeg build's decoders, listed with
 * `ffmpeg -decoders` in @remotion/compositor-linux-x64-gnu), still images through Chromium, audio through the compositor.
 */
export const PLAYABLE_VIDEO_CODECS = new Set([
	'h264',
	'hevc',
	'vp8',
	'vp9',
	'av1',
	'prores',
	'mpeg4',
	'mpeg1video',
	'mpeg2video',
	'h263',
	'theora',
	'vc1',
	'vp3',
	'mjpeg',
	'gif',
	'png',
	'rawvideo',
	'webp',
	'bmp',
]);

export const PLAYABLE_AUDIO_CODECS = new Set(['aac', 'mp3', 'opus', 'vorbis', 'flac', 'ac3']);

export const isPlayableAudioCodec = (codec: string) => PLAYABLE_AUDIO_CODECS.has(codec) || codec.startsWith('pcm_');
