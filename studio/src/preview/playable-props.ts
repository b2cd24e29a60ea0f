/** Every `storage:<key>` string in the props, once each. */
export const storageSrcsOf = (value: unknown, found = new Set<string>()): string[] => {
	if (typeof value === 'string' && value.startsWith('storage:')) found.add(value);
	else if (Array.isArray(value)) for (const item of value) storageSrcsOf(item, found);
	else if (value && typeof value === 'object') for (const item of Object.values(value)) storageSrcsOf(item, found);
	return [...found];
};

/**
 * Props as the browser can play them: every `storage:<key>` becomes its signed link from `links` (access.links; a
 * browser's media element sends no API key), and stays as it is when there is none (the preview then shows it missing).
 */
export const playableProps = <T>(value: T, links: Readonly<Record<string, string | null>>): T => {
	if (typeof value === 'string') return (value.startsWith('storage:') ? (links[value] ?? value) : value) as T;
	if (Array.isArray(value)) return value.map((item) => playableProps(item, links)) as T;
	if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, playableProps(item, links)])) as T;
	return value;
};
