/**
 * Props as the browser can play them: every `storage:<key>` becomes the API's /files/<key> URL
 * (the server serves sample media, imported clips, voiceovers and finished renders there).
 */
export const playableProps = <T>(value: T, origin: string): T => {
	if (typeof value === 'string') return (value.startsWith('storage:') ? `${origin}/files/${value.slice('storage:'.length)}` : value) as T;
	if (Array.isArray(value)) return value.map((item) => playableProps(item, origin)) as T;
	if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, playableProps(item, origin)])) as T;
	return value;
};

/** The inverse for a URL the API handed out: `${origin}/files/<key>` → `storage:<key>`, which workers read without fetching. */
export const storageSrcOf = (url: string, origin: string): string =>
	url.startsWith(`${origin}/files/`) ? `storage:${url.slice(`${origin}/files/`.length)}` : url;
