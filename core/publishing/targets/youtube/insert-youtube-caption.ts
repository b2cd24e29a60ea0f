import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import type { OutboundPolicy } from '../../../net/outbound-policy.js';
import { platformErrorOf } from '../../platform-error-of.js';

export type YoutubeCaptionTrack = { videoId: string; language: string; name: string; file: string };

/**
 * captions.insert as documented: a multipart upload (uploadType=multipart) of the caption resource's snippet (videoId,
 * language, name; published, not a draft) followed by the caption file itself. Needs the youtube.force-ssl scope.
 * Returns the caption track's id. https://developers.google.com/youtube/v3/docs/captions/insert
 */
export const insertYoutubeCaption = async ({
	apiBaseUrl,
	token,
	track,
	signal,
	fetch,
}: {
	apiBaseUrl: string;
	token: string;
	track: YoutubeCaptionTrack;
	signal: AbortSignal;
	fetch: OutboundPolicy['fetch'];
}): Promise<string> => {
	const boundary = `reelforge-${randomBytes(12).toString('hex')}`;
	const metadata = { snippet: { videoId: track.videoId, language: track.language, name: track.name, isDraft: false } };
	const body = Buffer.concat([
		Buffer.from(`--${boundary}\r\ncontent-type: application/json; charset=UTF-8\r\n\r\n${JSON.stringify(metadata)}\r\n`),
		Buffer.from(`--${boundary}\r\ncontent-type: application/octet-stream\r\n\r\n`),
		await fs.promises.readFile(track.file),
		Buffer.from(`\r\n--${boundary}--\r\n`),
	]);
	const response = await fetch(`${apiBaseUrl}/upload/youtube/v3/captions?uploadType=multipart&part=snippet`, {
		method: 'POST',
		headers: { authorization: `Bearer ${token}`, 'content-type': `multipart/related; boundary=${boundary}` },
		body,
		signal,
	});
	const text = await response.text();
	if (!response.ok) throw platformErrorOf('YouTube captions', response.status, text);
	const id = (JSON.parse(text) as { id?: unknown }).id;
	return typeof id === 'string' ? id : '';
};
