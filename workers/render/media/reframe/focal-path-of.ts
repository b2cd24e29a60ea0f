import type { FocalKey } from '../../../../compositions/shared/media-schemas.js';
import { proxyGeometryOf } from '../plan-clip-proxy.js';
import type { SubjectTrack } from './track-subject.js';

// Keys at this rate at most (plus each cut and the frame before it): the path is smoothed, so linear between them is close.
const KEYS_PER_SECOND = 2;

/** objectPosition along one axis that centres the crop (a `crop` fraction of the source) on `centre`, clamped to the picture. */
const positionFor = (centre: number, crop: number) => (crop >= 1 ? 0.5 : Math.min(1, Math.max(0, (centre - crop / 2) / (1 - crop))));

/** The focal path (objectPosition by source time) that keeps a tracked subject in the middle of a `frame`'s cover crop. */
export const focalPathOf = (track: SubjectTrack, source: { width: number; height: number }, frame: { width: number; height: number }): FocalKey[] => {
	const { crop } = proxyGeometryOf(source, frame);
	const cropX = crop.width / source.width;
	const cropY = crop.height / source.height;
	const every = Math.max(1, Math.round(track.fps / KEYS_PER_SECOND));
	const keys: FocalKey[] = [];
	track.samples.forEach((sample, index) => {
		const next = track.samples[index + 1];
		if (index % every !== 0 && !sample.cut && !next?.cut && index !== track.samples.length - 1) return;
		keys.push({ atSeconds: sample.atSeconds, x: positionFor(sample.x, cropX), y: positionFor(sample.y, cropY), cut: sample.cut });
	});
	return keys;
};
