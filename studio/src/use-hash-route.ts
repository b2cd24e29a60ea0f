import { useEffect, useState } from 'react';

export type Route =
	| { page: 'gallery' }
	| { page: 'editor'; templateId: string }
	| { page: 'renders' }
	| { page: 'batches' }
	| { page: 'publish' }
	| { page: 'analytics' }
	| { page: 'not-found'; hash: string };

const namedPages = ['renders', 'batches', 'publish', 'analytics'] as const;

/** Hash routes (`#/templates/quote-card`) survive reloads and need nothing from the server. */
export const routeOf = (hash: string): Route => {
	const path = hash.replace(/^#/, '') || '/';
	if (path === '/') return { page: 'gallery' };
	const editor = /^\/templates\/([a-z0-9-]+)$/.exec(path);
	if (editor?.[1]) return { page: 'editor', templateId: editor[1] };
	const named = namedPages.find((page) => path === `/${page}`);
	if (named) return { page: named };
	return { page: 'not-found', hash };
};

export const useHashRoute = (): Route => {
	const [route, setRoute] = useState(() => routeOf(window.location.hash));
	useEffect(() => {
		const update = () => setRoute(routeOf(window.location.hash));
		window.addEventListener('hashchange', update);
		return () => window.removeEventListener('hashchange', update);
	}, []);
	return route;
};
