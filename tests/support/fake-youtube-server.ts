import { createHash, randomBytes } from 'node:crypto';
import http from 'node:http';
import { createFakeOAuthTokens } from './fake-oauth-tokens.js';
import { closeServer, listenOnLoopback, readRequestBody } from './read-request-body.js';

type Session = {
	id: string;
	metadata: { snippet?: Record<string, unknown>; status?: Record<string, unknown> };
	total: number;
	contentType: string;
	chunks: Buffer[];
	received: number;
	videoId: string | null;
};
export type VideoStats = { views: number; estimatedMinutesWatched: number; averageViewDuration: number; likes: number; shares: number; comments: number };

const json = (res: http.ServerResponse, status: number, body: unknown, headers: http.OutgoingHttpHeaders = {}) =>
	res.writeHead(status, { 'content-type': 'application/json; charset=UTF-8', ...headers }).end(JSON.stringify(body));
const googleError = (res: http.ServerResponse, status: number, reason: string, message: string) =>
	json(res, status, { error: { code: status, message, errors: [{ domain: status === 403 ? 'youtube.quota' : 'global', reason, message }] } });

/** thumbnails.set takes at most 2 MB; Google's upload front end counts that as 2 MiB ("Media larger than: 2097152"). */
const THUMBNAIL_MAX_BYTES = 2 * 1024 * 1024;
const THUMBNAIL_TYPES = new Set(['image/jpeg', 'image/png', 'application/octet-stream']);
const isPng = (bytes: Buffer) => bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
const isJpeg = (bytes: Buffer) => bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff;

/**
 * What videos.insert refuses in the snippet (videos resource docs): a title of 1 to 100 characters, a description of at
 * most 5000 bytes, neither with < or >, and tags of at most 500 characters together, where the commas between tags
 * count and a tag with a space counts as if wrapped in quotes ("Foo Baz" is 9 characters).
 */
const snippetRefusalOf = (snippet: Record<string, unknown> | undefined): [reason: string, message: string] | null => {
	const title = String(snippet?.title ?? '');
	const description = String(snippet?.description ?? '');
	const tags = Array.isArray(snippet?.tags) ? snippet.tags.map(String) : [];
	if ([...title].length < 1 || [...title].length > 100 || /[<>]/.test(title)) return ['invalidTitle', 'The request metadata specifies an invalid video title.'];
	if (Buffer.byteLength(description, 'utf8') > 5000 || /[<>]/.test(description))
		return ['invalidDescription', 'The request metadata specifies an invalid video description.'];
	const tagCharacters = tags.reduce((sum, tag) => sum + [...tag].length + (/\s/.test(tag) ? 2 : 0), Math.max(0, tags.length - 1));
	if (tagCharacters > 500) return ['invalidTags', 'The request metadata specifies invalid video keywords.'];
	return null;
};

/**
 * Google's side of YouTube publishing on loopback, keeping state like the real one: the OAuth consent and token endpoints
 * (authorisation code with PKCE, refresh), channels.list, the resumable upload protocol of videos.insert (session URI,
 * 308 Resume Incomplete with Range, status queries with `bytes * /total`, which may fail or drop like any request), the
 * snippet limits videos.insert enforces, thumbnails.set (2 MB, JPEG or PNG), captions.insert and YouTube Analytics reports.
 * Protocol violations are answered 400 and recorded in `violations`, so a test that checks it fails.
 */
