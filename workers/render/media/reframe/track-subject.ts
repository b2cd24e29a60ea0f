import type { GrayFrames } from './read-gray-frames.js';

/** Where the subject is in each analysed frame (0..1 of the source's width and height), and where shots change. */
export type SubjectTrack = { fps: number; samples: { atSeconds: number; x: number; y: number; cut: boolean }[] };

// A cut: the picture changes this much more than it usually does from frame to frame (mean absolute difference, 0..255).
const CUT_MIN_DIFFERENCE = 18;
const CUT_TO_TYPICAL = 3;
// Pixels this far from the shot's background (its per-pixel median) are foreground: what moves is the subject.
const FOREGROUND_LEVEL = 28;
// The subject is found as the window of the frame's width that holds the most foreground, then its centroid in it.
const WINDOW_FRACTION = 0.3;
// Smoothing: a centred moving average over about a second, within a shot only.
const SMOOTH_SECONDS = 1;

const meanAbsDifference = (a: Uint8Array, b: Uint8Array) => {
	let sum = 0;
	for (let index = 0; index < a.length; index++) sum += Math.abs((a[index] as number) - (b[index] as number));
	return sum / a.length;
};

const median = (values: number[]) => {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.floor(sorted.length / 2)] ?? 0;
};

/** Frame indexes where a new shot starts (0 always does). */
const shotStartsOf = (frames: Uint8Array[]): number[] => {
	const starts = [0];
	const recent: number[] = [];
	for (let index = 1; index < frames.length; index++) {
		const difference = meanAbsDifference(frames[index - 1] as Uint8Array, frames[index] as Uint8Array);
		const typical = recent.length > 0 ? median(recent) : 0;
		if (difference > CUT_MIN_DIFFERENCE && difference > CUT_TO_TYPICAL * typical) {
			starts.push(index);
			recent.length = 0;
		} else {
			recent.push(difference);
			if (recent.length > 20) recent.shift();
		}
	}
	return starts;
};

/** The per-pixel median of (up to 31 of) a shot's frames: its background, without anything that moves through it. */
const backgroundOf = (shot: Uint8Array[]): Uint8Array => {
	const step = Math.max(1, Math.floor(shot.length / 31));
	const picked = shot.filter((_, index) => index % step === 0);
	const size = shot[0]?.length ?? 0;
	const background = new Uint8Array(size);
	const column = new Array<number>(picked.length);
	for (let pixel = 0; pixel < size; pixel++) {
		for (let index = 0; index < picked.length; index++) column[index] = (picked[index] as Uint8Array)[pixel] as number;
		background[pixel] = median(column);
	}
	return background;
};

/** The subject's centre in one frame, or null when nothing stands out from the background. */
const subjectIn = (frame: Uint8Array, background: Uint8Array, previous: Uint8Array | null, width: number, height: number) => {
	const columns = new Float64Array(width);
	const rows = new Float64Array(height);
	let total = 0;
	for (let y = 0; y < height; y++) {
		for (let x = 0; x < width; x++) {
			const index = y * width + x;
			const value = frame[index] as number;
			const still = Math.abs(value - (background[index] as number));
			const moving = previous ? Math.abs(value - (previous[index] as number)) : 0;
			const energy = Math.max(0, Math.max(still, moving) - FOREGROUND_LEVEL);
			columns[x] = (columns[x] as number) + energy;
			rows[y] = (rows[y] as number) + energy;
			total += energy;
		}
	}
	if (total < width * height * 0.002) return null;
	const window = Math.max(1, Math.round(width * WINDOW_FRACTION));
	let best = 0;
	let bestStart = 0;
	let running = 0;
	for (let x = 0; x < width; x++) {
		running += columns[x] as number;
		if (x >= window) running -= columns[x - window] as number;
		if (x >= window - 1 && running > best) {
			best = running;
			bestStart = x - window + 1;
		}
	}
	let weighted = 0;
	let weight = 0;
	for (let x = bestStart; x < bestStart + window; x++) {
		weighted += (x + 0.5) * (columns[x] as number);
		weight += columns[x] as number;
	}
	let weightedY = 0;
	for (let y = 0; y < height; y++) weightedY += (y + 0.5) * (rows[y] as number);
	return { x: weight > 0 ? weighted / weight / width : 0.5, y: weightedY / total / height };
};

/**
 * Follows the salient moving subject through a clip: shots are split where the picture jumps, each shot's background
 * is its per-pixel median, the subject is the densest foreground (what differs from that background or moves), and
 * its centre is smoothed within the shot. A shot with nothing standing out keeps the centre.
 */
export const trackSubject = ({ width, height, fps, frames }: GrayFrames): SubjectTrack => {
	const starts = shotStartsOf(frames);
	const samples: SubjectTrack['samples'] = [];
	const radius = Math.max(0, Math.round((SMOOTH_SECONDS * fps) / 2));
	for (const [shotIndex, start] of starts.entries()) {
		const end = starts[shotIndex + 1] ?? frames.length;
		const shot = frames.slice(start, end);
		const background = backgroundOf(shot);
		const raw = shot.map((frame, index) => subjectIn(frame, background, index > 0 ? (shot[index - 1] as Uint8Array) : null, width, height));
		// Frames where nothing stands out take the nearest found position; a shot with none keeps the centre.
		const found = raw.map((point, index) => ({ point, index })).filter((entry) => entry.point !== null);
		const filled = raw.map((point, index) => {
			if (point) return point;
			const nearest = found.reduce<(typeof found)[number] | null>(
				(a, b) => (a === null || Math.abs(b.index - index) < Math.abs(a.index - index) ? b : a),
				null,
			);
			return nearest?.point ?? { x: 0.5, y: 0.5 };
		});
		for (let index = 0; index < filled.length; index++) {
			// Symmetric at the shot's ends too, so a moving subject is not led or trailed there.
			const reach = Math.min(radius, index, filled.length - 1 - index);
			const from = index - reach;
			const to = index + reach;
			let x = 0;
			let y = 0;
			for (let other = from; other <= to; other++) {
				x += (filled[other] as { x: number }).x;
				y += (filled[other] as { y: number }).y;
			}
			const count = to - from + 1;
			samples.push({ atSeconds: (start + index) / fps, x: x / count, y: y / count, cut: index === 0 && shotIndex > 0 });
		}
	}
	return { fps, samples };
};
