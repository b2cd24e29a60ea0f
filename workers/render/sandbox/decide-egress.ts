/** What a rendering page may load: its own Remotion server's files, and the media the worker serves it, nothing else. */
export type EgressRules = {
	/** The worker's media server (every `src` of the props was rewritten to it). */
	assetPort: number;
	/** The ports of the Remotion servers of the renders running now. */
	renderPorts: ReadonlySet<number>;
};

const LOOPBACK_NAMES = new Set(['localhost', '127.0.0.1']);

const isLoopbackOn = (url: URL, port: number) => LOOPBACK_NAMES.has(url.hostname) && Number(url.port) === port;

/**
 * null when a page may make the request, else why not. Remotion's own server also proxies OffthreadVideo frames
 * (`/proxy?src=…`) and would fetch any `src` it is given on the worker's side, so that route only takes sources on the
 * media server or on the same Remotion server.
 */
export const decideEgress = (method: string, target: string, rules: EgressRules): string | null => {
	let url: URL;
	try {
		url = new URL(target);
	} catch {
		return 'it is not a URL';
	}
	if (url.protocol !== 'http:') return `only the render's own http servers are reachable, not ${url.protocol}`;
	if (method !== 'GET' && method !== 'HEAD') return `only GET and HEAD are allowed, not ${method}`;
	if (isLoopbackOn(url, rules.assetPort)) return null;
	const port = Number(url.port);
	if (!LOOPBACK_NAMES.has(url.hostname) || !rules.renderPorts.has(port)) return "it is not one of the render's own servers";
	if (url.pathname !== '/proxy') return null;
	const source = url.searchParams.get('src') ?? '';
	let sourceUrl: URL;
	try {
		sourceUrl = new URL(source);
	} catch {
		return 'its video source is not a URL';
	}
	return isLoopbackOn(sourceUrl, rules.assetPort) || isLoopbackOn(sourceUrl, port)
		? null
		: `its video source ${source.slice(0, 200)} is not the render's own media`;
};
