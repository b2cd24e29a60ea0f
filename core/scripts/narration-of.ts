import type { Script } from './script-schema.js';

export type NarrationPart = { kind: 'hook' | 'beat' | 'cta'; start: number; end: number };

export type Narration = {
	/** What is spoken: hook, beats and call to action, emphasis markers removed. */
	text: string;
	/** Character ranges [start, end) in `text` of the words marked *like this*. */
	emphasis: { start: number; end: number }[];
	/** Where the hook, each beat and the call to action sit in `text`, in order. */
	parts: NarrationPart[];
};

/** Joins the parts of a script into the text a voice speaks, keeping where the emphasised words and the parts are. */
export const narrationOf = (script: Script): Narration => {
	const parts: { kind: NarrationPart['kind']; text: string }[] = [
		{ kind: 'hook' as const, text: script.hook },
		...script.beats.map((beat) => ({ kind: 'beat' as const, text: beat.text })),
		{ kind: 'cta' as const, text: script.callToAction },
	].filter((part) => part.text.length > 0);
	let text = '';
	const emphasis: Narration['emphasis'] = [];
	const ranges: NarrationPart[] = [];
	for (const part of parts) {
		if (text.length > 0) text += ' ';
		const start = text.length;
		// Split on *marked* runs; odd indexes are the marked words.
		part.text.split(/\*([^*]+)\*/).forEach((piece, index) => {
			if (index % 2 === 1) emphasis.push({ start: text.length, end: text.length + piece.length });
			text += piece;
		});
		ranges.push({ kind: part.kind, start, end: text.length });
	}
	return { text, emphasis, parts: ranges };
};
