import dns from 'node:dns/promises';
import net from 'node:net';
import { type AllowedHostRule, isAddressAllowed, isNameAllowed } from './allowed-host-rules.js';
import { BlockedUrlError } from './blocked-url-error.js';
import { nonPublicReasonOf } from './is-public-address.js';

export type ResolveHost = (hostname: string) => Promise<string[]>;

export const resolveWithDns: ResolveHost = async (hostname) => (await dns.lookup(hostname, { all: true, verbatim: true })).map((entry) => entry.address);

/**
 * The address to connect to for `hostname:port`, or BlockedUrlError. Every address the name resolves to must be
 * allowed (public, or allow-listed), so a name with one public and one private answer is refused; the connection then
 * goes to the address checked here, so a DNS answer that changes after the check is never used.
 */
export const resolveAllowedAddress = async (
	url: string,
	hostname: string,
	port: number,
	rules: readonly AllowedHostRule[],
	resolve: ResolveHost,
): Promise<string> => {
	const host = hostname.replace(/^\[|\]$/g, '');
	const nameAllowed = isNameAllowed(rules, host, port);
	const addresses = net.isIP(host) ? [host] : await resolve(host).catch(() => []);
	if (addresses.length === 0) throw new BlockedUrlError(url, `${host} does not resolve`, 'unresolvable');
	if (!nameAllowed) {
		for (const address of addresses) {
			const reason = nonPublicReasonOf(address);
			if (reason && !isAddressAllowed(rules, address, port)) {
				const what = address === host ? `${host} is ${reason}` : `${host} resolves to ${address}, ${reason}`;
				throw new BlockedUrlError(url, `${what}; the outbound policy refuses it`);
			}
		}
	}
	return addresses[0] as string;
};