export const startFakeYoutubeServer = async ({ clientId = 'google-client', clientSecret = 'google-secret' } = {}) => {
	const tokens = createFakeOAuthTokens('ya29');
	const codes = new Map<string, { redirectUri: string; challenge: string }>();
	const sessions = new Map<string, Session>();
	const videos = new Map<string, { metadata: Session['metadata']; sha256: string; sizeBytes: number; stats: VideoStats; retention: [number, number][] }>();
	const thumbnails = new Map<string, { contentType: string; bytes: Buffer }>();
	const captions = new Map<string, { id: string; language: string; name: string; isDraft: boolean; text: string }[]>();
	const violations: string[] = [];
	const requests: { method: string; path: string; contentRange?: string }[] = [];
	const control = {
		quotaExceeded: false,
		dropNextUploadAfterBytes: null as number | null,
		/** What the next status queries (`Content-Range: bytes * /total`) meet, one entry each: a 503, or a cut connection. */
		statusQueryFaults: [] as ('503' | 'drop')[],
		uploads: 0,
		channel: { id: 'UC_fake_channel', title: 'Fake Channel' },
		/** The scopes the last consent granted: captions.insert needs youtube.force-ssl. */
		grantedScopes: [] as string[],
	};
	let base = '';

	const violate = (res: http.ServerResponse, message: string) => {
		violations.push(message);
		json(res, 400, { error: { code: 400, message, errors: [{ reason: 'badRequest' }] } });
	};

	const finishUpload = (session: Session) => {
		const bytes = Buffer.concat(session.chunks);
		session.videoId = `vid_${randomBytes(5).toString('hex')}`;
		control.uploads += 1;
		videos.set(session.videoId, {
			metadata: session.metadata,
			sha256: createHash('sha256').update(bytes).digest('hex'),
			sizeBytes: bytes.length,
			stats: { views: 0, estimatedMinutesWatched: 0, averageViewDuration: 0, likes: 0, shares: 0, comments: 0 },
			retention: [],
		});
	};
	const videoResource = (session: Session) => ({
		kind: 'youtube#video',
		id: session.videoId,
		snippet: session.metadata.snippet,
		status: { uploadStatus: 'uploaded', ...session.metadata.status },
	});
	const incomplete = (res: http.ServerResponse, session: Session) =>
		res.writeHead(308, session.received > 0 ? { range: `bytes=0-${session.received - 1}` } : {}).end();

	const handleUploadPut = async (req: http.IncomingMessage, res: http.ServerResponse, session: Session) => {
		const range = req.headers['content-range'] ?? '';
		const status = /^bytes \*\/(\d+)$/.exec(range);
		if (status) {
			await readRequestBody(req);
			const fault = control.statusQueryFaults.shift();
			if (fault === 'drop') return void req.socket.destroy();
			if (fault === '503') return googleError(res, 503, 'backendError', 'Backend Error');
			if (Number(status[1]) !== session.total) return violate(res, `status query total ${status[1]} differs from X-Upload-Content-Length ${session.total}`);
			return session.videoId ? json(res, 200, videoResource(session)) : incomplete(res, session);
		}
		const match = /^bytes (\d+)-(\d+)\/(\d+)$/.exec(range);
		if (!match) return violate(res, `PUT without a valid Content-Range: ${JSON.stringify(range)}`);
		const [start, end, total] = [Number(match[1]), Number(match[2]), Number(match[3])];
		if (total !== session.total) return violate(res, `Content-Range total ${total} differs from X-Upload-Content-Length ${session.total}`);
		if (start !== session.received)
			return violate(res, `chunk starts at ${start} but ${session.received} bytes were kept: resume from the Range of the last 308`);
		const drop = control.dropNextUploadAfterBytes;
		if (drop !== null) {
			control.dropNextUploadAfterBytes = null;
			// Keeps what arrived up to `drop` bytes, then cuts the connection mid-request, as a network failure would.
			let kept = 0;
			req.on('data', (chunk: Buffer) => {
				if (kept >= drop) return;
				const part = chunk.subarray(0, drop - kept);
				session.chunks.push(part);
				session.received += part.length;
				kept += part.length;
				if (kept >= drop) req.socket.destroy();
			});
			return;
		}
		const body = await readRequestBody(req);
		if (body.length !== end - start + 1) return violate(res, `Content-Range announces ${end - start + 1} bytes but the body has ${body.length}`);
		session.chunks.push(body);
		session.received += body.length;
		if (session.received < session.total) return incomplete(res, session);
		finishUpload(session);
		json(res, 201, videoResource(session));
	};

	/**
	 * captions.insert (captions resource docs): a multipart/related upload whose first part is the caption resource
	 * (snippet.videoId, language and name required) and whose second part is the caption file; part=snippet; the
	 * youtube.force-ssl scope; 409 captionExists for a second track of the same language and name on a video.
	 */
	const insertCaption = (url: URL, contentType: string, body: Buffer, res: http.ServerResponse) => {
		if (!control.grantedScopes.includes('https://www.googleapis.com/auth/youtube.force-ssl'))
			return googleError(res, 403, 'insufficientPermissions', 'Request had insufficient authentication scopes.');
		if (url.searchParams.get('uploadType') !== 'multipart' || url.searchParams.get('part') !== 'snippet')
			return violate(res, 'captions.insert without uploadType=multipart and part=snippet');
		const boundary = /^multipart\/related;\s*boundary="?([^";]+)"?/i.exec(contentType)?.[1];
		if (!boundary) return violate(res, `captions.insert with content-type ${JSON.stringify(contentType)}, not multipart/related`);
		const parts = body
			.toString('utf8')
			.split(`--${boundary}`)
			.slice(1, -1)
			.map((part) => {
				const [head = '', ...rest] = part.replace(/^\r\n/, '').split('\r\n\r\n');
				return { head: head.toLowerCase(), body: rest.join('\r\n\r\n').replace(/\r\n$/, '') };
			});
		const [meta, media] = parts;
		if (parts.length !== 2 || !meta?.head.includes('application/json')) return violate(res, 'captions.insert must have a JSON metadata part and a media part');
		const snippet = (JSON.parse(meta.body) as { snippet?: { videoId?: string; language?: string; name?: string; isDraft?: boolean } }).snippet;
		if (!snippet?.videoId || !snippet.language || snippet.name === undefined)
			return googleError(res, 400, 'invalidMetadata', 'The request metadata is invalid.');
		if (!videos.has(snippet.videoId)) return googleError(res, 404, 'videoNotFound', `No video ${snippet.videoId}`);
		if (!media?.body.trim()) return googleError(res, 400, 'contentRequired', 'The request does not contain the caption track contents.');
		const tracks = captions.get(snippet.videoId) ?? [];
		if (tracks.some((track) => track.language === snippet.language && track.name === snippet.name))
			return googleError(res, 409, 'captionExists', 'The specified caption track already exists.');
		const track = {
			id: `cap_${randomBytes(5).toString('hex')}`,
			language: snippet.language,
			name: snippet.name,
			isDraft: snippet.isDraft ?? false,
			text: media.body,
		};
		captions.set(snippet.videoId, [...tracks, track]);
		json(res, 200, {
			kind: 'youtube#caption',
			id: track.id,
			snippet: { videoId: snippet.videoId, language: track.language, name: track.name, isDraft: track.isDraft },
		});
	};

	const server = http.createServer((req, res) => {
		const url = new URL(req.url ?? '/', 'http://fake');
		requests.push({ method: req.method ?? '', path: url.pathname, contentRange: req.headers['content-range'] });
		const authorised = () => {
			if (tokens.isValid(req.headers.authorization)) return true;
			json(res, 401, { error: { code: 401, message: 'Request had invalid authentication credentials.', errors: [{ reason: 'authError' }] } });
			return false;
		};
		void (async () => {
			if (url.pathname === '/o/oauth2/v2/auth') {
				// Consent given at once: back to the redirect URI with a code bound to it and to the PKCE challenge.
				const params = url.searchParams;
				if (params.get('client_id') !== clientId || params.get('code_challenge_method') !== 'S256')
					return violate(res, 'auth URL without client_id or S256 PKCE');
				control.grantedScopes = (params.get('scope') ?? '').split(' ').filter(Boolean);
				const code = `code-${randomBytes(6).toString('hex')}`;
				codes.set(code, { redirectUri: params.get('redirect_uri') ?? '', challenge: params.get('code_challenge') ?? '' });
				const back = new URL(params.get('redirect_uri') ?? '');
				back.searchParams.set('code', code);
				back.searchParams.set('state', params.get('state') ?? '');
				return res.writeHead(302, { location: back.toString() }).end();
			}
			if (url.pathname === '/token' && req.method === 'POST') {
				const form = new URLSearchParams((await readRequestBody(req)).toString());
				if (form.get('client_id') !== clientId || form.get('client_secret') !== clientSecret) return json(res, 401, { error: 'invalid_client' });
				if (form.get('grant_type') === 'refresh_token') {
					const issued = tokens.refresh(form.get('refresh_token') ?? '');
					if (!issued) return json(res, 400, { error: 'invalid_grant', error_description: 'Token has been expired or revoked.' });
					return json(res, 200, {
						access_token: issued.access_token,
						expires_in: issued.expires_in,
						scope: 'https://www.googleapis.com/auth/youtube.upload',
						token_type: 'Bearer',
					});
				}
				const grant = codes.get(form.get('code') ?? '');
				codes.delete(form.get('code') ?? '');
				const verifier = form.get('code_verifier') ?? '';
				if (!grant || grant.redirectUri !== form.get('redirect_uri') || createHash('sha256').update(verifier).digest('base64url') !== grant.challenge) {
					return json(res, 400, { error: 'invalid_grant', error_description: 'Bad code, redirect_uri or code_verifier' });
				}
				const issued = tokens.issue();
				return json(res, 200, {
					...issued,
					token_type: 'Bearer',
					scope: 'https://www.googleapis.com/auth/youtube.upload https://www.googleapis.com/auth/yt-analytics.readonly',
				});
			}
			if (url.pathname === '/youtube/v3/channels' && req.method === 'GET') {
				if (!authorised()) return;
				return json(res, 200, { items: [{ id: control.channel.id, snippet: { title: control.channel.title } }] });
			}
			if (url.pathname === '/upload/youtube/v3/videos' && req.method === 'POST') {
				const body = await readRequestBody(req);
				if (!authorised()) return;
				if (url.searchParams.get('uploadType') !== 'resumable') return violate(res, 'videos.insert without uploadType=resumable');
				if (control.quotaExceeded) return googleError(res, 403, 'quotaExceeded', 'The request cannot be completed because you have exceeded your quota.');
				const total = Number(req.headers['x-upload-content-length']);
				if (!Number.isInteger(total) || total <= 0) return violate(res, 'videos.insert without X-Upload-Content-Length');
				const metadata = JSON.parse(body.toString('utf8')) as Session['metadata'];
				const refusal = snippetRefusalOf(metadata.snippet);
				if (refusal) return googleError(res, 400, ...refusal);
				const id = randomBytes(8).toString('hex');
				sessions.set(id, {
					id,
					metadata,
					total,
					contentType: String(req.headers['x-upload-content-type'] ?? ''),
					chunks: [],
					received: 0,
					videoId: null,
				});
				return res.writeHead(200, { location: `${base}/upload/youtube/v3/videos?uploadType=resumable&upload_id=${id}` }).end();
			}
			if (url.pathname === '/upload/youtube/v3/videos' && req.method === 'PUT') {
				const session = sessions.get(url.searchParams.get('upload_id') ?? '');
				if (!session) return json(res, 404, { error: { code: 404, message: 'upload session not found' } });
				if (!tokens.isValid(req.headers.authorization)) {
					await readRequestBody(req);
					return json(res, 401, { error: { code: 401, message: 'Invalid Credentials', errors: [{ reason: 'authError' }] } });
				}
				return handleUploadPut(req, res, session);
			}
			if (url.pathname === '/upload/youtube/v3/thumbnails/set' && req.method === 'POST') {
				const bytes = await readRequestBody(req);
				if (!authorised()) return;
				const videoId = url.searchParams.get('videoId') ?? '';
				if (!videos.has(videoId)) return googleError(res, 404, 'videoNotFound', `No video ${videoId}`);
				if (bytes.length > THUMBNAIL_MAX_BYTES) return googleError(res, 413, 'uploadTooLarge', `Media larger than: ${THUMBNAIL_MAX_BYTES}`);
				const contentType = String(req.headers['content-type']);
				if (!THUMBNAIL_TYPES.has(contentType) || !(isPng(bytes) || isJpeg(bytes)))
					return googleError(res, 400, 'invalidImage', 'The provided image content is invalid.');
				thumbnails.set(videoId, { contentType: String(req.headers['content-type']), bytes });
				return json(res, 200, { items: [{ default: { url: `${base}/vi/${videoId}/default.jpg` } }] });
			}
			if (url.pathname === '/upload/youtube/v3/captions' && req.method === 'POST') {
				const bytes = await readRequestBody(req);
				if (!authorised()) return;
				return insertCaption(url, String(req.headers['content-type'] ?? ''), bytes, res);
			}
			if (url.pathname === '/v2/reports' && req.method === 'GET') {
				if (!authorised()) return;
				const videoId = /^video==(.+)$/.exec(url.searchParams.get('filters') ?? '')?.[1] ?? '';
				const video = videos.get(videoId);
				if (url.searchParams.get('ids') !== 'channel==MINE' || !url.searchParams.get('startDate') || !url.searchParams.get('endDate')) {
					return violate(res, 'reports.query without ids=channel==MINE, startDate and endDate');
				}
				const metrics = (url.searchParams.get('metrics') ?? '').split(',');
				if (url.searchParams.get('dimensions') === 'elapsedVideoTimeRatio') {
					return json(res, 200, {
						columnHeaders: [{ name: 'elapsedVideoTimeRatio' }, { name: 'audienceWatchRatio' }],
						rows: video?.retention ?? [],
					});
				}
				const stats = video?.stats as Record<string, number> | undefined;
				return json(res, 200, { columnHeaders: metrics.map((name) => ({ name })), rows: stats ? [metrics.map((name) => stats[name] ?? 0)] : [] });
			}
			json(res, 404, { error: { code: 404, message: `No route ${req.method} ${url.pathname}` } });
		})().catch((error: unknown) => {
			violations.push(`handler crashed: ${String(error)}`);
			if (!res.headersSent) json(res, 500, { error: { code: 500, message: String(error) } });
		});
	});
	base = await listenOnLoopback(server);
	return {
		url: base,
		tokens,
		control,
		videos,
		thumbnails,
		captions,
		sessions,
		violations,
		requests,
		/** A video that exists on the channel with these numbers, for metrics tests. */
		addVideo: (id: string, stats: Partial<VideoStats>, retention: [number, number][] = []) =>
			videos.set(id, {
				metadata: {},
				sha256: '',
				sizeBytes: 0,
				stats: { views: 0, estimatedMinutesWatched: 0, averageViewDuration: 0, likes: 0, shares: 0, comments: 0, ...stats },
				retention,
			}),
		env: (): Record<string, string> => ({
			GOOGLE_CLIENT_ID: clientId,
			GOOGLE_CLIENT_SECRET: clientSecret,
			GOOGLE_OAUTH_BASE_URL: base,
			GOOGLE_TOKEN_URL: `${base}/token`,
			YOUTUBE_API_BASE_URL: base,
			YOUTUBE_ANALYTICS_BASE_URL: base,
		}),
		close: () => closeServer(server),
	};
};
export type FakeYoutubeServer = Awaited<ReturnType<typeof startFakeYoutubeServer>>;
