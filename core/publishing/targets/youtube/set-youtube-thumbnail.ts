import fs from 'node:fs';
import type { OutboundPolicy } from '../../../net/outbound-policy.js';
import { platformErrorOf } from '../../platform-error-of.js';

/**
 * YouTube takes thumbnails of at most 2 MB; read as 10^6 bytes, so an image under it fits whichever way YouTube counts.
 * https://developers.google.com/youtube/v3/docs/thumbnails/set
 */
export const YOUTUBE_THUMBNAIL_MAX_BYTES = 2_000_000;

/** thumbnails.set: the image (JPEG or PNG) is the whole request body (media upload). */
export const setYoutubeThumbnail = async ({
	apiBaseUrl,
	token,
	videoId,
	image,
	contentType,
	signal,
	fetch,
}: {
	apiBaseUrl: string;
	token: string;
	videoId: string;
	image: string;
	contentType: 'image/png' | 'image/jpeg';
	signal: AbortSignal;
	fetch: OutboundPolicy['fetch'];
}): Promise<void> => {
	const response = await fetch(`${apiBaseUrl}/upload/youtube/v3/thumbnails/set?videoId=${encodeURIComponent(videoId)}&uploadType=media`, {
		method: 'POST',
		headers: { authorization: `Bearer ${token}`, 'content-type': contentType },
		body: await fs.promises.readFile(image),
		signal,
	});
	const text = await response.text();
	if (!response.ok) throw platformErrorOf('YouTube thumbnails', response.status, text);
};
