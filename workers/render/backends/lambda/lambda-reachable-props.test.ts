import { describe, expect, it } from 'vitest';
import { lambdaReachableProps } from './lambda-reachable-props.js';

describe('lambdaReachableProps', () => {
	it('maps storage keys to the public /files route and keeps public URLs', () => {
		const props = { background: { src: 'storage:clips/ab cd.mp4' }, music: { src: 'https://cdn.example.com/song.mp3' } };
		expect(lambdaReachableProps(props, 'https://reelforge.example.com/base')).toEqual({
			background: { src: 'https://reelforge.example.com/base/files/clips/ab%20cd.mp4' },
			music: { src: 'https://cdn.example.com/song.mp3' },
		});
	});

	it.each([['http://127.0.0.1:8080/a.mp4'], ['http://10.0.0.5/a.mp4'], ['http://localhost/a.mp4'], ['http://nas.local/a.mp4'], ['file:///etc/passwd']])(
		'refuses %s, naming it',
		(src) => {
			expect(() => lambdaReachableProps({ clip: { src } }, 'https://reelforge.example.com')).toThrow(`Lambda cannot fetch "${src}"`);
		},
	);

	it('refuses storage media when there is no public address for AWS to fetch it from', () => {
		expect(() => lambdaReachableProps({ clip: { src: 'storage:a.mp4' } }, null)).toThrow('set PUBLIC_URL');
		expect(() => lambdaReachableProps({ clip: { src: 'storage:a.mp4' } }, 'http://127.0.0.1:3000')).toThrow('set PUBLIC_URL');
	});
});
