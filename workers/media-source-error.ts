/** A clip, image or audio file named by a `src` prop that could not be loaded; `retryable` for passing faults. */
export class MediaSourceError extends Error {
	constructor(
		readonly src: string,
		readonly reason: string,
		readonly retryable: boolean,
	) {
		super(`Media ${JSON.stringify(src)} could not be loaded: ${reason}`);
		this.name = 'MediaSourceError';
	}
}
