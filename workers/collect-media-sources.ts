/** Every string under a key named `src`, anywhere in the props: the media a render needs. */
export const collectMediaSources = (value: unknown, found = new Set<string>()): Set<string> => {
	if (Array.isArray(value)) {
		for (const item of value) collectMediaSources(item, found);
	} else if (value !== null && typeof value === 'object') {
		for (const [key, child] of Object.entries(value)) {
			if (key === 'src' && typeof child === 'string') found.add(child);
			else collectMediaSources(child, found);
		}
	}
	return found;
};

/** A copy of the props with each `src` replaced through `map`. */
export const replaceMediaSources = (value: unknown, map: ReadonlyMap<string, string>): unknown => {
	if (Array.isArray(value)) return value.map((item) => replaceMediaSources(item, map));
	if (value !== null && typeof value === 'object') {
		return Object.fromEntries(
			Object.entries(value).map(([key, child]) => [
				key,
				key === 'src' && typeof child === 'string' ? (map.get(child) ?? child) : replaceMediaSources(child, map),
			]),
		);
	}
	return value;
};
