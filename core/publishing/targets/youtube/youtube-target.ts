import type { PublishTarget } from '../../publish-target.js';
import { TargetRefusedError } from '../../target-refused-error.js';
import { measureYoutubeVideos } from './measure-youtube-videos.js';
import { publishToYoutube } from './publish-to-youtube.js';
import { youtubePlatform } from './youtube-platform.js';

/** A YouTube channel: one upload per render and channel, whatever the title. */
export const youtubeTarget: PublishTarget<'youtube'> = {
	kind: 'youtube',
	identityOf: (target) => [target.accountId],
	check: (target, { now }) => {
		// YouTube refuses a publishAt in the past when the upload starts, after the whole file was sent.
		if (target.publishAt && Date.parse(target.publishAt) <= now.getTime())
			throw new TargetRefusedError('BAD_REQUEST', `"target.publishAt" must be in the future, but is ${target.publishAt}`);
	},
	publish: publishToYoutube,
	platform: { ...youtubePlatform, measure: measureYoutubeVideos },
};
