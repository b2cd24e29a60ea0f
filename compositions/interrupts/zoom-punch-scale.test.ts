import { describe, expect, it } from 'vitest';
import { zoomPunchScale } from './zoom-punch-scale.js';

describe('zoomPunchScale', () => {
	it('is 1 away from any punch', () => {
		expect(zoomPunchScale(0, 30, [{ atSeconds: 2, intensity: 1 }])).toBe(1);
		expect(zoomPunchScale(90, 30, [{ atSeconds: 2, intensity: 1 }])).toBe(1);
	});

	it('peaks at the end of the attack and eases back', () => {
		const punches = [{ atSeconds: 1, intensity: 1 }];
		expect(zoomPunchScale(33, 30, punches)).toBeCloseTo(1.25, 5);
		const release = [36, 39, 42, 45].map((frame) => zoomPunchScale(frame, 30, punches));
		expect(release).toEqual([...release].sort((a, b) => b - a));
		expect(zoomPunchScale(45, 30, punches)).toBe(1);
	});

	it('does not stack overlapping punches', () => {
		const one = zoomPunchScale(33, 30, [{ atSeconds: 1, intensity: 1 }]);
		const two = zoomPunchScale(33, 30, [
			{ atSeconds: 1, intensity: 1 },
			{ atSeconds: 1.05, intensity: 1 },
		]);
		expect(two).toBeCloseTo(one, 5);
	});
});
