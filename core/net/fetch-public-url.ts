import dns from 'node:dns/promises';
import net from 'node:net';

export class BlockedUrlError extends Error {
	constructor(
		readonly url: string,
		reason: string,
	) {
		super(`${url} is not allowed: ${reason}`);
		this.name = 'BlockedUrlError';
	}
}

const MAX_REDIRECTS = 5;

const assertPublic = async (url: URL, isPublic: (address: string) => boolean) => {
	const host = url.hostname.replace(/^\[|\]$/g, '');
	const addresses = net.isIP(host) ? [host] : (await dns.lookup(host, { all: true, verbatim: true }).catch(() => [])).map((entry) => entry.address);
	if (addresses.length === 0) throw new BlockedUrlError(url.href, `${host} does not resolve`);
	const blocked = addresses.find((address) => !isPublic(address));
	if (blocked) throw new BlockedUrlError(url.href, `${host} resolves to ${blocked}, a loopback, private or link-local address`);
};

/**
 * fetch() that refuses URLs resolving to loopback, private or link-local addresses, and checks every redirect hop
 * the same way (a public URL redirecting to the cloud metadata address is refused). `allowPrivate` turns the check
 * off for trusted setups. The check happens before connecting; DNS answers that change between the check and the
 * connection are not caught.
 */
export const fetchPublicUrl = async (url: string, init: RequestInit & { allowPrivate: boolean; isPublic: (address: string) => boolean }): Promise<Response> => {
	const { allowPrivate, isPublic, ...request } = init;
	let current = new URL(url);
	for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
		if (current.protocol !== 'http:' && current.protocol !== 'https:') throw new BlockedUrlError(current.href, 'only http and https are fetched');
		if (!allowPrivate) await assertPublic(current, isPublic);
		const response = await fetch(current, { ...request, redirect: 'manual' });
		const location = response.headers.get('location');
		if (response.status >= 300 && response.status < 400 && location) {
			await response.body?.cancel();
			current = new URL(location, current);
			continue;
		}
		return response;
	}
	throw new BlockedUrlError(url, `more than ${MAX_REDIRECTS} redirects`);
};
