/** 127.0.0.0/8 and ::1, also as IPv4-mapped IPv6 (::ffff:127.0.0.1), which is how Node reports IPv4 peers on dual-stack sockets. */
export const isLoopbackAddress = (address: string): boolean => address === '::1' || /^(::ffff:)?127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(address);
