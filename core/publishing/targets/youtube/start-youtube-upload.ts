import type { OutboundPolicy } from '../../../net/outbound-policy.js';
import { PlatformError } from '../../platform-error.js';
import { platformErrorOf } from '../../platform-error-of.js';

/**
 * Opens a resumable upload session: videos.insert with the metadata as JSON and the file's size and type announced in
 * X-Upload-Content-*. YouTube answers 200 with the session URI in Location; a 403 quotaExceeded here fails for good.
 */
export const startYoutubeUpload = async ({
	apiBaseUrl,
	token,
	resource,
	sizeBytes,
	signal,
	fetch,
}: {
	apiBaseUrl: string;
	token: string;
	resource: unknown;
	sizeBytes: number;
	signal: AbortSignal;
	fetch: OutboundPolicy['fetch'];
}): Promise<string> => {
	const response = await fetch(`${apiBaseUrl}/upload/youtube/v3/videos?uploadType=resumable&part=snippet,status`, {
		method: 'POST',
		headers: {
			authorization: `Bearer ${token}`,
			'content-type': 'application/json; charset=UTF-8',
			'x-upload-content-length': String(sizeBytes),
			'x-upload-content-type': 'video/mp4',
		},
		body: JSON.stringify(resource),
		signal,
	});
	const text = await response.text();
	if (!response.ok) throw platformErrorOf('YouTube', response.status, text);
	const location = response.headers.get('location');
	if (!location) throw new PlatformError('YouTube opened an upload session without a Location header', 'unavailable', true, response.status);
	return new URL(location, apiBaseUrl).toString();
};
