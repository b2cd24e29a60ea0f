/**
 * A URL the outbound policy refuses to reach; `reason` says why in words a person can act on. `kind` tells a refusal
 * that holds for good (scheme, address, too many redirects) from a name that did not resolve, which may pass.
 */
export class BlockedUrlError extends Error {
	constructor(
		readonly url: string,
		readonly reason: string,
		readonly kind: 'scheme' | 'address' | 'unresolvable' | 'redirects' = 'address',
	) {
		super(`${url} is not allowed: ${reason}`);
		this.name = 'BlockedUrlError';
	}
}
