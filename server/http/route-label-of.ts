import { appRouter } from '../root.js';

const procedures = new Set(Object.keys(appRouter._def.procedures));

/** A metrics label from a small fixed set: request paths themselves (render ids, file keys) would make one series per request. */
export const routeLabelOf = (pathname: string): string => {
	if (pathname.startsWith('/trpc/')) {
		const path = pathname.slice('/trpc/'.length);
		if (procedures.has(path)) return `/trpc/${path}`;
		return path.includes(',') ? '/trpc/(batch)' : '/trpc/(unknown)';
	}
	if (pathname === '/healthz' || pathname === '/readyz' || pathname === '/metrics') return pathname;
	if (pathname.startsWith('/files/')) return '/files/:key';
	if (/^\/oauth\/[^/]+\/callback$/.test(pathname)) return '/oauth/:provider/callback';
	if (pathname.startsWith('/studio/')) return '/studio/*';
	if (/^\/batches\/[^/]+\/outputs\.zip$/.test(pathname)) return '/batches/:id/outputs.zip';
	if (/^\/batches\/[^/]+\/results\.csv$/.test(pathname)) return '/batches/:id/results.csv';
	if (/^\/templates\/[^/]+\/thumbnail\.png$/.test(pathname)) return '/templates/:id/thumbnail.png';
	return '(unmatched)';
};
