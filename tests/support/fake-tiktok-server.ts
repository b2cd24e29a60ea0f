import { createHash, randomBytes } from 'node:crypto';
import http from 'node:http';
import { createFakeOAuthTokens } from './fake-oauth-tokens.js';
import { closeServer, listenOnLoopback, readRequestBody } from './read-request-body.js';

/**
 * TikTok's chunk rules say "MB" without saying which: this server holds clients to both readings at once, so chunks are
 * at least 5 MiB (5 MB read either way) and at most 64 MB of 10^6 bytes (64 MB read either way).
 */
const MiB = 1024 * 1024;
const MIN_CHUNK = 5 * MiB;
const MAX_CHUNK = 64_000_000;
const MAX_FINAL_CHUNK = 128_000_000;
const MAX_CHUNKS = 1000;
type Upload = {
	publishId: string;
	postInfo: Record<string, unknown>;
	size: number;
	chunkSize: number;
	count: number;
	chunks: Buffer[];
	received: number;
	statusCalls: number;
	postId: string | null;
};

const ok = (res: http.ServerResponse, data: unknown, status = 200) =>
	res
		.writeHead(status, { 'content-type': 'application/json' })
		.end(JSON.stringify({ data, error: { code: 'ok', message: '', log_id: randomBytes(6).toString('hex') } }));
const fail = (res: http.ServerResponse, status: number, code: string, message: string) =>
	res
		.writeHead(status, { 'content-type': 'application/json' })
		.end(JSON.stringify({ data: {}, error: { code, message, log_id: randomBytes(6).toString('hex') } }));

/**
 * TikTok's side of the Content Posting API v2 on loopback, with state: OAuth (authorize, token with client_key,
 * refresh), user info, creator_info/query, video/init with the documented chunk rules (5 to 64 MB chunks, count =
 * floor(size / chunk) from 1 to 1000, last chunk up to 128 MB, under 5 MB whole, over 64 MB in several), chunk PUTs with Content-Range (206, then 201),
 * status/fetch (processing, then PUBLISH_COMPLETE) and video/query. Violations are refused and recorded.
 */
