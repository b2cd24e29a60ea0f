import { describe, expect, it } from 'vitest';
import { annotateLoopingMedia, collectLoopingSources, collectMediaSources, replaceMediaSources } from './collect-media-sources.js';

const props = {
	background: { src: 'storage:a.mp4' },
	inserts: [{ src: 'https://x/b.mp4' }, { src: 'storage:a.mp4' }],
	title: 'src',
	nested: { deep: [{ clip: { src: 'https://x/c.mp4' } }] },
};

describe('media sources in props', () => {
	it('finds every src once, at any depth', () => {
		expect([...collectMediaSources(props)].sort()).toEqual(['https://x/b.mp4', 'https://x/c.mp4', 'storage:a.mp4']);
	});

	it('rewrites them without touching other fields or the original', () => {
		const map = new Map([
			['storage:a.mp4', 'http://127.0.0.1:1/a'],
			['https://x/c.mp4', 'http://127.0.0.1:1/c'],
		]);
		expect(replaceMediaSources(props, map)).toEqual({
			background: { src: 'http://127.0.0.1:1/a' },
			inserts: [{ src: 'https://x/b.mp4' }, { src: 'http://127.0.0.1:1/a' }],
			title: 'src',
			nested: { deep: [{ clip: { src: 'http://127.0.0.1:1/c' } }] },
		});
		expect(props.background.src).toBe('storage:a.mp4');
	});
});

describe('looping media', () => {
	it('finds the sources of looping clips and adds their measured length', () => {
		const input = { top: { src: 'a', loop: false }, bottom: { src: 'b', loop: true }, other: [{ src: 'c', loop: true, sourceDurationSeconds: 3 }] };
		expect([...collectLoopingSources(input)]).toEqual(['b']);
		expect(annotateLoopingMedia(input, new Map([['b', 8.5]]))).toEqual({
			top: { src: 'a', loop: false },
			bottom: { src: 'b', loop: true, sourceDurationSeconds: 8.5 },
			other: [{ src: 'c', loop: true, sourceDurationSeconds: 3 }],
		});
	});
});
