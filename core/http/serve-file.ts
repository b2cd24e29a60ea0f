import fs from 'node:fs';
import type http from 'node:http';
import path from 'node:path';

const contentTypes: Record<string, string> = {
	'.mp4': 'video/mp4',
	'.webm': 'video/webm',
	'.mov': 'video/quicktime',
	'.mp3': 'audio/mpeg',
	'.wav': 'audio/wav',
	'.m4a': 'audio/mp4',
	'.png': 'image/png',
	'.jpg': 'image/jpeg',
	'.jpeg': 'image/jpeg',
	'.webp': 'image/webp',
	'.gif': 'image/gif',
};

const parseRange = (header: string, size: number): { start: number; end: number } | null => {
	const match = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
	if (!match || (match[1] === '' && match[2] === '')) return null;
	if (match[1] === '') {
		const suffix = Number(match[2]);
		return suffix === 0 ? null : { start: Math.max(0, size - suffix), end: size - 1 };
	}
	const start = Number(match[1]);
	const end = match[2] === '' ? size - 1 : Math.min(Number(match[2]), size - 1);
	return start <= end && start < size ? { start, end } : null;
};

/** Streams a file with byte-range support (video players seek with Range) and a weak ETag for caching. */
export const serveFile = async (req: http.IncomingMessage, res: http.ServerResponse, filePath: string): Promise<void> => {
	const stat = await fs.promises.stat(filePath).catch(() => null);
	if (!stat?.isFile()) {
		res.writeHead(404, { 'content-type': 'application/json' }).end(JSON.stringify({ error: { code: 'NOT_FOUND', message: 'No such file' } }));
		return;
	}
	const etag = `W/"${stat.size.toString(16)}-${Math.floor(stat.mtimeMs).toString(16)}"`;
	const headers: http.OutgoingHttpHeaders = {
		'content-type': contentTypes[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream',
		'accept-ranges': 'bytes',
		etag,
		'last-modified': stat.mtime.toUTCString(),
		'cache-control': 'private, max-age=3600',
	};
	if (req.headers['if-none-match'] === etag) {
		res.writeHead(304, headers).end();
		return;
	}
	const rangeHeader = req.headers.range;
	const range = rangeHeader ? parseRange(rangeHeader, stat.size) : null;
	if (rangeHeader && !range) {
		res.writeHead(416, { ...headers, 'content-range': `bytes */${stat.size}` }).end();
		return;
	}
	const { start, end } = range ?? { start: 0, end: stat.size - 1 };
	res.writeHead(range ? 206 : 200, {
		...headers,
		'content-length': stat.size === 0 ? 0 : end - start + 1,
		...(range ? { 'content-range': `bytes ${start}-${end}/${stat.size}` } : {}),
	});
	if (req.method === 'HEAD' || stat.size === 0) {
		res.end();
		return;
	}
	const stream = fs.createReadStream(filePath, { start, end });
	stream.on('error', () => res.destroy());
	stream.pipe(res);
};