export const startFakeTiktokServer = async ({ clientKey = 'tiktok-key', clientSecret = 'tiktok-secret' } = {}) => {
	const tokens = createFakeOAuthTokens('act');
	const codes = new Map<string, string>();
	const uploads = new Map<string, Upload>();
	const videos = new Map<string, { views: number; likes: number; shares: number; comments: number }>();
	const violations: string[] = [];
	const control = { privacyLevels: ['PUBLIC_TO_EVERYONE', 'SELF_ONLY'], failProcessing: false, inits: 0, completed: 0 };
	let base = '';
	const violate = (res: http.ServerResponse, message: string) => {
		violations.push(message);
		fail(res, 400, 'invalid_params', message);
	};

	const handleInit = (res: http.ServerResponse, body: { post_info?: Record<string, unknown>; source_info?: Record<string, unknown> }) => {
		const source = body.source_info ?? {};
		const [size, chunkSize, count] = [Number(source.video_size), Number(source.chunk_size), Number(source.total_chunk_count)];
		if (source.source !== 'FILE_UPLOAD') return violate(res, 'source_info.source must be FILE_UPLOAD');
		if (!control.privacyLevels.includes(String(body.post_info?.privacy_level)))
			return violate(res, `privacy_level ${body.post_info?.privacy_level} is not offered`);
		const valid =
			size < MIN_CHUNK
				? chunkSize === size && count === 1
				: chunkSize >= MIN_CHUNK &&
					chunkSize <= MAX_CHUNK &&
					count === Math.floor(size / chunkSize) &&
					count >= 1 &&
					count <= MAX_CHUNKS &&
					(size <= MAX_CHUNK || count >= 2) &&
					size - (count - 1) * chunkSize <= MAX_FINAL_CHUNK;
		if (!valid) return violate(res, `chunk rules broken: size ${size}, chunk_size ${chunkSize}, total_chunk_count ${count}`);
		const publishId = `v_pub_file~v2-1.${randomBytes(6).toString('hex')}`;
		uploads.set(publishId, { publishId, postInfo: body.post_info ?? {}, size, chunkSize, count, chunks: [], received: 0, statusCalls: 0, postId: null });
		control.inits += 1;
		ok(res, { publish_id: publishId, upload_url: `${base}/upload/?upload_id=${encodeURIComponent(publishId)}` });
	};

	const handleChunk = async (req: http.IncomingMessage, res: http.ServerResponse, upload: Upload) => {
		const body = await readRequestBody(req);
		const match = /^bytes (\d+)-(\d+)\/(\d+)$/.exec(String(req.headers['content-range'] ?? ''));
		if (!match) return violate(res, 'chunk without Content-Range: bytes a-b/total');
		const [start, end, total] = [Number(match[1]), Number(match[2]), Number(match[3])];
		const index = upload.chunks.length;
		const last = index === upload.count - 1;
		const expectedEnd = last ? upload.size - 1 : start + upload.chunkSize - 1;
		if (
			total !== upload.size ||
			start !== upload.received ||
			end !== expectedEnd ||
			body.length !== end - start + 1 ||
			req.headers['content-type'] !== 'video/mp4'
		) {
			return violate(
				res,
				`chunk ${index} is bytes ${start}-${end}/${total} (${body.length} bytes, ${req.headers['content-type']}); expected ${upload.received}-${expectedEnd}/${upload.size}`,
			);
		}
		upload.chunks.push(body);
		upload.received += body.length;
		if (!last) return res.writeHead(206).end();
		control.completed += 1;
		res.writeHead(201).end();
	};

	const server = http.createServer((req, res) => {
		const url = new URL(req.url ?? '/', 'http://fake');
		void (async () => {
			if (url.pathname === '/v2/auth/authorize/') {
				if (url.searchParams.get('client_key') !== clientKey || !url.searchParams.get('scope')?.includes('video.publish'))
					return violate(res, 'authorize without client_key or video.publish');
				const code = `tcode-${randomBytes(6).toString('hex')}`;
				codes.set(code, url.searchParams.get('redirect_uri') ?? '');
				const back = new URL(url.searchParams.get('redirect_uri') ?? '');
				back.searchParams.set('code', code);
				back.searchParams.set('state', url.searchParams.get('state') ?? '');
				return res.writeHead(302, { location: back.toString() }).end();
			}
			if (url.pathname === '/upload/' && req.method === 'PUT') {
				const upload = uploads.get(url.searchParams.get('upload_id') ?? '');
				if (!upload) return fail(res, 404, 'invalid_params', 'unknown upload');
				return handleChunk(req, res, upload);
			}
			const raw = await readRequestBody(req);
			if (url.pathname === '/v2/oauth/token/' && req.method === 'POST') {
				const form = new URLSearchParams(raw.toString());
				if (form.get('client_key') !== clientKey || form.get('client_secret') !== clientSecret)
					return res.writeHead(200).end(JSON.stringify({ error: 'invalid_client' }));
				const issued =
					form.get('grant_type') === 'refresh_token'
						? tokens.refresh(form.get('refresh_token') ?? '')
						: codes.get(form.get('code') ?? '') === form.get('redirect_uri')
							? tokens.issue()
							: null;
				codes.delete(form.get('code') ?? '');
				if (!issued)
					return res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ error: 'invalid_grant', error_description: 'bad code' }));
				return res.writeHead(200, { 'content-type': 'application/json' }).end(
					JSON.stringify({
						...issued,
						open_id: 'open-id-1',
						refresh_expires_in: 31_536_000,
						scope: 'user.info.basic,video.publish,video.upload,video.list',
						token_type: 'Bearer',
					}),
				);
			}
			if (!tokens.isValid(req.headers.authorization)) return fail(res, 401, 'access_token_invalid', 'The access token is invalid or not found in the request.');
			const body = raw.length > 0 ? JSON.parse(raw.toString()) : {};
			if (url.pathname === '/v2/user/info/') return ok(res, { user: { open_id: 'open-id-1', display_name: 'Fake Creator', username: 'fakecreator' } });
			if (url.pathname === '/v2/post/publish/creator_info/query/') {
				return ok(res, {
					creator_username: 'fakecreator',
					creator_nickname: 'Fake Creator',
					privacy_level_options: control.privacyLevels,
					max_video_post_duration_sec: 600,
				});
			}
			if (url.pathname === '/v2/post/publish/video/init/') return handleInit(res, body);
			if (url.pathname === '/v2/post/publish/status/fetch/') {
				const upload = uploads.get(String(body.publish_id));
				if (!upload) return fail(res, 400, 'invalid_publish_id', 'unknown publish_id');
				upload.statusCalls += 1;
				if (upload.received < upload.size) return ok(res, { status: 'PROCESSING_UPLOAD', uploaded_bytes: upload.received });
				if (upload.statusCalls < 2) return ok(res, { status: 'PROCESSING_DOWNLOAD' });
				if (control.failProcessing) return ok(res, { status: 'FAILED', fail_reason: 'file_format_check_failed' });
				if (!upload.postId) {
					upload.postId = String(7_000_000_000_000_000_000n + BigInt(videos.size));
					videos.set(upload.postId, { views: 0, likes: 0, shares: 0, comments: 0 });
				}
				return ok(res, { status: 'PUBLISH_COMPLETE', publicaly_available_post_id: [upload.postId] });
			}
			if (url.pathname === '/v2/video/query/') {
				const ids: string[] = body.filters?.video_ids ?? [];
				if (ids.length > 20) return violate(res, 'more than 20 video_ids');
				return ok(res, {
					videos: ids
						.filter((id) => videos.has(id))
						.map((id) => ({
							id,
							view_count: videos.get(id)?.views,
							like_count: videos.get(id)?.likes,
							share_count: videos.get(id)?.shares,
							comment_count: videos.get(id)?.comments,
						})),
				});
			}
			fail(res, 404, 'not_found', `No route ${req.method} ${url.pathname}`);
		})().catch((error: unknown) => {
			violations.push(`handler crashed: ${String(error)}`);
			if (!res.headersSent) fail(res, 500, 'internal_error', String(error));
		});
	});
	base = await listenOnLoopback(server);
	return {
		url: base,
		tokens,
		control,
		uploads,
		videos,
		violations,
		sha256Of: (publishId: string) =>
			createHash('sha256')
				.update(Buffer.concat(uploads.get(publishId)?.chunks ?? []))
				.digest('hex'),
		env: (): Record<string, string> => ({
			TIKTOK_CLIENT_KEY: clientKey,
			TIKTOK_CLIENT_SECRET: clientSecret,
			TIKTOK_AUTH_BASE_URL: base,
			TIKTOK_API_BASE_URL: base,
		}),
		close: () => closeServer(server),
	};
};
export type FakeTiktokServer = Awaited<ReturnType<typeof startFakeTiktokServer>>;
