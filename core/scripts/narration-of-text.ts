import { type Narration, narrationOf } from './narration-of.js';

const sentences = new Intl.Segmenter('en', { granularity: 'sentence' });

/**
 * Plain narration text as a script: the first sentence is the hook, every later sentence a beat, so a template's hook
 * card ends with the first sentence and its beats follow the speech. No call to action: plain text does not say which
 * sentence is one, and an end card placed on a guess would cover words that are still spoken. A single sentence gets no
 * parts at all: a hook that lasts the whole narration is not a hook, and templates fall back to their own durations.
 */
export const narrationOfText = (text: string): Narration => {
	const pieces = [...sentences.segment(text)].map((piece) => piece.segment.trim()).filter((piece) => piece.length > 0);
	const [hook = text.trim(), ...beats] = pieces;
	const narration = narrationOf({ language: 'en', hook, beats: beats.map((beat) => ({ text: beat })), callToAction: '' });
	return beats.length === 0 ? { ...narration, parts: [] } : narration;
};
