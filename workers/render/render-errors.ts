import { StorageError } from '../../core/storage/storage-error.js';
import { TranscriptionError } from '../../core/transcription/transcription-provider.js';
import { VoiceoverError } from '../../core/voiceover/voiceover-provider.js';
import { MediaSourceError } from './media/media-source-error.js';

/** The render was cancelled by a user; never retried. */
export class RenderCancelledError extends Error {
	constructor(renderId: string) {
		super(`Render ${renderId} was cancelled`);
		this.name = 'RenderCancelledError';
	}
}

/** Props that do not fit the template, or a template that does not exist; never retried. */
export class RenderInputError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'RenderInputError';
	}
}

/** Decides whether another attempt can succeed where this one failed. */
export const isRetryableRenderError = (error: unknown): boolean => {
	// The user asked for it to stop, or the input is wrong: the same input fails the same way.
	if (error instanceof RenderCancelledError || error instanceof RenderInputError) return false;
	// A 404 stays a 404; a timeout or a 503 may pass.
	if (error instanceof MediaSourceError) return error.retryable;
	// A bad API key or an exhausted quota stays so; a rate limit or an outage passes.
	if (error instanceof VoiceoverError) return error.retryable;
	// The same for speech-to-text: a missing model or an unsupported language stays so, a 429 or a 503 passes.
	if (error instanceof TranscriptionError) return error.retryable;
	// A missing bucket or refused credentials stay so; an outage or a dropped connection passes.
	if (error instanceof StorageError) return error.retryable;
	// Anything else (browser crash, ffmpeg failure, full disk, lost connection) is worth another try.
	return true;
};
