import net from 'node:net';

const V4_BLOCKED: [string, number][] = [
	['0.0.0.0', 8], // "this" network
	['10.0.0.0', 8], // private
	['100.64.0.0', 10], // carrier-grade NAT
	['127.0.0.0', 8], // loopback
	['169.254.0.0', 16], // link-local, cloud metadata
	['172.16.0.0', 12], // private
	['192.0.0.0', 24], // IETF protocol assignments
	['192.168.0.0', 16], // private
	['198.18.0.0', 15], // benchmarking
	['224.0.0.0', 4], // multicast
	['240.0.0.0', 4], // reserved, broadcast
];

const v4ToInt = (address: string) => address.split('.').reduce((value, part) => (value << 8) + Number(part), 0) >>> 0;

const inV4Range = (address: string, [base, bits]: [string, number]) => {
	const mask = bits === 0 ? 0 : (~0 << (32 - bits)) >>> 0;
	return (v4ToInt(address) & mask) === (v4ToInt(base) & mask);
};

/** Whether an IP address is on the public internet: not loopback, private, link-local, multicast or reserved. */
export const isPublicAddress = (address: string): boolean => {
	if (net.isIPv4(address)) return !V4_BLOCKED.some((range) => inV4Range(address, range));
	if (!net.isIPv6(address)) return false;
	const lower = address.toLowerCase();
	const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(lower);
	if (mapped?.[1]) return isPublicAddress(mapped[1]);
	// The URL parser writes [::ffff:127.0.0.1] as [::ffff:7f00:1]: the same IPv4-mapped address in hex.
	const mappedHex = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(lower);
	if (mappedHex?.[1] && mappedHex[2]) {
		const [high, low] = [Number.parseInt(mappedHex[1], 16), Number.parseInt(mappedHex[2], 16)];
		return isPublicAddress(`${high >> 8}.${high & 255}.${low >> 8}.${low & 255}`);
	}
	if (lower === '::' || lower === '::1') return false;
	// fc00::/7 unique local, fe80::/10 link-local, ff00::/8 multicast
	return !/^(f[cd]|fe[89ab]|ff)/.test(lower);
};
