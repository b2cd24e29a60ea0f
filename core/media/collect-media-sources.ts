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

/** A copy of the props where every object with `loop: true` and a `src` gets `sourceDurationSeconds` from `durationOf`. */
export const annotateLoopingMedia = (value: unknown, durationOf: ReadonlyMap<string, number>): unknown => {
	if (Array.isArray(value)) return value.map((item) => annotateLoopingMedia(item, durationOf));
	if (value === null || typeof value !== 'object') return value;
	const entries = Object.fromEntries(Object.entries(value).map(([key, child]) => [key, annotateLoopingMedia(child, durationOf)]));
	const { src, loop, sourceDurationSeconds } = entries as { src?: unknown; loop?: unknown; sourceDurationSeconds?: unknown };
	if (loop === true && typeof src === 'string' && sourceDurationSeconds === undefined && durationOf.has(src)) {
		return { ...entries, sourceDurationSeconds: durationOf.get(src) };
	}
	return entries;
};

/** Every `src` that sits next to `loop: true`. */
export const collectLoopingSources = (value: unknown, found = new Set<string>()): Set<string> => {
	if (Array.isArray(value)) for (const item of value) collectLoopingSources(item, found);
	else if (value !== null && typeof value === 'object') {
		const record = value as Record<string, unknown>;
		if (record.loop === true && typeof record.src === 'string' && record.sourceDurationSeconds === undefined) found.add(record.src);
		for (const child of Object.values(record)) collectLoopingSources(child, found);
	}
	return found;
};
