/** One subtitle cue: its time span and its text, lines separated by \n. */
export type SubtitleCue = { startMs: number; endMs: number; text: string };
