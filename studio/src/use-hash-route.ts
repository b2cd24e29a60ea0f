import { useEffect, useState } from 'react';

export type Route =
	| { page: 'gallery' }
	| { page: 'editor'; templateId: string }
	| { page: 'renders' }
	| { page: 'batches' }
	| { page: 'publish'; params: Record<string, string> }
	| { page: 'analytics' }
	| { page: 'not-found'; hash: string };

const namedPages = ['renders', 'batches', 'analytics'] as const;

/**
 * Hash routes (`#/templates/quote-card`) survive reloads and need nothing from the server. The publish page reads a
 * query after the hash path (`#/publish?render=…`, and `connected=`/`error=` from the OAuth callback's redirect).
 */
export const routeOf = (hash: string): Route => {
	const [path = '/', query = ''] = (hash.replace(/^#/, '') || '/').split(/\?(.*)/s);
	if (path === '/') return { page: 'gallery' };
	const editor = /^\/templates\/([a-z0-9-]+)$/.exec(path);
	if (editor?.[1]) return { page: 'editor', templateId: editor[1] };
	if (path === '/publish') return { page: 'publish', params: Object.fromEntries(new URLSearchParams(query)) };
	const named = namedPages.find((page) => path === `/${page}`);
	if (named) return { page: named };
	return { page: 'not-found', hash };
};

/** The hash that opens the publish page on one render. */
export const publishHashOf = (renderId: string) => `#/publish?${new URLSearchParams({ render: renderId })}`;

export const useHashRoute = (): Route => {
	const [route, setRoute] = useState(() => routeOf(window.location.hash));
	useEffect(() => {
		const update = () => setRoute(routeOf(window.location.hash));
		window.addEventListener('hashchange', update);
		return () => window.removeEventListener('hashchange', update);
	}, []);
	return route;
};
