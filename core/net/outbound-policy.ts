import type http from 'node:http';
import type https from 'node:https';

/** fetch() options the policy adds: how many redirects to follow when `redirect` is not 'manual'. */
export type OutboundInit = RequestInit & { maxRedirects?: number };

/**
 * The one way Reelforge reaches other machines: clips and media, webhooks, publish targets, OAuth, LLM and voice
 * providers. It refuses schemes other than http(s) and hosts that are (or resolve to) loopback, private, link-local,
 * CGNAT, multicast or reserved addresses, including IPv4 hidden in IPv6 forms, unless OUTBOUND_ALLOWED_HOSTS or a
 * service URL in the configuration names them. Addresses are checked when the connection is made, on every redirect hop.
 */
export type OutboundPolicy = {
	/** fetch() under the policy; a refused request throws BlockedUrlError (never reaches the network). */
	fetch: (url: string | URL, init?: OutboundInit) => Promise<Response>;
	/** Throws BlockedUrlError when `url` could not be reached under the policy, without sending anything. */
	check: (url: string | URL) => Promise<void>;
	/** For clients with an HTTP stack of their own (the AWS SDK): agents whose connections pass the same check. */
	agents: { http: http.Agent; https: https.Agent };
};
