import { describe, expect, it } from 'vitest';
import { focalPointAt } from './focal-point-at.js';

const path = [
	{ atSeconds: 0, x: 0.2, y: 0.5, cut: false },
	{ atSeconds: 1, x: 0.4, y: 0.5, cut: false },
	{ atSeconds: 2, x: 0.9, y: 0.3, cut: true },
	{ atSeconds: 3, x: 0.8, y: 0.3, cut: false },
];

describe('focalPointAt', () => {
	it('keeps a fixed point, and the centre when props skipped the schema', () => {
		expect(focalPointAt({ focalPoint: { x: 0.3, y: 0.7 } }, 5)).toEqual({ x: 0.3, y: 0.7 });
		expect(focalPointAt({} as never, 5)).toEqual({ x: 0.5, y: 0.5 });
	});

	it('pans linearly within a shot and jumps at a cut instead of panning across it', () => {
		const clip = { focalPoint: 'auto' as const, focalPath: path };
		expect(focalPointAt(clip, 0.5).x).toBeCloseTo(0.3);
		expect(focalPointAt(clip, 1.99).x).toBeCloseTo(0.4);
		expect(focalPointAt(clip, 2).x).toBeCloseTo(0.9);
		expect(focalPointAt(clip, 2.5).x).toBeCloseTo(0.85);
		expect(focalPointAt(clip, 10)).toMatchObject({ x: 0.8, y: 0.3 });
	});

	it('is the centre for auto before the worker computed a path', () => {
		expect(focalPointAt({ focalPoint: 'auto' }, 1)).toEqual({ x: 0.5, y: 0.5 });
	});
});
