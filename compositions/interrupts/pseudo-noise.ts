/**
 * A repeatable value in [-1, 1] for an integer position and channel. Shake and seeded choices need numbers that look
 * random yet are identical on every render of the same frame, on every worker, so `Math.random` is out.
 */
export const pseudoNoise = (position: number, channel = 0): number => {
	// lowbias32 integer hash (Chris Wellons): well mixed with Math.imul only, so every JS engine gives the same bits.
	let h = Math.imul(Math.floor(position) | 0, 0x9e3779b1) ^ Math.imul((Math.floor(channel) | 0) + 0x632be5ab, 0x85ebca77);
	h ^= h >>> 16;
	h = Math.imul(h, 0x7feb352d);
	h ^= h >>> 15;
	h = Math.imul(h, 0x846ca68b);
	h ^= h >>> 16;
	return ((h >>> 0) / 0xffffffff) * 2 - 1;
};
