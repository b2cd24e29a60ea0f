/**
 * Whether a request's Host header names this server. A browser tricked by DNS rebinding sends the attacker's host name,
 * so refusing unknown names keeps web pages from reaching an API that needs no key on loopback.
 */
export const isAllowedHost = (hostHeader: string | undefined, allowed: readonly string[]): boolean => {
	if (allowed.includes('*')) return true;
	if (!hostHeader) return false;
	const host = hostHeader.trim().toLowerCase();
	const name = host.startsWith('[') ? host.slice(0, host.indexOf(']') + 1) : (host.split(':')[0] ?? '');
	return allowed.includes(host) || allowed.includes(name);
};
