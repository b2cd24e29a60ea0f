import fs from 'node:fs';
import type http from 'node:http';
import path from 'node:path';
import { sendError } from '../http/send-json.js';

const contentTypes: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json',
	'.map': 'application/json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.ico': 'image/x-icon',
	'.woff2': 'font/woff2',
	'.woff': 'font/woff',
	'.txt': 'text/plain; charset=utf-8',
};

/** Vite names built assets by content hash under assets/: they never change, so browsers may keep them for a year. */
const cacheControlOf = (relative: string) => (relative.startsWith('assets/') ? 'public, max-age=31536000, immutable' : 'no-cache');

const fileOrNull = async (file: string) => {
	const stat = await fs.promises.stat(file).catch(() => null);
	return stat?.isFile() ? stat : null;
};

/**
 * The built studio (studio/dist) at /studio/: static files with their content types, and index.html for any other
 * path without an extension so client-side routes survive a reload. Answers 503 with the build command when it was never built.
 */
export const serveStudio = async (req: http.IncomingMessage, res: http.ServerResponse, pathname: string, distDir: string): Promise<void> => {
	let relative: string;
	try {
		relative = decodeURIComponent(pathname.slice('/studio/'.length));
	} catch {
		return sendError(res, 404, 'NOT_FOUND', `No studio file '${pathname}'`);
	}
	const requested = path.resolve(distDir, relative || 'index.html');
	// Only what the build wrote: nothing outside dist, no hidden files (setup's build stamp).
	if (!requested.startsWith(`${distDir}${path.sep}`) || relative.split('/').some((segment) => segment.startsWith('.')))
		return sendError(res, 404, 'NOT_FOUND', `No studio file '${pathname}'`);
	let file = requested;
	let stat = await fileOrNull(file);
	if (!stat && path.extname(relative) === '') {
		file = path.join(distDir, 'index.html');
		stat = await fileOrNull(file);
		if (!stat) return sendError(res, 503, 'SERVICE_UNAVAILABLE', 'The studio is not built: run `npm run studio:build` (or `npm run setup`)');
	}
	if (!stat) return sendError(res, 404, 'NOT_FOUND', `No studio file '${pathname}'`);
	const etag = `W/"${stat.size.toString(16)}-${Math.floor(stat.mtimeMs).toString(16)}"`;
	const headers: http.OutgoingHttpHeaders = {
		'content-type': contentTypes[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
		'cache-control': cacheControlOf(path.relative(distDir, file).split(path.sep).join('/')),
		etag,
	};
	if (req.headers['if-none-match'] === etag) {
		res.writeHead(304, headers).end();
		return;
	}
	res.writeHead(200, { ...headers, 'content-length': stat.size });
	if (req.method === 'HEAD') {
		res.end();
		return;
	}
	const stream = fs.createReadStream(file);
	stream.on('error', () => res.destroy());
	stream.pipe(res);
};
