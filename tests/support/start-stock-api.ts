import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export type StockApiRequest = { path: string; query: Record<string, string>; authorization: string | undefined };

/**
 * One local server that speaks both stock APIs as documented: Pexels (GET /videos/search, /videos/videos/:id,
 * /v1/search with the key in Authorization; https://www.pexels.com/api/documentation/) and Pixabay (GET /api/videos/
 * and /api/ with ?key=; https://pixabay.com/api/docs/), and serves the video files their answers link to.
 * `answer` lets a test make it refuse (401, 429, 500) or find nothing.
 */
export const startStockApi = async ({
	videoFiles,
	pexelsKey,
	pixabayKey,
}: {
	videoFiles: { pexels: string; pixabay: string };
	pexelsKey: string;
	pixabayKey: string;
}) => {
	const requests: StockApiRequest[] = [];
	const state = { status: 200, empty: false };
	const server = http.createServer((req, res) => {
		const url = new URL(req.url ?? '/', 'http://stock.test');
		const query = Object.fromEntries(url.searchParams);
		requests.push({ path: url.pathname, query, authorization: req.headers.authorization });
		const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
		const json = (status: number, body: unknown, headers: Record<string, string> = {}) => {
			res.writeHead(status, { 'content-type': 'application/json', ...headers });
			res.end(JSON.stringify(body));
		};
		if (url.pathname.startsWith('/files/')) {
			res.writeHead(200, { 'content-type': 'video/mp4' });
			fs.createReadStream(url.pathname.startsWith('/files/pixabay') ? videoFiles.pixabay : videoFiles.pexels).pipe(res);
			return;
		}
		if (state.status !== 200) return json(state.status, { error: 'refused' }, state.status === 429 ? { 'retry-after': '30' } : {});
		const pexelsVideo = (id: number, duration: number) => ({
			id,
			width: 1080,
			height: 1920,
			url: `https://www.pexels.com/video/red-${id}/`,
			image: `${base}/files/preview-${id}.jpg`,
			duration,
			user: { id: 7, name: 'Jane Doe', url: 'https://www.pexels.com/@jane' },
			video_files: [
				{ id: 1, quality: 'sd', file_type: 'video/mp4', width: 360, height: 640, fps: 30, link: `${base}/files/pexels-${id}-sd.mp4` },
				{ id: 2, quality: 'hd', file_type: 'video/mp4', width: 1080, height: 1920, fps: 30, link: `${base}/files/pexels-${id}-hd.mp4` },
			],
		});
		if (url.pathname === '/videos/search' || url.pathname.startsWith('/videos/videos/')) {
			if (req.headers.authorization !== pexelsKey) return json(401, { error: 'Unauthorized' });
			if (url.pathname.startsWith('/videos/videos/')) {
				const id = Number(url.pathname.split('/').at(-1));
				// Video 666 links its file on a private network, where the outbound policy must not let the import go.
				const video = pexelsVideo(id, 3);
				return json(
					200,
					id === 666 ? { ...video, video_files: video.video_files.map((file) => ({ ...file, link: 'http://10.20.30.40/files/x.mp4' })) } : video,
				);
			}
			const videos = state.empty ? [] : [pexelsVideo(101, 3), pexelsVideo(102, 0.5), pexelsVideo(103, 4)];
			return json(200, { page: 1, per_page: Number(query.per_page ?? 15), total_results: videos.length, videos });
		}
		if (url.pathname === '/api/videos/') {
			if (query.key !== pixabayKey) return json(400, { error: '[ERROR 400] Invalid or missing API key' });
			const hit = (id: number) => ({
				id,
				pageURL: `https://pixabay.com/videos/red-${id}/`,
				tags: 'red, colour',
				duration: 5,
				user: 'pixa_user',
				user_id: 42,
				videos: {
					large: { url: '', width: 0, height: 0, size: 0 },
					medium: { url: `${base}/files/pixabay-${id}.mp4`, width: 720, height: 1280, size: 1000 },
					small: { url: `${base}/files/pixabay-${id}-small.mp4`, width: 360, height: 640, size: 500 },
				},
			});
			const hits = state.empty ? [] : query.id ? [hit(Number(query.id))] : [hit(201), hit(202)];
			return json(200, { total: hits.length, totalHits: hits.length, hits });
		}
		json(404, { error: 'not found' });
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	return {
		url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
		requests,
		state,
		close: () => new Promise<void>((resolve) => server.close(() => resolve())),
	};
};
