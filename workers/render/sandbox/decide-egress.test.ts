import { describe, expect, it } from 'vitest';
import { decideEgress } from './decide-egress.js';

const rules = { assetPort: 4100, renderPorts: new Set([4200]) };

describe('decideEgress', () => {
	it.each([
		['GET', 'http://127.0.0.1:4100/0b3c7a0e-1111-4222-8333-944455556666/clip.mp4'],
		['HEAD', 'http://127.0.0.1:4100/0b3c7a0e-1111-4222-8333-944455556666/clip.mp4'],
		['GET', 'http://localhost:4200/index.html'],
		['GET', 'http://localhost:4200/bundle.js'],
		['GET', `http://localhost:4200/proxy?src=${encodeURIComponent('http://127.0.0.1:4100/t/clip.mp4')}&time=1.5`],
		['GET', `http://localhost:4200/proxy?src=${encodeURIComponent('http://localhost:4200/public/a.mp4')}`],
	])('lets a page %s %s', (method, url) => {
		expect(decideEgress(method, url, rules)).toBeNull();
	});

	it.each([
		['GET', 'http://127.0.0.1:6379/', "it is not one of the render's own servers"],
		['GET', 'http://localhost:3000/trpc/apiKeys.list', "it is not one of the render's own servers"],
		['GET', 'http://169.254.169.254/latest/meta-data/', "it is not one of the render's own servers"],
		['GET', 'http://example.com/x.png', "it is not one of the render's own servers"],
		['GET', 'http://[::1]:4100/x', "it is not one of the render's own servers"],
		['POST', 'http://127.0.0.1:4100/x', 'only GET and HEAD'],
		['GET', 'https://127.0.0.1:4100/x', 'only the render'],
		['GET', `http://localhost:4200/proxy?src=${encodeURIComponent('http://127.0.0.1:6379/')}`, "is not the render's own media"],
		['GET', `http://localhost:4200/proxy?src=${encodeURIComponent('https://example.com/a.mp4')}`, "is not the render's own media"],
		['GET', 'http://localhost:4200/proxy?src=not-a-url', 'not a URL'],
		['GET', 'not a url at all', 'not a URL'],
	])('refuses %s %s', (method, url, reason) => {
		expect(decideEgress(method, url, rules)).toContain(reason);
	});

	it('refuses another render port once it is released', () => {
		expect(decideEgress('GET', 'http://localhost:4201/index.html', rules)).not.toBeNull();
	});
});
