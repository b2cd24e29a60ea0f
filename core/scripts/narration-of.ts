import type { Script } from './script-schema.js';

export type Narration = {
	/** What is spoken: hook, beats and call to action, emphasis markers removed. */
	text: string;
	/** Character ranges [start, end) in `text` of the words marked *like this*. */
	emphasis: { start: number; end: number }[];
};

/** Joins the parts of a script into the text a voice speaks, keeping where the emphasised words are. */
export const narrationOf = (script: Script): Narration => {
	const parts = [script.hook, ...script.beats.map((beat) => beat.text), script.callToAction].filter((part) => part.length > 0);
	let text = '';
	const emphasis: Narration['emphasis'] = [];
	for (const part of parts) {
		if (text.length > 0) text += ' ';
		// Split on *marked* runs; odd indexes are the marked words.
		part.split(/\*([^*]+)\*/).forEach((piece, index) => {
			if (index % 2 === 1) emphasis.push({ start: text.length, end: text.length + piece.length });
			text += piece;
		});
	}
	return { text, emphasis };
};
