import { RenderInputError } from '../render-errors.js';

/** A render's page tried to load something other than its own media; the same props would try again, so never retried. */
export class RenderBlockedError extends RenderInputError {
	constructor(
		readonly url: string,
		readonly reason: string,
	) {
		super(`The render tried to load ${url.slice(0, 300)}, which the render sandbox refused (${reason}); a render may only load the media its props name`);
		this.name = 'RenderBlockedError';
	}
}
