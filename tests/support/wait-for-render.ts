import type { ApiClient } from '../../client/create-api-client.js';
import { isFinished } from '../../core/contracts/render-status.js';
import { waitFor } from './wait-for.js';

/** The render once it is done, failed or cancelled, polled through the API. */
export const waitForRender = (client: ApiClient, id: string, timeoutMs = 60_000) =>
	waitFor(
		`render ${id}`,
		async () => {
			const render = await client.renders.get.query({ id });
			return isFinished(render.status) ? render : undefined;
		},
		timeoutMs,
	);
