import { signPath } from './sign-path.js';

export type FileLinks = {
	/** A link to a stored object by its full key (as in /files/<key>) that works in a browser or a platform, without a key, until it expires. */
	fileUrl: (fullKey: string) => string;
	/** The same for a batch's zip of finished videos. */
	batchZipUrl: (batchId: string) => string;
	/** The same for a batch's results as CSV (one line per row). */
	batchResultsCsvUrl: (batchId: string) => string;
};

/** Signed, expiring links on `baseUrl` (PUBLIC_URL, else the API's own address; never a request's Host header). */
export const createFileLinks = ({
	baseUrl,
	secret,
	ttlSeconds,
	now = Date.now,
}: {
	baseUrl: string;
	secret: string;
	ttlSeconds: number;
	now?: () => number;
}): FileLinks => {
	const base = baseUrl.replace(/\/$/, '');
	const link = (path: string) => `${base}/${path}?${signPath(secret, path, Math.floor(now() / 1000) + ttlSeconds)}`;
	return {
		fileUrl: (fullKey) => link(`files/${fullKey.split('/').map(encodeURIComponent).join('/')}`),
		batchZipUrl: (batchId) => link(`batches/${encodeURIComponent(batchId)}/outputs.zip`),
		batchResultsCsvUrl: (batchId) => link(`batches/${encodeURIComponent(batchId)}/results.csv`),
	};
};
