import { describe, expect, it } from 'vitest';
import { type ChooseBackendInput, chooseBackend, LambdaNotConfiguredError } from './choose-backend.js';

const base: ChooseBackendInput = {
	requested: 'auto',
	lambdaConfigured: true,
	queueDepth: 0,
	durationSeconds: 30,
	thresholds: { queueDepth: 4, durationSeconds: 120 },
};

describe('chooseBackend', () => {
	it('keeps an explicit local choice even when the queue is deep', () => {
		expect(chooseBackend({ ...base, requested: 'local', queueDepth: 100 })).toBe('local');
	});

	it('keeps an explicit lambda choice for a short video and an empty queue', () => {
		expect(chooseBackend({ ...base, requested: 'lambda' })).toBe('lambda');
	});

	it('refuses lambda when Lambda is not configured', () => {
		expect(() => chooseBackend({ ...base, requested: 'lambda', lambdaConfigured: false })).toThrow(LambdaNotConfiguredError);
		expect(() => chooseBackend({ ...base, requested: 'lambda', lambdaConfigured: false })).toThrow(/LAMBDA_REGION/);
	});

	it('auto renders locally when Lambda is not configured, however deep the queue', () => {
		expect(chooseBackend({ ...base, lambdaConfigured: false, queueDepth: 100, durationSeconds: 600 })).toBe('local');
	});

	it('auto renders a short video locally while the queue is shallow', () => {
		expect(chooseBackend({ ...base, queueDepth: 3, durationSeconds: 119 })).toBe('local');
	});

	it('auto sends to Lambda once the queue reaches the threshold', () => {
		expect(chooseBackend({ ...base, queueDepth: 4 })).toBe('lambda');
	});

	it('auto sends a long video to Lambda', () => {
		expect(chooseBackend({ ...base, durationSeconds: 120 })).toBe('lambda');
	});

	it('auto decides on the queue alone when the duration is unknown', () => {
		expect(chooseBackend({ ...base, durationSeconds: null })).toBe('local');
		expect(chooseBackend({ ...base, durationSeconds: null, queueDepth: 10 })).toBe('lambda');
	});
});
