/** Why a medium could not be used, for people and for retries. */
export type MediaFailureKind = 'not-found' | 'not-media' | 'unsupported-codec' | 'damaged' | 'timeout' | 'refused-by-policy' | 'too-large' | 'unavailable';

/** A clip, image or audio file named by a `src` prop that could not be loaded; `retryable` for passing faults. */
export class MediaSourceError extends Error {
	constructor(
		readonly src: string,
		readonly reason: string,
		readonly retryable: boolean,
		readonly kind: MediaFailureKind = retryable ? 'unavailable' : 'not-found',
	) {
		super(`Media ${JSON.stringify(src.slice(0, 300))} could not be loaded: ${reason}`);
		this.name = 'MediaSourceError';
	}
}
