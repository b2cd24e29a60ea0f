import { z } from 'zod';

/** One item from the discovery service: where the clip is, and what is known about it. */
export const clipImportItemSchema = z
	.object({
		url: z
			.url({ protocol: /^https?$/ })
			.max(4000)
			.optional()
			.describe('Where to download the video'),
		dataBase64: z.string().max(20_000_000).optional().describe('The video itself, for small uploads'),
		platform: z.string().trim().max(50).optional().describe('tiktok, youtube, instagram, …'),
		author: z.string().trim().max(200).optional(),
		sourceLink: z.url().max(4000).optional().describe('The post the clip comes from'),
		license: z.string().trim().max(500).optional().describe('Licence or rights note'),
		title: z.string().trim().max(300).optional(),
		stats: z.record(z.string().max(50), z.number()).optional().describe('views, likes, shares, …'),
	})
	.refine((item) => (item.url === undefined) !== (item.dataBase64 === undefined), { message: 'give exactly one of url or dataBase64', path: ['url'] });

export type ClipImportItem = z.infer<typeof clipImportItemSchema>;
