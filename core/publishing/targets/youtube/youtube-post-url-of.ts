import type { PublishInput } from '../../publish-target.js';
import { isShortOf } from './youtube-video-resource.js';

/** Where people watch the video: the Shorts player for a Short, the watch page otherwise. */
export const youtubePostUrlOf = (videoId: string, render: PublishInput['render']): string =>
	isShortOf(render) ? `https://www.youtube.com/shorts/${videoId}` : `https://www.youtube.com/watch?v=${videoId}`;
