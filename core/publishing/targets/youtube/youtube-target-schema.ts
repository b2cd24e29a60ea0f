import { z } from 'zod';

const NO_ANGLE_BRACKETS = 'must not contain < or > (YouTube refuses them)';
const DESCRIPTION_MAX_BYTES = 5000;
const TAGS_MAX_CHARACTERS = 500;

/**
 * YouTube counts the tags' total as the API sees them: the commas between tags count, and a tag with a space counts as
 * if wrapped in quotes ("Foo Baz" is 9 characters). https://developers.google.com/youtube/v3/docs/videos#snippet.tags
 */
const tagCharactersOf = (tags: readonly string[]) => tags.reduce((sum, tag) => sum + [...tag].length + (/\s/.test(tag) ? 2 : 0), Math.max(0, tags.length - 1));

/** Browser-safe (no Node APIs): the studio validates with it as a person types. */
export const youtubeTargetSchema = z
	.object({
		kind: z.literal('youtube'),
		accountId: z.string().min(1).max(100),
		// YouTube's own limits: 100 characters of title without angle brackets, 5000 bytes of description, 500 characters of tags.
		title: z
			.string()
			.trim()
			.min(1)
			.max(100)
			.regex(/^[^<>]*$/, NO_ANGLE_BRACKETS),
		description: z
			.string()
			.max(DESCRIPTION_MAX_BYTES)
			.regex(/^[^<>]*$/, NO_ANGLE_BRACKETS)
			.superRefine((description, context) => {
				// Characters over the limit are already reported by max(); this catches the multi-byte ones under it.
				const bytes = new TextEncoder().encode(description).length;
				if (description.length <= DESCRIPTION_MAX_BYTES && bytes > DESCRIPTION_MAX_BYTES)
					context.addIssue({ code: 'custom', message: `must be at most ${DESCRIPTION_MAX_BYTES} bytes of UTF-8 (YouTube counts bytes), but is ${bytes}` });
			})
			.optional(),
		tags: z
			.array(z.string().trim().min(1).max(100))
			.max(50)
			.superRefine((tags, context) => {
				const characters = tagCharactersOf(tags);
				if (characters > TAGS_MAX_CHARACTERS)
					context.addIssue({
						code: 'custom',
						message: `must be at most ${TAGS_MAX_CHARACTERS} characters together as YouTube counts them (commas, and quotes around tags with spaces), but are ${characters}`,
					});
			})
			.optional(),
		privacy: z.enum(['public', 'unlisted', 'private']).default('private'),
		publishAt: z.iso.datetime().optional().describe('Scheduled publishing: the video stays private until then'),
		thumbnailFrame: z.number().int().min(0).optional().describe('Frame of the render used as the custom thumbnail'),
		madeForKids: z.boolean().default(false),
		categoryId: z.string().regex(/^\d+$/).default('22'),
		captions: z.boolean().default(true).describe("Upload the render's captions as the video's caption track (when it has captions)"),
		captionLanguage: z
			.string()
			.regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'must be a language code such as en or pt-BR')
			.optional()
			.describe("Language of the caption track (BCP 47); default: the render's captions language"),
	})
	.meta({ title: 'YouTube' });

export type YoutubeTarget = z.output<typeof youtubeTargetSchema>;

/** The description's limit, for what is added to it after validation (the #Shorts tag). */
export const YOUTUBE_DESCRIPTION_MAX_BYTES = DESCRIPTION_MAX_BYTES;
