import type { Clip, FocalKey } from './media-schemas.js';

const CENTRE = { x: 0.5, y: 0.5 };

/** Linear between keys of one shot; held until a cut, where it jumps (panning across a cut shows neither shot well). */
const alongPath = (path: readonly FocalKey[], seconds: number): { x: number; y: number } => {
	const first = path[0];
	if (!first) return CENTRE;
	if (seconds <= first.atSeconds) return first;
	for (let index = 1; index < path.length; index++) {
		const next = path[index] as FocalKey;
		if (seconds >= next.atSeconds) continue;
		const previous = path[index - 1] as FocalKey;
		if (next.cut) return previous;
		const t = (seconds - previous.atSeconds) / (next.atSeconds - previous.atSeconds);
		return { x: previous.x + (next.x - previous.x) * t, y: previous.y + (next.y - previous.y) * t };
	}
	return path[path.length - 1] as FocalKey;
};

/** Where a clip's cover crop sits (objectPosition, 0..1) at `sourceSeconds` of its source: its fixed point or its auto path. */
export const focalPointAt = (clip: Pick<Clip, 'focalPoint' | 'focalPath'>, sourceSeconds: number): { x: number; y: number } =>
	// Props that skipped the schema (Remotion Studio, the CLI) may have no point at all: the centre, as CSS would.
	clip.focalPoint === 'auto' ? alongPath(clip.focalPath ?? [], sourceSeconds) : (clip.focalPoint ?? CENTRE);

/** The CSS objectPosition for that point. */
export const objectPositionAt = (clip: Pick<Clip, 'focalPoint' | 'focalPath'>, sourceSeconds: number): string => {
	const { x, y } = focalPointAt(clip, sourceSeconds);
	return `${x * 100}% ${y * 100}%`;
};
