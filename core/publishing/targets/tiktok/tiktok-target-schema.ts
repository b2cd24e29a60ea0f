import { z } from 'zod';

export const tiktokPrivacyLevelSchema = z.enum(['PUBLIC_TO_EVERYONE', 'MUTUAL_FOLLOW_FRIENDS', 'FOLLOWER_OF_CREATOR', 'SELF_ONLY']);

/** Browser-safe (no Node APIs): the studio validates with it as a person types. */
export const tiktokTargetSchema = z
	.object({
		kind: z.literal('tiktok'),
		accountId: z.string().min(1).max(100),
		caption: z.string().max(2200),
		privacyLevel: tiktokPrivacyLevelSchema.optional().describe('Must be one the creator info endpoint offers; default: SELF_ONLY when offered'),
		disableComment: z.boolean().default(false),
		disableDuet: z.boolean().default(false),
		disableStitch: z.boolean().default(false),
	})
	.meta({ title: 'TikTok' });

export type TiktokTarget = z.output<typeof tiktokTargetSchema>;
