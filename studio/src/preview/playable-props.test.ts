import { describe, expect, it } from 'vitest';
import { defaultMapping, mappingForApi } from '../batches/default-mapping.js';
import { routeOf } from '../use-hash-route.js';
import { playableProps, storageSrcOf } from './playable-props.js';

describe('playableProps', () => {
	it('points storage keys at the API files route, deep in lists and objects, and leaves URLs and other values alone', () => {
		const props = { background: { src: 'storage:samples/a.mp4' }, clips: [{ src: 'https://cdn.example/b.mp4' }], fps: 30, title: 'storage is fun' };
		expect(playableProps(props, 'http://127.0.0.1:3000')).toEqual({
			background: { src: 'http://127.0.0.1:3000/files/samples/a.mp4' },
			clips: [{ src: 'https://cdn.example/b.mp4' }],
			fps: 30,
			title: 'storage is fun',
		});
	});

	it('turns an API file URL back into a storage key, and any other URL into itself', () => {
		expect(storageSrcOf('http://h:1/files/voiceovers/v.wav', 'http://h:1')).toBe('storage:voiceovers/v.wav');
		expect(storageSrcOf('https://elsewhere/v.wav', 'http://h:1')).toBe('https://elsewhere/v.wav');
	});
});

describe('defaultMapping', () => {
	it('maps columns named like prop paths to themselves and leaves the rest for the user', () => {
		const mapping = defaultMapping(['hook', 'backgroundColor'], ['backgroundColor', 'format']);
		expect(mapping).toEqual({ hook: '', backgroundColor: 'backgroundColor' });
		expect(mappingForApi(mapping)).toEqual({ backgroundColor: 'backgroundColor' });
	});
});

describe('routeOf', () => {
	it('reads the pages from the hash', () => {
		expect(routeOf('')).toEqual({ page: 'gallery' });
		expect(routeOf('#/templates/quote-card')).toEqual({ page: 'editor', templateId: 'quote-card' });
		expect(routeOf('#/batches')).toEqual({ page: 'batches' });
		expect(routeOf('#/nowhere')).toEqual({ page: 'not-found', hash: '#/nowhere' });
	});

	it('reads the publish page query, as the OAuth callback and the render links write it', () => {
		expect(routeOf('#/publish')).toEqual({ page: 'publish', params: {} });
		expect(routeOf('#/publish?connected=youtube&account=a1')).toEqual({ page: 'publish', params: { connected: 'youtube', account: 'a1' } });
		expect(routeOf('#/publish?render=r%201')).toEqual({ page: 'publish', params: { render: 'r 1' } });
		expect(routeOf('#/batches?x=1')).toEqual({ page: 'batches' });
	});
});
