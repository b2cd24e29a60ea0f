const names = new Intl.DisplayNames('en', { type: 'language' });
// ISO 639-1 codes whose English names services may answer with instead of a code (OpenAI's verbose_json says "english").
const COMMON =
	'af am ar as az be bg bn bo bs ca cs cy da de el en es et eu fa fi fr ga gl gu ha he hi hr ht hu hy id is it ja jv ka kk km kn ko la lb lo lt lv mg mi mk ml mn mr ms mt my ne nl nn no oc pa pl ps pt ro ru sa sd si sk sl sn so sq sr su sv sw ta te tg th tk tl tr tt uk ur uz vi yi yo zh'.split(
		' ',
	);
const byName = new Map(COMMON.map((code) => [names.of(code)?.toLowerCase() ?? code, code]));

/**
 * A language as an ISO 639-1 code ('en', 'zh'), from whatever a person or a service gives: a BCP 47 tag ('en-US',
 * 'zh-Hans'), an ISO 639-3 code ('eng', 'cmn'), or an English name ('english'). null when it names no language.
 */
export const languageCodeOf = (value: string | null | undefined): string | null => {
	const raw = value?.trim();
	if (!raw || raw === 'auto') return null;
	const named = byName.get(raw.toLowerCase());
	if (named) return named;
	if (raw.toLowerCase() === 'cmn' || raw.toLowerCase() === 'yue') return 'zh';
	try {
		const [canonical] = Intl.getCanonicalLocales(raw.replace(/_/g, '-'));
		const language = canonical ? new Intl.Locale(canonical).language : null;
		return language && /^[a-z]{2,3}$/.test(language) ? language : null;
	} catch {
		return null;
	}
};
