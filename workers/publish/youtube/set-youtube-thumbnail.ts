import fs from 'node:fs';
import type { OutboundPolicy } from '../../../core/net/outbound-policy.js';
import { platformErrorOf } from '../../../core/publishing/platform-error-of.js';

/** thumbnails.set: the image is the whole request body (media upload), at most 2 MB. */
export const setYoutubeThumbnail = async ({
	apiBaseUrl,
	token,
	videoId,
	png,
	signal,
	fetch,
}: {
	apiBaseUrl: string;
	token: string;
	videoId: string;
	png: string;
	signal: AbortSignal;
	fetch: OutboundPolicy['fetch'];
}): Promise<void> => {
	const response = await fetch(`${apiBaseUrl}/upload/youtube/v3/thumbnails/set?videoId=${encodeURIComponent(videoId)}&uploadType=media`, {
		method: 'POST',
		headers: { authorization: `Bearer ${token}`, 'content-type': 'image/png' },
		body: await fs.promises.readFile(png),
		signal,
	});
	const text = await response.text();
	if (!response.ok) throw platformErrorOf('YouTube thumbnails', response.status, text);
};
