import type http from 'node:http';
import { STORAGE_KEY_PATTERN } from '../../compositions/shared/storage-key.js';
import { serveFile } from '../../core/http/serve-file.js';
import { verifySignedPath } from '../../core/links/sign-path.js';
import { ownerOfStorageKey } from '../../core/workspaces/owner-of-storage-key.js';
import type { HttpDeps } from '../http/http-deps.js';
import { sendError } from '../http/send-json.js';
import { authorizeHttpRequest } from './authorize-http-request.js';
import { isServableObject } from './find-servable-object.js';

const decodeOrNull = (encoded: string) => {
	try {
		return decodeURIComponent(encoded);
	} catch {
		return null;
	}
};

/**
 * GET /files/<key>: with a signed link (what renders.get and webhook events hand out) anyone may download; otherwise
 * the request's key must belong to the workspace that owns the object (samples are shared). Another workspace's
 * object answers 404, exactly like one that does not exist.
 */
export const serveStoredFile = async (deps: HttpDeps, req: http.IncomingMessage, res: http.ServerResponse, url: URL): Promise<void> => {
	const encoded = url.pathname.slice('/files/'.length);
	// A malformed escape (`%E0%A4%A`) names no file: 404 like any other unknown key, not a 500.
	const key = decodeOrNull(encoded);
	const notFound = () => sendError(res, 404, 'NOT_FOUND', `No finished output '${key ?? encoded}'`);
	if (key === null || !STORAGE_KEY_PATTERN.test(key)) return notFound();
	const signed = url.searchParams.has('signature') ? verifySignedPath(deps.urlSigningSecret, `files/${encoded}`, url.searchParams) : null;
	if (signed && !signed.ok) return sendError(res, 403, 'FORBIDDEN', `This link cannot be used: ${signed.reason}`);
	const owner = ownerOfStorageKey(key);
	if (!signed) {
		const access = await authorizeHttpRequest(deps, req, res, 'render');
		if (!access) return;
		if (!('shared' in owner) && owner.workspaceId !== access.workspaceId) return notFound();
	}
	// Samples are previewed by the studio in the browser; everything else must be a finished object of its workspace.
	if (!('shared' in owner) && !(await isServableObject(deps.db, owner.workspaceId, owner.key))) return notFound();
	const storage = deps.rootStorage;
	if (storage.kind === 'local') {
		// Local storage opens the stored file itself (no copy); serveFile answers ranges and ETags.
		const local = await storage.openLocal(key).catch(() => null);
		if (!local) return notFound();
		return serveFile(req, res, local.path);
	}
	// A bucket: the download goes straight to it, on a URL that expires (STORAGE_PRESIGN_SECONDS); the API carries no bytes.
	if (!(await storage.stat(key))) return notFound();
	const location = await storage.presignedUrlOf(key, { expiresInSeconds: deps.config.storage.presignSeconds });
	if (!location) return notFound();
	res.writeHead(302, { location, 'cache-control': 'no-store' }).end();
};
