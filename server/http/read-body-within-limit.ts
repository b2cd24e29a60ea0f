import type http from 'node:http';

/**
 * The request body, or null as soon as it is known to be over `maxBytes`: from Content-Length before reading anything,
 * else by counting the bytes as they stream in (chunked bodies declare no length). The rest of an oversize body is left unread.
 */
export const readBodyWithinLimit = (req: http.IncomingMessage, maxBytes: number): Promise<Buffer | null> => {
	const declared = Number(req.headers['content-length']);
	if (Number.isFinite(declared) && declared > maxBytes) return Promise.resolve(null);
	return new Promise<Buffer | null>((resolve, reject) => {
		const chunks: Buffer[] = [];
		let size = 0;
		const cleanup = () => {
			req.off('data', onData);
			req.off('end', onEnd);
			req.off('error', onError);
		};
		const onData = (chunk: Buffer) => {
			size += chunk.length;
			if (size > maxBytes) {
				cleanup();
				req.pause();
				resolve(null);
				return;
			}
			chunks.push(chunk);
		};
		const onEnd = () => {
			cleanup();
			resolve(Buffer.concat(chunks));
		};
		const onError = (error: Error) => {
			cleanup();
			reject(error);
		};
		req.on('data', onData);
		req.on('end', onEnd);
		req.on('error', onError);
	});
};
