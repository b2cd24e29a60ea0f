import fs from 'node:fs';
import path from 'node:path';
import { encodePng } from './encode-png.js';

/** Writes a synthetic PNG (concentric rings) for image backgrounds in samples and tests. */
export const makeSampleImage = (target: string, width: number, height: number): string => {
	if (fs.existsSync(target)) return target;
	fs.mkdirSync(path.dirname(target), { recursive: true });
	const rgb = Buffer.alloc(width * height * 3);
	for (let y = 0; y < height; y++) {
		for (let x = 0; x < width; x++) {
			const ring = Math.hypot(x - width / 2, y - height / 2) / 24;
			const i = (y * width + x) * 3;
			rgb[i] = 200 + Math.round(55 * Math.sin(ring));
			rgb[i + 1] = 90 + Math.round(40 * Math.sin(ring + 1));
			rgb[i + 2] = 40 + Math.round(40 * Math.sin(ring + 2));
		}
	}
	fs.writeFileSync(target, encodePng(rgb, width, height));
	return target;
};
