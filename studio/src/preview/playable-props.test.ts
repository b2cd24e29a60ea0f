import { describe, expect, it } from 'vitest';
import { defaultMapping, mappingForApi } from '../batches/default-mapping.js';
import { routeOf } from '../use-hash-route.js';
import { playableProps, storageSrcsOf } from './playable-props.js';

describe('playableProps', () => {
	const props = {
		background: { src: 'storage:samples/a.mp4' },
		clips: [{ src: 'https://cdn.example/b.mp4' }, { src: 'storage:clips/c.mp4' }, { src: 'storage:samples/a.mp4' }],
		fps: 30,
		title: 'storage is fun',
	};

	it('finds every storage reference once, deep in lists and objects', () => {
		expect(storageSrcsOf(props)).toEqual(['storage:samples/a.mp4', 'storage:clips/c.mp4']);
	});

	it('puts the signed link in place of each storage reference, and leaves URLs, unreadable media and other values alone', () => {
		const links = { 'storage:samples/a.mp4': 'http://h:1/files/samples/a.mp4?expires=9&signature=s', 'storage:clips/c.mp4': null };
		expect(playableProps(props, links)).toEqual({
			background: { src: 'http://h:1/files/samples/a.mp4?expires=9&signature=s' },
			clips: [{ src: 'https://cdn.example/b.mp4' }, { src: 'storage:clips/c.mp4' }, { src: 'http://h:1/files/samples/a.mp4?expires=9&signature=s' }],
			fps: 30,
			title: 'storage is fun',
		});
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
