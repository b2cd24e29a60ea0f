import { describe, expect, it } from 'vitest';
import { collectMediaSources, replaceMediaSources } from './collect-media-sources.js';

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
