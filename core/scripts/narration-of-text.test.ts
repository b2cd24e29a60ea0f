import { describe, expect, it } from 'vitest';
import { narrationOfText } from './narration-of-text.js';

const spans = (narration: ReturnType<typeof narrationOfText>) =>
	narration.parts.map((part) => ({ kind: part.kind, text: narration.text.slice(part.start, part.end) }));

describe('narrationOfText', () => {
	it('makes the first sentence the hook and each later sentence a beat, with no call to action', () => {
		const narration = narrationOfText('I tried three *editing* tricks. The second one doubled my watch time!  Here is why?\nFollow for more.');
		expect(spans(narration)).toEqual([
			{ kind: 'hook', text: 'I tried three editing tricks.' },
			{ kind: 'beat', text: 'The second one doubled my watch time!' },
			{ kind: 'beat', text: 'Here is why?' },
			{ kind: 'beat', text: 'Follow for more.' },
		]);
		expect(narration.emphasis.map((range) => narration.text.slice(range.start, range.end))).toEqual(['editing']);
	});

	it('gives a single sentence no parts, so templates keep their own hook length', () => {
		const narration = narrationOfText('Just one *long* sentence without a full stop');
		expect(narration.text).toBe('Just one long sentence without a full stop');
		expect(narration.parts).toEqual([]);
		expect(narration.emphasis).toEqual([{ start: 9, end: 13 }]);
	});
});
