import { z } from 'zod';
import { fetchStockJson } from '../fetch-stock-json.js';
import { type StockProvider, type StockProviderDeps, type StockResult, type StockSearch, StockSearchError } from '../stock-provider.js';

// https://pixabay.com/service/license-summary/ : free to use; not sold or redistributed as is.
const LICENSE = 'Pixabay Content License: https://pixabay.com/service/license-summary/';

const rendition = z.object({ url: z.string(), width: z.number(), height: z.number() });
const videoHitSchema = z.object({
	id: z.number(),
	pageURL: z.string(),
	tags: z.string().nullish(),
	duration: z.number(),
	user: z.string(),
	user_id: z.number().nullish(),
	videos: z.object({ large: rendition.nullish(), medium: rendition.nullish(), small: rendition.nullish(), tiny: rendition.nullish() }),
});
const photoHitSchema = z.object({
	id: z.number(),
	pageURL: z.string(),
	tags: z.string().nullish(),
	user: z.string(),
	user_id: z.number().nullish(),
	largeImageURL: z.string(),
	webformatURL: z.string().nullish(),
	imageWidth: z.number(),
	imageHeight: z.number(),
});

const authorUrl = (user: string, userId: number | null | undefined) => (userId ? `https://pixabay.com/users/${encodeURIComponent(user)}-${userId}/` : null);

const videoResult = (hit: z.infer<typeof videoHitSchema>): StockResult[] => {
	// Pixabay leaves a rendition's url empty where it has none.
	const file = [hit.videos.large, hit.videos.medium, hit.videos.small, hit.videos.tiny].find((candidate) => candidate && candidate.url !== '');
	if (!file) return [];
	return [
		{
			provider: 'pixabay',
			id: String(hit.id),
			kind: 'video',
			downloadUrl: file.url,
			pageUrl: hit.pageURL,
			author: hit.user,
			authorUrl: authorUrl(hit.user, hit.user_id),
			license: LICENSE,
			width: file.width,
			height: file.height,
			durationSeconds: hit.duration,
			previewUrl: null,
			title: hit.tags ?? null,
		},
	];
};

const photoResult = (hit: z.infer<typeof photoHitSchema>): StockResult => ({
	provider: 'pixabay',
	id: String(hit.id),
	kind: 'photo',
	downloadUrl: hit.largeImageURL,
	pageUrl: hit.pageURL,
	author: hit.user,
	authorUrl: authorUrl(hit.user, hit.user_id),
	license: LICENSE,
	width: hit.imageWidth,
	height: hit.imageHeight,
	durationSeconds: null,
	previewUrl: hit.webformatURL ?? null,
	title: hit.tags ?? null,
});

/** GET /api/videos/ or /api/ with the key as a query parameter, as Pixabay documents (https://pixabay.com/api/docs/). */
const query = async (kind: 'video' | 'photo', params: Record<string, string>, deps: StockProviderDeps) => {
	const url = new URL(kind === 'video' ? '/api/videos/' : '/api/', deps.baseUrl);
	url.searchParams.set('key', deps.apiKey);
	for (const [name, value] of Object.entries(params)) url.searchParams.set(name, value);
	const body = await fetchStockJson('pixabay', url, {}, deps);
	return kind === 'video'
		? z
				.object({ hits: z.array(videoHitSchema) })
				.parse(body)
				.hits.flatMap(videoResult)
		: z
				.object({ hits: z.array(photoHitSchema) })
				.parse(body)
				.hits.map(photoResult);
};

const ORIENTATION = { portrait: 'vertical', landscape: 'horizontal', square: 'all' } as const;

export const pixabayProvider: StockProvider = {
	id: 'pixabay',
	search: (search: StockSearch, deps) =>
		query(
			search.kind,
			{
				q: search.query,
				// Pixabay's per_page is 3..200.
				per_page: String(Math.max(3, search.limit)),
				...(search.kind === 'photo' ? { image_type: 'photo', ...(search.orientation ? { orientation: ORIENTATION[search.orientation] } : {}) } : {}),
			},
			deps,
		).then((results) => results.slice(0, search.limit)),
	get: async (kind, id, deps) => {
		const [result] = await query(kind, { id }, deps);
		if (!result) throw new StockSearchError('not-found', `pixabay has no ${kind} ${id}`);
		return result;
	},
};
