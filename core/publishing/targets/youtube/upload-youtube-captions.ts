import { PlatformError } from '../../platform-error.js';
import type { PublishDeps, PublishInput } from '../../publish-target.js';
import { withAccessToken } from '../../with-access-token.js';
import { insertYoutubeCaption } from './insert-youtube-caption.js';
import { youtubePlatform } from './youtube-platform.js';
import type { YoutubeTarget } from './youtube-target-schema.js';

const languageNames = new Intl.DisplayNames('en', { type: 'language' });

/**
 * Sends a published video's caption track: the render's SRT sidecar (WebVTT when there is no SRT) with the captions'
 * language, or the target's captionLanguage. The video is up already, so a refusal (a missing permission, an unknown
 * language) becomes a note instead of a failure; only what a retry can mend (an outage, a rate limit) is thrown.
 * A 409 captionExists means an earlier attempt sent it and was cut off before saying so.
 */
export const uploadYoutubeCaptions = async (
	input: PublishInput<YoutubeTarget>,
	deps: PublishDeps,
	videoId: string,
): Promise<{ trackId: string } | { note: string | null }> => {
	const { target } = input.publication;
	const file = input.captions.find((entry) => entry.format === 'srt') ?? input.captions[0];
	if (!file) return { note: null };
	const language = target.captionLanguage ?? file.language;
	if (!language) return { note: 'Published without the caption track: its language is unknown (set target.captionLanguage)' };
	const name = languageNames.of(language) ?? language;
	try {
		const trackId = await withAccessToken(
			deps,
			youtubePlatform,
			target.accountId,
			(token) =>
				insertYoutubeCaption({
					apiBaseUrl: deps.publishing.urls.youtubeApi,
					token,
					track: { videoId, language, name, file: file.path },
					signal: input.signal,
					fetch: deps.outbound.fetch,
				}),
			input.signal,
		);
		return { trackId };
	} catch (error) {
		if (error instanceof PlatformError && error.status === 409) return { trackId: 'existing' };
		if (error instanceof PlatformError && error.retryable && error.reason !== 'auth') throw error;
		return { note: `Published, but the caption track was not uploaded: ${error instanceof Error ? error.message : String(error)}` };
	}
};
