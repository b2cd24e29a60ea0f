import fs from 'node:fs';
import type { Logger } from '../log/create-logger.js';
import { isPlayableAudioCodec, PLAYABLE_VIDEO_CODECS } from './playable-codecs.js';
import { type MediaProbe, probeMedia } from './probe-media.js';

export type MediaFileVerdict = { ok: true; probe: MediaProbe } | { ok: false; kind: 'not-media' | 'unsupported-codec'; reason: string };

/** What the first bytes say a file is, for a reason a person recognises ("an HTML page", "a JSON document"). */
const lookOf = (file: string): string | null => {
	const handle = fs.openSync(file, 'r');
	try {
		const head = Buffer.alloc(512);
		const read = fs.readSync(handle, head, 0, head.length, 0);
		const text = head.subarray(0, read).toString('utf8').trimStart().toLowerCase();
		if (read === 0) return 'an empty file';
		if (text.startsWith('<!doctype html') || text.startsWith('<html') || text.includes('<body')) return 'an HTML page';
		if (text.startsWith('{') || text.startsWith('[')) return 'a JSON document';
		if (text.startsWith('<?xml') || text.startsWith('<svg')) return 'an XML or SVG document';
		return null;
	} finally {
		fs.closeSync(handle);
	}
};

/**
 * Whether a fetched media file is something a render can play, and if not, why in one line ("not a video, image or
 * audio file (it looks like an HTML page)", "its video codec cinepak is not supported"). ffprobe's own output goes to the
 * log only: it names server paths and says nothing a user can act on.
 */
export const classifyMediaFile = async (file: string, logger?: Pick<Logger, 'warn'>): Promise<MediaFileVerdict> => {
	let probe: MediaProbe;
	try {
		probe = await probeMedia(file);
	} catch (error) {
		logger?.warn('ffprobe could not read a media file', { file, error: error instanceof Error ? error.message.slice(0, 2000) : String(error) });
		const look = lookOf(file);
		return { ok: false, kind: 'not-media', reason: `it is not a video, image or audio file${look ? ` (it looks like ${look})` : ''}` };
	}
	if (!probe.video && !probe.audio) return { ok: false, kind: 'not-media', reason: 'it has no video, image or audio in it' };
	if (probe.video && !PLAYABLE_VIDEO_CODECS.has(probe.video.codec)) {
		return { ok: false, kind: 'unsupported-codec', reason: `its video codec ${probe.video.codec} is not supported (use H.264, HEVC, VP8, VP9, AV1 or ProRes)` };
	}
	if (!probe.video && probe.audio && !isPlayableAudioCodec(probe.audio.codec)) {
		return { ok: false, kind: 'unsupported-codec', reason: `its audio codec ${probe.audio.codec} is not supported (use AAC, MP3, Opus, Vorbis, FLAC or PCM)` };
	}
	return { ok: true, probe };
};
