import { describe, expect, it } from 'vitest';
import { MediaSourceError } from './media/media-source-error.js';
import { renderFailureMessageOf } from './render-failure-message-of.js';

describe('renderFailureMessageOf', () => {
	it('keeps our own errors as written', () => {
		const error = new MediaSourceError('https://cdn.example/a.mp4', 'not found (HTTP 404)', false, 'not-found');
		expect(renderFailureMessageOf(error)).toBe('Media "https://cdn.example/a.mp4" could not be loaded: not found (HTTP 404)');
	});

	it('turns a tool error into its first line, without server paths or the worker’s loopback media URLs', () => {
		const raw = new Error(
			'Error: Could not decode http://127.0.0.1:41235/0b3c7a0e-1111-4222-8333-944455556666/clip.mp4 at /work/main/node_modules/@remotion/renderer/dist/x.js:1:2\n    at foo (/srv/reelforge/workers/render-video.ts:10:3)',
		);
		const message = renderFailureMessageOf(raw);
		expect(message).toBe('Rendering failed: Could not decode clip.mp4 at x.js:1:2');
		expect(message).not.toMatch(/\/work\/|\/srv\/|127\.0\.0\.1|\n/);
	});

	it('keeps URLs users gave', () => {
		expect(renderFailureMessageOf(new Error('Timeout loading https://cdn.example/v/a.mp4'))).toBe(
			'Rendering failed: Timeout loading https://cdn.example/v/a.mp4',
		);
	});
});
