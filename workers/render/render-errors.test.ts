import { describe, expect, it } from 'vitest';
import { MediaSourceError } from './media/media-source-error.js';
import { isRetryableRenderError, RenderCancelledError, RenderInputError } from './render-errors.js';

describe('isRetryableRenderError', () => {
	it('never retries cancelled renders or bad input', () => {
		expect(isRetryableRenderError(new RenderCancelledError('r1'))).toBe(false);
		expect(isRetryableRenderError(new RenderInputError('bad props'))).toBe(false);
	});

	it('retries media failures only when they can pass', () => {
		expect(isRetryableRenderError(new MediaSourceError('https://x/a.mp4', 'HTTP 404', false))).toBe(false);
		expect(isRetryableRenderError(new MediaSourceError('https://x/a.mp4', 'HTTP 503', true))).toBe(true);
	});

	it('retries anything unexpected', () => {
		expect(isRetryableRenderError(new Error('Target closed'))).toBe(true);
	});
});
