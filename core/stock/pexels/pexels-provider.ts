import { z } from 'zod';
import { fetchStockJson } from '../fetch-stock-json.js';
import type { StockProvider, StockProviderDeps, StockResult, StockSearch } from '../stock-provider.js';

// https://www.pexels.com/license/ : free to use, no attribution required (Reelforge credits anyway).
const LICENSE = 'Pexels License (free to use, attribution appreciated): https://www.pexels.com/license/';

const videoSchema = z.object({
	id: z.number(),
	width: z.number(),
	height: z.number(),
	url: z.string(),
	image: z.string().nullish(),
	duration: z.number(),
	user: z.object({ name: z.string(), url: z.string().nullish() }),
	video_files: z.array(
		z.object({ quality: z.string().nullish(), file_type: z.string(), width: z.number().nullish(), height: z.number().nullish(), link: z.string() }),
	),
});
const photoSchema = z.object({
	id: z.number(),
	width: z.number(),
	height: z.number(),
	url: z.string(),
	alt: z.string().nullish(),
	photographer: z.string(),
	photographer_url: z.string().nullish(),
	src: z.object({ original: z.string(), large2x: z.string().nullish(), large: z.string().nullish(), medium: z.string().nullish() }),
});

/** The MP4 closest to 1080 px on its short side without going under 720 where the provider has one. */
const bestFile = (files: z.infer<typeof videoSchema>['video_files']) => {
	const mp4 = files.filter((file) => file.file_type === 'video/mp4');
	const score = (file: (typeof mp4)[number]) => Math.abs(Math.min(file.width ?? 0, file.height ?? 0) - 1080);
	return [...mp4].sort((a, b) => score(a) - score(b))[0];
};

const videoResult = (video: z.infer<typeof videoSchema>): StockResult[] => {
	const file = bestFile(video.video_files);
	if (!file) return [];
	return [
		{
			provider: 'pexels',
			id: String(video.id),
			kind: 'video',
			downloadUrl: file.link,
			pageUrl: video.url,
			author: video.user.name,
			authorUrl: video.user.url ?? null,
			license: LICENSE,
			width: file.width ?? video.width,
			height: file.height ?? video.height,
			durationSeconds: video.duration,
			previewUrl: video.image ?? null,
			title: null,
		},
	];
};

const photoResult = (photo: z.infer<typeof photoSchema>): StockResult => ({
	provider: 'pexels',
	id: String(photo.id),
	kind: 'photo',
	downloadUrl: photo.src.large2x ?? photo.src.original,
	pageUrl: photo.url,
	author: photo.photographer,
	authorUrl: photo.photographer_url ?? null,
	license: LICENSE,
	width: photo.width,
	height: photo.height,
	durationSeconds: null,
	previewUrl: photo.src.medium ?? null,
	title: photo.alt || null,
});

// The API key goes in the Authorization header, as Pexels documents (https://www.pexels.com/api/documentation/).
const auth = (deps: StockProviderDeps) => ({ authorization: deps.apiKey });

/** Pexels videos (GET /videos/search, /videos/videos/:id) and photos (GET /v1/search, /v1/photos/:id). */
export const pexelsProvider: StockProvider = {
	id: 'pexels',
	search: async (search: StockSearch, deps) => {
		const url = new URL(search.kind === 'video' ? '/videos/search' : '/v1/search', deps.baseUrl);
		url.searchParams.set('query', search.query);
		url.searchParams.set('per_page', String(search.limit));
		if (search.orientation) url.searchParams.set('orientation', search.orientation);
		const body = await fetchStockJson('pexels', url, auth(deps), deps);
		if (search.kind === 'video')
			return z
				.object({ videos: z.array(videoSchema) })
				.parse(body)
				.videos.flatMap(videoResult);
		return z
			.object({ photos: z.array(photoSchema) })
			.parse(body)
			.photos.map(photoResult);
	},
	get: async (kind, id, deps) => {
		const url = new URL(kind === 'video' ? `/videos/videos/${encodeURIComponent(id)}` : `/v1/photos/${encodeURIComponent(id)}`, deps.baseUrl);
		const body = await fetchStockJson('pexels', url, auth(deps), deps);
		const result = kind === 'video' ? videoResult(videoSchema.parse(body))[0] : photoResult(photoSchema.parse(body));
		if (!result) throw new Error(`pexels video ${id} has no MP4 file`);
		return result;
	},
};
