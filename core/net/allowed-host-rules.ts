import net from 'node:net';

/**
 * One entry of OUTBOUND_ALLOWED_HOSTS: a host name (`localhost`, `minio.internal`), an address (`10.0.0.5`, `::1`),
 * a range (`10.0.0.0/8`, `fd00::/8`), each optionally with `:port` (`127.0.0.1:9000`, `[::1]:9000`), or `*` for everything.
 */
export type AllowedHostRule =
	| { kind: 'any' }
	| { kind: 'name'; name: string; port: number | null }
	| { kind: 'range'; family: 4 | 6; base: bigint; bits: number; port: number | null };

const toBigInt = (address: string): { family: 4 | 6; value: bigint } | null => {
	if (net.isIPv4(address)) return { family: 4, value: address.split('.').reduce((sum, part) => (sum << 8n) + BigInt(Number(part)), 0n) };
	if (!net.isIPv6(address)) return null;
	// Expand "::" and an embedded dotted IPv4 tail into eight 16-bit groups.
	const [head = '', tail = ''] = address.toLowerCase().split('::');
	const groupsOf = (part: string) =>
		part === ''
			? []
			: part.split(':').flatMap((group) => {
					if (!group.includes('.')) return [group];
					const [a = 0, b = 0, c = 0, d = 0] = group.split('.').map(Number);
					return [((a << 8) | b).toString(16), ((c << 8) | d).toString(16)];
				});
	const left = groupsOf(head);
	const right = address.includes('::') ? groupsOf(tail) : [];
	const groups = [...left, ...Array(8 - left.length - right.length).fill('0'), ...right];
	return { family: 6, value: groups.reduce((sum, group) => (sum << 16n) + BigInt(Number.parseInt(group || '0', 16)), 0n) };
};

const splitPort = (entry: string): { host: string; port: number | null } => {
	const bracketed = /^\[([^\]]+)\](?::(\d+))?$/.exec(entry);
	if (bracketed?.[1]) return { host: bracketed[1], port: bracketed[2] ? Number(bracketed[2]) : null };
	// A bare IPv6 address (or range) has colons of its own and no port.
	if (entry.split(':').length > 2) return { host: entry, port: null };
	const [host = '', port] = entry.split(':');
	return { host, port: port === undefined ? null : Number(port) };
};

/** Parses one entry; throws with the entry quoted when it is none of the forms above. */
export const parseAllowedHostRule = (entry: string): AllowedHostRule => {
	if (entry === '*') return { kind: 'any' };
	const { host, port } = splitPort(entry);
	if (port !== null && !(Number.isInteger(port) && port > 0 && port < 65_536)) throw new Error(`${JSON.stringify(entry)} has a port that is not 1 to 65535`);
	const [address = '', bitsText] = host.split('/');
	const parsed = toBigInt(address);
	if (parsed) {
		const maxBits = parsed.family === 4 ? 32 : 128;
		const bits = bitsText === undefined ? maxBits : Number(bitsText);
		if (!Number.isInteger(bits) || bits < 0 || bits > maxBits) throw new Error(`${JSON.stringify(entry)} has a prefix length that is not 0 to ${maxBits}`);
		return { kind: 'range', family: parsed.family, base: parsed.value, bits, port };
	}
	if (bitsText !== undefined || !/^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$/i.test(host)) {
		throw new Error(`${JSON.stringify(entry)} is not a host name, an address or a range like 10.0.0.0/8`);
	}
	return { kind: 'name', name: host.toLowerCase(), port };
};

const portMatches = (rule: { port: number | null }, port: number) => rule.port === null || rule.port === port;

/** Whether the URL's host name itself is allowed (then its addresses are not checked). */
export const isNameAllowed = (rules: readonly AllowedHostRule[], hostname: string, port: number): boolean =>
	rules.some((rule) => rule.kind === 'any' || (rule.kind === 'name' && rule.name === hostname.toLowerCase() && portMatches(rule, port)));

/** Whether an address the host resolved to is allowed although it is not public. */
export const isAddressAllowed = (rules: readonly AllowedHostRule[], address: string, port: number): boolean => {
	const parsed = toBigInt(address);
	if (!parsed) return false;
	return rules.some((rule) => {
		if (rule.kind === 'any') return true;
		if (rule.kind !== 'range' || rule.family !== parsed.family || !portMatches(rule, port)) return false;
		const shift = BigInt((rule.family === 4 ? 32 : 128) - rule.bits);
		return parsed.value >> shift === rule.base >> shift;
	});
};
