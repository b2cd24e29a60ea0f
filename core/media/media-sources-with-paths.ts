/** Every `src` string in the props with where it is (`clips.0.src`), so a refusal can name the field. */
export const mediaSourcesWithPaths = (value: unknown, at: string[] = [], found: { path: string; src: string }[] = []): { path: string; src: string }[] => {
	if (Array.isArray(value)) {
		for (const [index, item] of value.entries()) mediaSourcesWithPaths(item, [...at, String(index)], found);
	} else if (value !== null && typeof value === 'object') {
		for (const [key, child] of Object.entries(value)) {
			if (key === 'src' && typeof child === 'string') found.push({ path: [...at, key].join('.'), src: child });
			else mediaSourcesWithPaths(child, [...at, key], found);
		}
	}
	return found;
};
