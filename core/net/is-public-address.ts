import net from 'node:net';

type Range = [base: string, bits: number, what: string];

const V4_BLOCKED: Range[] = [
	['0.0.0.0', 8, 'an unspecified ("this network") address'],
	['10.0.0.0', 8, 'a private address'],
	['100.64.0.0', 10, 'a carrier-grade NAT address'],
	['127.0.0.0', 8, 'a loopback address'],
	['169.254.0.0', 16, 'a link-local address (cloud metadata lives here)'],
	['172.16.0.0', 12, 'a private address'],
	['192.0.0.0', 24, 'an IETF protocol address'],
	['192.0.2.0', 24, 'a documentation address'],
	['192.168.0.0', 16, 'a private address'],
	['198.18.0.0', 15, 'a benchmarking address'],
	['198.51.100.0', 24, 'a documentation address'],
	['203.0.113.0', 24, 'a documentation address'],
	['224.0.0.0', 4, 'a multicast address'],
	['240.0.0.0', 4, 'a reserved or broadcast address'],
];

const v4ToInt = (address: string) => address.split('.').reduce((value, part) => (value << 8) + Number(part), 0) >>> 0;

const inV4Range = (address: string, [base, bits]: Range) => {
	const mask = bits === 0 ? 0 : (~0 << (32 - bits)) >>> 0;
	return (v4ToInt(address) & mask) === (v4ToInt(base) & mask);
};

/** Eight 16-bit groups of an IPv6 address ("::" and a dotted IPv4 tail expanded). */
const v6Groups = (address: string): number[] => {
	const [head = '', tail = ''] = address.toLowerCase().split('::');
	const groupsOf = (part: string) =>
		part === ''
			? []
			: part.split(':').flatMap((group) => {
					if (!group.includes('.')) return [Number.parseInt(group, 16)];
					const [a = 0, b = 0, c = 0, d = 0] = group.split('.').map(Number);
					return [(a << 8) | b, (c << 8) | d];
				});
	const left = groupsOf(head);
	const right = address.includes('::') ? groupsOf(tail) : [];
	return [...left, ...Array<number>(8 - left.length - right.length).fill(0), ...right];
};

const v4Of = (high: number, low: number) => `${high >> 8}.${high & 255}.${low >> 8}.${low & 255}`;

/**
 * Why an IP address is not on the public internet ("a loopback address", "a private address", …), or null when it is.
 * IPv6 forms that carry an IPv4 address inside (mapped, compatible, NAT64, 6to4, Teredo) are judged by that address,
 * so `[::ffff:7f00:1]` or `[2002:7f00:1::]` is loopback like 127.0.0.1.
 */
export const nonPublicReasonOf = (address: string): string | null => {
	if (net.isIPv4(address)) return V4_BLOCKED.find((range) => inV4Range(address, range))?.[2] ?? null;
	if (!net.isIPv6(address)) return 'not an IP address';
	const g = v6Groups(address.replace(/%.*$/, ''));
	const [g0 = 0, g1 = 0, g2 = 0, g3 = 0, g4 = 0, g5 = 0, g6 = 0, g7 = 0] = g;
	const zeroTo = (count: number) => g.slice(0, count).every((group) => group === 0);
	if (zeroTo(8)) return 'an unspecified address';
	if (zeroTo(7) && g7 === 1) return 'a loopback address';
	// ::ffff:a.b.c.d (mapped) and ::a.b.c.d (compatible, deprecated)
	if (zeroTo(5) && (g5 === 0xffff || g5 === 0)) return nonPublicReasonOf(v4Of(g6, g7));
	// 64:ff9b::/96 NAT64
	if (g0 === 0x64 && g1 === 0xff9b && g2 === 0 && g3 === 0 && g4 === 0 && g5 === 0) return nonPublicReasonOf(v4Of(g6, g7));
	// 2002::/16 6to4 carries the IPv4 address in groups 1 and 2
	if (g0 === 0x2002) return nonPublicReasonOf(v4Of(g1, g2));
	// 2001:0::/32 Teredo carries the client's IPv4 address inverted in the last two groups
	if (g0 === 0x2001 && g1 === 0) return nonPublicReasonOf(v4Of(g6 ^ 0xffff, g7 ^ 0xffff));
	if (g0 === 0x2001 && g1 === 0xdb8) return 'a documentation address';
	if ((g0 & 0xfe00) === 0xfc00) return 'a unique local (private) address';
	if ((g0 & 0xffc0) === 0xfe80) return 'a link-local address';
	if ((g0 & 0xff00) === 0xff00) return 'a multicast address';
	return null;
};

/** Whether an IP address is on the public internet: not loopback, private, link-local, multicast or reserved. */
export const isPublicAddress = (address: string): boolean => nonPublicReasonOf(address) === null;
