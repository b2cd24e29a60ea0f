/** Calls `fn` at most once per `intervalMs`; `force` bypasses the wait (stage changes, completion). */
export const throttle = <T>(intervalMs: number, fn: (value: T) => void) => {
	let last = 0;
	return (value: T, force = false) => {
		const now = Date.now();
		if (!force && now - last < intervalMs) return;
		last = now;
		fn(value);
	};
};
