import { StorageError } from '../../core/storage/storage-error.js';
import { TranscriptionError } from '../../core/transcription/transcription-provider.js';
import { VoiceoverError } from '../../core/voiceover/voiceover-provider.js';
import { MediaSourceError } from './media/media-source-error.js';
import { RenderCancelledError, RenderInputError } from './render-errors.js';

const MAX_LENGTH = 400;

/** Loopback media URLs (the worker's own asset server) and absolute paths say nothing to a user and name the server's insides. */
const scrub = (line: string) =>
	line
		.replace(/https?:\/\/(?:127\.0\.0\.1|localhost):\d+\/[\w-]{36}\/([^\s"')]+)/g, (_url, name: string) => decodeURIComponent(name))
		.replace(/(?<![\w:/])\/(?:[\w.@+-]+\/)+([\w.@+-]+)/g, '$1');

/**
 * What a failed render says to its owner, in one line: our own errors as they are (they were written for people),
 * anything from Remotion, Chromium or ffmpeg as its first line with server paths and loopback URLs taken out. The whole
 * error goes to the log.
 */
export const renderFailureMessageOf = (error: unknown): string => {
	if (
		error instanceof MediaSourceError ||
		error instanceof VoiceoverError ||
		error instanceof TranscriptionError ||
		error instanceof StorageError ||
		error instanceof RenderInputError ||
		error instanceof RenderCancelledError
	) {
		return error.message.split('\n')[0]?.slice(0, MAX_LENGTH) ?? error.message;
	}
	const text = error instanceof Error ? error.message : String(error);
	const first = text.split('\n').find((line) => line.trim() !== '') ?? 'unknown error';
	return `Rendering failed: ${scrub(first.trim()).replace(/^Error:\s*/, '')}`.slice(0, MAX_LENGTH);
};
