const UNSAFE_KEYS = new Set(['__proto__', 'prototype', 'constructor']);

/** A prop path such as `clips.0.src` as segments; numeric segments index arrays. Rejects prototype keys. */
export const pathSegments = (path: string): string[] => {
	const segments = path.split('.');
	if (segments.some((segment) => segment === '' || UNSAFE_KEYS.has(segment))) throw new Error(`"${path}" is not a usable prop path`);
	return segments;
};

/** A deep copy of `target` with `value` at `path`, creating objects and arrays on the way. */
export const setPath = (target: Record<string, unknown>, path: string, value: unknown): Record<string, unknown> => {
	const root = structuredClone(target);
	let node: Record<string, unknown> | unknown[] = root;
	const segments = pathSegments(path);
	segments.forEach((segment, index) => {
		const last = index === segments.length - 1;
		const key: string | number = Array.isArray(node) ? Number(segment) : segment;
		const container = node as Record<string | number, unknown>;
		if (last) {
			container[key] = value;
			return;
		}
		const next = container[key];
		if (next === null || typeof next !== 'object') container[key] = /^\d+$/.test(segments[index + 1] ?? '') ? [] : {};
		node = container[key] as Record<string, unknown> | unknown[];
	});
	return root;
};
