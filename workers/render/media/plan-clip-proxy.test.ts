import { describe, expect, it } from 'vitest';
import { planClipProxy, proxyGeometryOf } from './plan-clip-proxy.js';
import type { SourceVideo } from './probe-source-video.js';

const source = (overrides: Partial<SourceVideo> = {}): SourceVideo => ({
	codec: 'h264',
	width: 1920,
	height: 1080,
	fps: 30,
	durationSeconds: 12,
	bFrames: true,
	maxKeyframeGapSeconds: 2,
	variableFrameRate: false,
	hasAudio: true,
	...overrides,
});
const PORTRAIT = { width: 1080, height: 1920 };

describe('proxyGeometryOf', () => {
	it('crops a landscape source to the 9:16 part the frame shows, at source resolution when the frame is larger', () => {
		expect(proxyGeometryOf({ width: 1920, height: 1080 }, PORTRAIT)).toEqual({ crop: { width: 608, height: 1080 }, size: { width: 608, height: 1080 } });
	});

	it('scales a 4K crop down to the frame, never up', () => {
		expect(proxyGeometryOf({ width: 3840, height: 2160 }, PORTRAIT)).toEqual({ crop: { width: 1216, height: 2160 }, size: { width: 1080, height: 1920 } });
	});
});

describe('planClipProxy', () => {
	it('proxies a landscape 1080p source for a vertical frame: 3.2x fewer pixels to decode', () => {
		const plan = planClipProxy(source(), PORTRAIT, 30, 'auto');
		expect(plan).toMatchObject({ use: true, size: { width: 608, height: 1080 }, fps: 30 });
		expect(plan.why).toBe('decodes 3.2x fewer pixels (1920x1080 to 608x1080)');
	});

	it('keeps a source that is already what the frame shows, saying why', () => {
		const plan = planClipProxy(source({ width: 1080, height: 1920 }), PORTRAIT, 30, 'auto');
		expect(plan).toEqual({ use: false, why: 'a proxy would not be faster: 1080x1920 h264 at 30 fps is about what the frame shows' });
	});

	it('proxies a source of the right size that is slow to seek or has frames the render skips', () => {
		const portrait = { width: 1080, height: 1920 };
		expect(planClipProxy(source({ ...portrait, codec: 'hevc' }), PORTRAIT, 30, 'auto').why).toBe('hevc seeks slowly');
		expect(planClipProxy(source({ ...portrait, maxKeyframeGapSeconds: 10 }), PORTRAIT, 30, 'auto').why).toBe('keyframes up to 10.0 s apart');
		expect(planClipProxy(source({ ...portrait, variableFrameRate: true }), PORTRAIT, 30, 'auto').why).toBe('variable frame rate');
		expect(planClipProxy(source({ ...portrait, fps: 60 }), PORTRAIT, 30, 'auto')).toMatchObject({
			use: true,
			fps: 30,
			why: '60 fps source for 30 fps of output',
		});
	});

	it('follows CLIP_PROXIES off and always', () => {
		expect(planClipProxy(source(), PORTRAIT, 30, 'off')).toEqual({ use: false, why: 'CLIP_PROXIES=off' });
		expect(planClipProxy(source({ width: 1080, height: 1920 }), PORTRAIT, 30, 'always')).toMatchObject({ use: true, why: 'CLIP_PROXIES=always' });
	});
});
