import type { FocalKey } from '../../../compositions/shared/media-schemas.js';

const fixed = (value: number) => value.toFixed(4);

/**
 * An ffmpeg expression of `t` (seconds from the proxy's start) for the crop's offset along one axis: `span` pixels of
 * play times the focal path's position (objectPosition), linear within a shot and a jump at each cut, as the
 * composition draws it (compositions/shared/focal-point-at.ts). A flat sum of terms, so long paths do not nest deeply.
 */
export const cropOffsetExpression = (path: readonly FocalKey[], axis: 'x' | 'y', span: number, startSeconds: number): string => {
	const first = path[0];
	if (!first || span <= 0) return '0';
	const T = `(t+${fixed(startSeconds)})`;
	const at = (key: FocalKey) => span * key[axis];
	const terms = [`${fixed(at(first))}*lt(${T},${fixed(first.atSeconds)})`];
	for (let index = 1; index < path.length; index++) {
		const previous = path[index - 1] as FocalKey;
		const next = path[index] as FocalKey;
		const length = next.atSeconds - previous.atSeconds;
		const inside = `gte(${T},${fixed(previous.atSeconds)})*lt(${T},${fixed(next.atSeconds)})`;
		const value =
			next.cut || length <= 0
				? fixed(at(previous))
				: `(${fixed(at(previous))}+${fixed(at(next) - at(previous))}*(${T}-${fixed(previous.atSeconds)})/${fixed(length)})`;
		terms.push(`${inside}*${value}`);
	}
	const last = path[path.length - 1] as FocalKey;
	terms.push(`${fixed(at(last))}*gte(${T},${fixed(last.atSeconds)})`);
	return terms.join('+');
};
