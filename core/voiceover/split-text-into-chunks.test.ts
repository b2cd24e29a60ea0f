import { describe, expect, it } from 'vitest';
import { splitTextIntoChunks } from './split-text-into-chunks.js';

describe('splitTextIntoChunks', () => {
	it('keeps short text whole', () => {
		expect(splitTextIntoChunks('Hello there.', 100)).toEqual([{ text: 'Hello there.', offset: 0 }]);
	});

	it('cuts at sentence ends, and offsets point back into the text', () => {
		const text = 'First sentence here. Second one is here. Third.';
		const chunks = splitTextIntoChunks(text, 25);
		expect(chunks.map((chunk) => chunk.text)).toEqual(['First sentence here.', 'Second one is here.', 'Third.']);
		for (const chunk of chunks) expect(text.slice(chunk.offset, chunk.offset + chunk.text.length)).toBe(chunk.text);
	});

	it('falls back to word boundaries and never exceeds the limit', () => {
		const text = 'one two three four five six seven eight nine ten';
		const chunks = splitTextIntoChunks(text, 12);
		expect(chunks.every((chunk) => chunk.text.length <= 12)).toBe(true);
		expect(chunks.map((chunk) => chunk.text).join(' ')).toBe(text);
	});
});
