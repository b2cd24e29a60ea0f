import { z } from 'zod';
import type { WebhookBody } from '../../../contracts/webhook-job.js';
import { signWebhook } from '../../../webhooks/sign-webhook.js';
import { storagePrefixOf } from '../../../workspaces/storage-prefix-of.js';
import { PlatformError } from '../../platform-error.js';
import type { Publisher } from '../../publish-target.js';
import type { WebhookTarget } from './webhook-target-schema.js';

const SUBTITLE_CONTENT_TYPES = { srt: 'application/x-subrip', vtt: 'text/vtt' } as const;

/** A receiver may say where it put the video; both are optional. */
const receiptSchema = z.object({ id: z.union([z.string(), z.number()]).optional(), url: z.string().url().optional() }).catch({});

/**
 * Announces the finished video to a URL as a `render.published` event, signed exactly like render webhooks
 * (Reelforge-Signature over `<t>.<body>`), with a link to the file and to its subtitle sidecars. The event id is the same on every attempt,
 * so a receiver that got it before can ignore the repeat. 2xx is success; 410 and other 4xx are final, the rest is retried.
 */
export const publishToWebhook: Publisher<WebhookTarget> = async (input, deps) => {
	const { publication, render, video, signal } = input;
	const eventId = `publication.${publication.id}`;
	const body: WebhookBody = {
		id: eventId,
		type: 'render.published',
		createdAt: new Date().toISOString(),
		data: {
			publicationId: publication.id,
			render: {
				id: render.id,
				template: render.template,
				width: render.width,
				height: render.height,
				fps: render.fps,
				durationInFrames: render.durationInFrames,
				batchId: render.batchId,
				variant: render.variant,
			},
			video: { url: deps.links.fileUrl(`${storagePrefixOf(render.workspaceId)}${render.outputKey}`), contentType: 'video/mp4', sizeBytes: video.sizeBytes },
			// The subtitle sidecars (SRT, WebVTT), signed like the video; empty when the render has no captions.
			captions: input.captions.map(({ format, language, key }) => ({
				format,
				language,
				url: deps.links.fileUrl(`${storagePrefixOf(render.workspaceId)}${key}`),
				contentType: SUBTITLE_CONTENT_TYPES[format],
			})),
			// Who made the clips it uses (stock B-roll: provider, author, page, licence).
			credits: input.credits ?? [],
		},
	};
	const text = JSON.stringify(body);
	await input.setStatus('uploading');
	const response = await deps.outbound.fetch(publication.target.url, {
		method: 'POST',
		headers: signWebhook({ secret: deps.webhookSecret, body: text, event: 'render.published', eventId }),
		body: text,
		redirect: 'manual',
		signal: AbortSignal.any([signal, AbortSignal.timeout(deps.webhookTimeoutMs)]),
	});
	if (response.status < 200 || response.status >= 300) {
		await response.body?.cancel().catch(() => {});
		// Only the status: the receiver's body is not read back to whoever chose the URL.
		if (response.status >= 300 && response.status < 400)
			throw new PlatformError(`The webhook answered a redirect (HTTP ${response.status}); redirects are not followed`, 'rejected', false, response.status);
		const passing = response.status === 429 || response.status >= 500;
		throw new PlatformError(`The webhook answered HTTP ${response.status}`, passing ? 'unavailable' : 'rejected', passing, response.status);
	}
	const answer = await response.text();
	let receipt: z.infer<typeof receiptSchema> = {};
	try {
		receipt = receiptSchema.parse(JSON.parse(answer));
	} catch {
		// Any 2xx body is fine; only a JSON receipt is read.
	}
	return { platformId: receipt.id !== undefined ? String(receipt.id) : eventId, url: receipt.url ?? null };
};
