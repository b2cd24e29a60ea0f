import http from 'node:http';
import path from 'node:path';
import type { TRPCError } from '@trpc/server';
import { createHTTPHandler } from '@trpc/server/adapters/standalone';
import { findTemplate } from '../compositions/templates.js';
import { projectRoot } from '../core/db/project-root.js';
import { serveFile } from '../core/http/serve-file.js';
import { platformProviderSchema } from '../core/publishing/publish-contract.js';
import { RateLimitedError } from './access/rate-limited-error.js';
import { resolveRequestAccess } from './access/resolve-request-access.js';
import { keyIdOfStreamToken } from './access/stream-token.js';
import { serveBatchOutputsZip } from './batches/serve-batch-outputs-zip.js';
import { serveBatchResultsCsv } from './batches/serve-batch-results-csv.js';
import { createContextInner, type ServerDeps } from './context.js';
import { serveStoredFile } from './files/serve-stored-file.js';
import { applyCors } from './http/apply-cors.js';
import { authorizeMetricsScrape } from './http/authorize-metrics-scrape.js';
import { checkReadiness } from './http/check-readiness.js';
import { collectMetrics } from './http/collect-metrics.js';
import { createHttpMetrics } from './http/create-http-metrics.js';
import { PROMETHEUS_CONTENT_TYPE } from './http/format-prometheus-text.js';
import { isAllowedHost } from './http/is-allowed-host.js';
import { openApiDocument } from './http/openapi-document.js';
import { readBodyWithinLimit } from './http/read-body-within-limit.js';
import { routeLabelOf } from './http/route-label-of.js';
import { sendError, sendJson } from './http/send-json.js';
import { completeOAuthCallback } from './publishing/complete-oauth-callback.js';
import { appRouter } from './root.js';
import { serveStudio } from './studio/serve-studio.js';

export type HttpServerDeps = ServerDeps;

const studioDistDir = path.join(projectRoot, 'studio', 'dist');

const urlOrNull = (target: string) => {
	try {
		return new URL(target, 'http://localhost');
	} catch {
		return null;
	}
};

/** The longest wait any rate-limited call in the response asks for; a batch may hold several. */
const retryAfterOf = (errors: TRPCError[]) =>
	Math.max(0, ...errors.map((error) => (error.cause instanceof RateLimitedError ? error.cause.retryAfterSeconds : 0)));

