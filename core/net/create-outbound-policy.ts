import http from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import net from 'node:net';
import { Agent, buildConnector } from 'undici';
import type { AllowedHostRule } from './allowed-host-rules.js';
import { BlockedUrlError } from './blocked-url-error.js';
import type { OutboundInit, OutboundPolicy } from './outbound-policy.js';
import { type ResolveHost, resolveAllowedAddress, resolveWithDns } from './resolve-allowed-address.js';

const DEFAULT_MAX_REDIRECTS = 5;

const defaultPortOf = (protocol: string) => (protocol === 'https:' ? 443 : 80);

const assertScheme = (url: URL) => {
	if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new BlockedUrlError(url.href, 'only http and https are fetched', 'scheme');
};

/** fetch wraps a refusal made while connecting as "fetch failed" with the refusal as its cause; unwrap it. */
const blockedCauseOf = (error: unknown): BlockedUrlError | null => {
	let current: unknown = error;
	for (let depth = 0; depth < 4 && current; depth++) {
		if (current instanceof BlockedUrlError) return current;
		current = (current as { cause?: unknown }).cause;
	}
	return null;
};

/** The policy, with `rules` from OUTBOUND_ALLOWED_HOSTS and the configured service URLs. `resolve` is DNS unless a test replaces it. */
export const createOutboundPolicy = ({ rules, resolve = resolveWithDns }: { rules: readonly AllowedHostRule[]; resolve?: ResolveHost }): OutboundPolicy => {
	const connectDirect = buildConnector({});
	// Every connection undici opens goes to an address checked here; the TLS name stays the URL's host.
	const dispatcher = new Agent({
		connect: (options, callback) => {
			const port = Number(options.port) || defaultPortOf(options.protocol);
			const url = `${options.protocol}//${options.host}`;
			resolveAllowedAddress(url, options.hostname, port, rules, resolve).then(
				(address) => connectDirect({ ...options, hostname: address }, callback),
				(error: Error) => callback(error, null),
			);
		},
	});

	const check = async (target: string | URL) => {
		const url = new URL(target);
		assertScheme(url);
		await resolveAllowedAddress(url.href, url.hostname, Number(url.port) || defaultPortOf(url.protocol), rules, resolve);
	};

	const fetchUnder = async (target: string | URL, init: OutboundInit = {}): Promise<Response> => {
		const { maxRedirects = DEFAULT_MAX_REDIRECTS, ...request } = init;
		const follow = request.redirect !== 'manual';
		let current = new URL(target);
		for (let hop = 0; hop <= maxRedirects; hop++) {
			await check(current);
			let response: Response;
			try {
				response = await fetch(current, { ...request, redirect: 'manual', dispatcher } as RequestInit);
			} catch (error) {
				throw blockedCauseOf(error) ?? error;
			}
			const location = response.headers.get('location');
			if (!follow || response.status < 300 || response.status >= 400 || !location) return response;
			await response.body?.cancel();
			current = new URL(location, current);
		}
		throw new BlockedUrlError(new URL(target).href, `more than ${maxRedirects} redirects`, 'redirects');
	};

	// Node's own agents (for the AWS SDK) only see the host name: the same address rules apply, ports aside.
	const lookup: LookupFunction = (hostname, options, callback) => {
		resolveAllowedAddress(
			`//${hostname}`,
			hostname,
			0,
			rules.map((rule) => (rule.kind === 'any' ? rule : { ...rule, port: null })),
			resolve,
		).then(
			(address) => {
				const family = net.isIP(address);
				if ((options as { all?: boolean }).all)
					(callback as (error: null, addresses: { address: string; family: number }[]) => void)(null, [{ address, family }]);
				else callback(null, address, family);
			},
			(error: Error) => callback(error as NodeJS.ErrnoException, '', 0),
		);
	};

	return {
		fetch: fetchUnder,
		check,
		agents: { http: new http.Agent({ keepAlive: true, lookup }), https: new https.Agent({ keepAlive: true, lookup }) },
	};
};
