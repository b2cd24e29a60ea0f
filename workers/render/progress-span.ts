/** Maps a stage's own 0..1 `fraction` onto its part of the whole job, from `from` to `to`. */
export const span = (from: number, to: number, fraction: number) => from + (to - from) * Math.min(1, Math.max(0, fraction));
