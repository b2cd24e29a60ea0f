import { z } from 'zod';

/** Where a publication goes: the target schemas the API validates and the publish worker reads back. */

export const platformProviderSchema = z.enum(['youtube', 'tiktok']);
export type PlatformProvider = z.infer<typeof platformProviderSchema>;

const accountIdSchema = z.string().min(1).max(100);

export const youtubeTargetSchema = z.object({
	kind: z.literal('youtube'),
	accountId: accountIdSchema,
	// YouTube's own limits: 100 characters of title without angle brackets, 5000 bytes of description, 500 characters of tags.
	title: z
		.string()
		.trim()
		.min(1)
		.max(100)
		.regex(/^[^<>]*$/, 'must not contain < or > (YouTube refuses them)'),
	description: z
		.string()
		.max(5000)
		.regex(/^[^<>]*$/, 'must not contain < or > (YouTube refuses them)')
		.optional(),
	tags: z
		.array(z.string().trim().min(1).max(100))
		.max(50)
		.refine((tags) => tags.join(',').length <= 500, 'must be at most 500 characters together')
		.optional(),
	privacy: z.enum(['public', 'unlisted', 'private']).default('private'),
	publishAt: z.iso.datetime().optional().describe('Scheduled publishing: the video stays private until then'),
	thumbnailFrame: z.number().int().min(0).optional().describe('Frame of the render used as the custom thumbnail'),
	madeForKids: z.boolean().default(false),
	categoryId: z.string().regex(/^\d+$/).default('22'),
});

export const tiktokPrivacyLevelSchema = z.enum(['PUBLIC_TO_EVERYONE', 'MUTUAL_FOLLOW_FRIENDS', 'FOLLOWER_OF_CREATOR', 'SELF_ONLY']);

export const tiktokTargetSchema = z.object({
	kind: z.literal('tiktok'),
	accountId: accountIdSchema,
	caption: z.string().max(2200),
	privacyLevel: tiktokPrivacyLevelSchema.optional().describe('Must be one the creator info endpoint offers; default: SELF_ONLY when offered'),
	disableComment: z.boolean().default(false),
	disableDuet: z.boolean().default(false),
	disableStitch: z.boolean().default(false),
});

export const webhookTargetSchema = z.object({ kind: z.literal('webhook'), url: z.url({ protocol: /^https?$/ }).max(2000) });

export const s3TargetSchema = z.object({
	kind: z.literal('s3'),
	bucket: z
		.string()
		.regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, 'must be an S3 bucket name (3-63 lowercase letters, digits, dots, hyphens)')
		.optional(),
	key: z
		.string()
		.min(1)
		.max(1024)
		.regex(/^(?!\/)(?!.*\.\.)[\w!\-.*'()/ ]+$/, 'must be a relative object key without ".."')
		.optional(),
});

export const publicationTargetSchema = z.discriminatedUnion('kind', [youtubeTargetSchema, tiktokTargetSchema, webhookTargetSchema, s3TargetSchema]);
export type PublicationTargetInput = z.input<typeof publicationTargetSchema>;
export type PublicationTarget = z.output<typeof publicationTargetSchema>;
export type YoutubeTarget = z.output<typeof youtubeTargetSchema>;
export type TiktokTarget = z.output<typeof tiktokTargetSchema>;
