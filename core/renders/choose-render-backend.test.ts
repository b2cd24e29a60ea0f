import { describe, expect, it } from 'vitest';
import { chooseRenderBackend } from './choose-render-backend.js';

const lambda = {
	region: 'us-east-1',
	functionName: 'f',
	serveUrl: 'https://s',
	bucketName: null,
	presignExpiresInSeconds: 60,
	autoQueueDepth: 4,
	autoMinSeconds: 120,
	concurrency: 16,
};
const withLambda = { lambda };
const withoutLambda = { lambda: null };
const choose = (input: Partial<Parameters<typeof chooseRenderBackend>[0]>) =>
	chooseRenderBackend({ requested: 'auto', chunks: 1, config: withLambda, localQueueDepth: 0, durationSeconds: 10, ...input });

describe('chooseRenderBackend', () => {
	it('keeps an explicit choice, and local with chunks is the chunked backend', () => {
		expect(choose({ requested: 'local', localQueueDepth: 100, durationSeconds: 600 })).toBe('local');
		expect(choose({ requested: 'local', chunks: 3 })).toBe('chunked');
		expect(choose({ requested: 'chunked', chunks: 3 })).toBe('chunked');
		expect(choose({ requested: 'lambda' })).toBe('lambda');
	});

	it('refuses a backend this deployment cannot use, or chunked without chunks, saying why', () => {
		expect(() => choose({ requested: 'lambda', config: withoutLambda })).toThrow(
			'"backend": lambda was requested, but Lambda is not configured (set LAMBDA_REGION',
		);
		expect(() => choose({ requested: 'chunked', chunks: 1 })).toThrow('"output.chunks" must be 2 or more for backend chunked');
	});

	it('auto renders locally unless Lambda is configured and the local queue is deep or the video long', () => {
		expect(choose({ config: withoutLambda, localQueueDepth: 100, durationSeconds: 600 })).toBe('local');
		expect(choose({ localQueueDepth: 3, durationSeconds: 119 })).toBe('local');
		expect(choose({ localQueueDepth: 4 })).toBe('lambda');
		expect(choose({ durationSeconds: 120 })).toBe('lambda');
		expect(choose({ durationSeconds: null })).toBe('local');
		expect(choose({ chunks: 4 })).toBe('chunked');
	});
});
