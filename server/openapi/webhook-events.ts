import { EVENT_HEADER, EVENT_ID_HEADER, SIGNATURE_HEADER } from '../../core/webhooks/sign-webhook.js';

/** What Reelforge POSTs to a render's or batch's webhookUrl (core/webhooks/), as OpenAPI 3.1 `webhooks`. */
export const webhookEvents = {
	renderOrBatchFinished: {
		post: {
			operationId: 'receiveWebhookEvent',
			summary: 'A render or batch finished (render.done, render.failed, render.cancelled, batch.done, batch.failed) or a render was published',
			description: `Verify before trusting it: \`${SIGNATURE_HEADER}: t=<unix seconds>,v1=<hex HMAC-SHA256>\`, the HMAC computed with the signing secret (WEBHOOK_SIGNING_SECRET) over \`<t>.<raw body>\`. Compare in constant time with each v1 value and reject a t more than 300 s from your clock. Retries carry the same ${EVENT_ID_HEADER}: ignore duplicates. Answer 2xx; anything else is retried with backoff.`,
			parameters: [
				{ name: SIGNATURE_HEADER, in: 'header', required: true, schema: { type: 'string' }, example: 't=1764633600,v1=5d41402abc4b2a76b9719d911017c592…' },
				{ name: EVENT_HEADER, in: 'header', required: true, schema: { type: 'string' }, example: 'render.done' },
				{ name: EVENT_ID_HEADER, in: 'header', required: true, schema: { type: 'string' } },
			],
			requestBody: {
				required: true,
				content: {
					'application/json': {
						schema: {
							type: 'object',
							required: ['id', 'type', 'createdAt', 'data'],
							properties: {
								id: { type: 'string', description: 'The event id (same as the Event-Id header)' },
								type: { type: 'string', description: 'The event (same as the Event header)' },
								createdAt: { type: 'string', description: 'ISO 8601' },
								data: { type: 'object', description: '{ render } for render events (with outputUrl, a signed link), { batch } for batch events' },
							},
						},
					},
				},
			},
			responses: { '200': { description: 'Received' } },
		},
	},
};
