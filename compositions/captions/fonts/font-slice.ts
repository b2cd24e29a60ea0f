/** One unicode-range slice of a shipped font: a file in the bundle and the characters it covers (CSS unicode-range). */
export type FontSlice = { url: string; unicodeRange: string };
