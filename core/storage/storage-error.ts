/** Storage could not do what was asked; `retryable` for what may pass (S3 unavailable, a dropped connection). */
export class StorageError extends Error {
	constructor(
		message: string,
		readonly retryable: boolean,
	) {
		super(message);
		this.name = 'StorageError';
	}
}