/** The studio at /studio/, tRPC at /trpc, finished videos at /files/<key>, liveness at /healthz, readiness at /readyz, Prometheus metrics at /metrics. */
export const createHttpServer = (deps: HttpServerDeps): http.Server => {
	const { maxBodyBytes, corsOrigins } = deps.config.access;
	const httpMetrics = createHttpMetrics();
	const trpc = createHTTPHandler({
		router: appRouter,
		basePath: '/trpc/',
		// Browsers cannot set headers on an EventSource: the studio's subscriptions send a short-lived stream token instead.
		createContext: async ({ req, info }) =>
			createContextInner({
				...deps,
				...(await resolveRequestAccess(deps, req, { streamKeyId: keyIdOfStreamToken(deps.urlSigningSecret, info.connectionParams?.streamToken) })),
			}),
		responseMeta: ({ errors }) => {
			const retryAfter = retryAfterOf(errors);
			return retryAfter > 0 ? { headers: { 'retry-after': String(retryAfter) } } : {};
		},
		onError: ({ error, path }) => {
			if (error.code === 'INTERNAL_SERVER_ERROR') deps.logger.error('request failed', { path, error: error.message });
		},
	});

	// The rest of an oversize body stays unread; closing the connection keeps it from being parsed as the next request.
	const rejectOversize = (res: http.ServerResponse) =>
		sendError(res, 413, 'PAYLOAD_TOO_LARGE', `The request body is over the ${maxBodyBytes}-byte limit (MAX_BODY_BYTES)`, { connection: 'close' });

	/** Reads the body here, within the limit, and hands it to tRPC as req.body, so tRPC never reads an oversize one. */
	const serveTrpc = async (req: http.IncomingMessage, res: http.ServerResponse) => {
		if (req.method !== 'GET' && req.method !== 'HEAD') {
			const body = await readBodyWithinLimit(req, maxBodyBytes);
			if (body === null) return rejectOversize(res);
			Object.assign(req, { body: body.toString('utf8') });
		}
		await trpc(req, res);
	};

	const serveReadiness = async (res: http.ServerResponse) => {
		const readiness = await checkReadiness(deps);
		if (readiness.ok) return sendJson(res, 200, readiness);
		const failed = (['redis', 'database'] as const).filter((check) => readiness[check] !== 'ok');
		const reasons = [
			...(failed.length > 0 ? [`${failed.join(' and ')} did not answer`] : []),
			...(readiness.redis === 'ok' && readiness.workers === 0 ? ['no render worker is connected'] : []),
		];
		sendJson(res, 503, { ...readiness, error: { code: 'SERVICE_UNAVAILABLE', message: `Not ready: ${reasons.join('; ')}` } });
	};

	const serveMetrics = async (req: http.IncomingMessage, res: http.ServerResponse) => {
		if (!(await authorizeMetricsScrape(deps, req, res))) return;
		res.writeHead(200, { 'content-type': PROMETHEUS_CONTENT_TYPE }).end(await collectMetrics(deps, httpMetrics));
	};

	/** Answers 500 in the common shape when a handler fails before it wrote anything. */
	const answer = (res: http.ServerResponse, what: string, handling: Promise<unknown>) => {
		handling.catch((error: unknown) => {
			deps.logger.error(`${what} failed`, { error: error instanceof Error ? error.message : String(error) });
			if (!res.headersSent) sendError(res, 500, 'INTERNAL_SERVER_ERROR', `The ${what} failed`);
			else res.destroy();
		});
	};

	return http.createServer((req, res) => {
		const started = performance.now();
		// A request target that is not a URL (`GET http://[`) would otherwise throw here, outside any handler, and end the process.
		const url = urlOrNull(req.url ?? '/');
		if (!url) return sendError(res, 400, 'BAD_REQUEST', `The request target ${JSON.stringify(req.url)} is not a URL`, { connection: 'close' });
		const route = routeLabelOf(url.pathname);
		res.once('close', () => httpMetrics.observe(route, res.statusCode, (performance.now() - started) / 1000));
		// Before anything else: a page on another site that rebinds its name to this address must get nothing at all.
		if (!isAllowedHost(req.headers.host, deps.config.access.allowedHosts)) {
			return sendError(
				res,
				421,
				'MISDIRECTED_REQUEST',
				`This server does not answer for the host ${JSON.stringify(req.headers.host ?? '')}; add it to ALLOWED_HOSTS`,
				{
					connection: 'close',
				},
			);
		}
		if (applyCors(req, res, corsOrigins)) return;
		const declaredLength = Number(req.headers['content-length']);
		if (Number.isFinite(declaredLength) && declaredLength > maxBodyBytes) return rejectOversize(res);
		if (url.pathname.startsWith('/trpc/')) return answer(res, 'request', serveTrpc(req, res));
		if (url.pathname === '/healthz') return sendJson(res, 200, { ok: true });
		if (url.pathname === '/readyz') return answer(res, 'readiness check', serveReadiness(res));
		if (url.pathname === '/metrics') return answer(res, 'metrics scrape', serveMetrics(req, res));
		if (url.pathname === '/openapi.json') return sendJson(res, 200, openApiDocument(deps.publicBaseUrl()));
		if (/^\/batches\/[^/]+\/outputs\.zip$/.test(url.pathname) && req.method === 'GET') {
			serveBatchOutputsZip(deps, req, res, url).catch((error: unknown) => {
				deps.logger.error('zip failed', { error: String(error) });
				if (!res.headersSent) sendError(res, 500, 'INTERNAL_SERVER_ERROR', 'The zip failed');
				else res.destroy();
			});
			return;
		}
		if (/^\/batches\/[^/]+\/results\.csv$/.test(url.pathname) && req.method === 'GET')
			return answer(res, 'batch results', serveBatchResultsCsv(deps, req, res, url));
		const thumbnail = /^\/templates\/([a-z0-9-]+)\/thumbnail\.png$/.exec(url.pathname);
		if (thumbnail?.[1] && findTemplate(thumbnail[1])) {
			// Stills of the sample props, rendered by `npm run stills` and shipped in docs/templates/.
			void serveFile(req, res, path.join(projectRoot, 'docs', 'templates', `${thumbnail[1]}.png`));
			return;
		}
		if (url.pathname === '/' || url.pathname === '/studio') {
			res.writeHead(302, { location: '/studio/' }).end();
			return;
		}
		if (url.pathname.startsWith('/studio/') && (req.method === 'GET' || req.method === 'HEAD')) {
			return answer(res, 'studio request', serveStudio(req, res, url.pathname, studioDistDir));
		}
		// Where an OAuth platform (publish-contract.ts) sends the user back after consent; the one-time state stands in for an API key.
		const oauth = platformProviderSchema.safeParse(/^\/oauth\/([\w-]+)\/callback$/.exec(url.pathname)?.[1]);
		if (oauth.success && req.method === 'GET') {
			return answer(res, 'OAuth callback', completeOAuthCallback(deps, req, res, oauth.data, url, deps.publicBaseUrl()));
		}
		if (url.pathname.startsWith('/files/') && (req.method === 'GET' || req.method === 'HEAD')) {
			return answer(res, 'file request', serveStoredFile(deps, req, res, url));
		}
		sendError(res, 404, 'NOT_FOUND', `No route ${req.method} ${url.pathname}`);
	});
};
