import type { FontSlice } from './fonts/font-slice.js';
import { notoSansArabic } from './fonts/noto-sans-arabic.js';
import { notoSansDevanagari } from './fonts/noto-sans-devanagari.js';
import { notoSansHebrew } from './fonts/noto-sans-hebrew.js';
import { notoSansJp } from './fonts/noto-sans-jp.js';
import { notoSansKr } from './fonts/noto-sans-kr.js';
import { notoSansSc } from './fonts/noto-sans-sc.js';

export type ScriptFont = { family: string; weight: string; slices: readonly FontSlice[]; covers: RegExp };

const HAN_KANA = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303f\uff00-\uffef]/u;

/**
 * Fonts for the scripts the Latin caption fonts lack, shipped in the bundle (nothing is fetched at render time). Emoji
 * are not among them: @fontsource's Noto Color Emoji draws blank in Chromium's headless shell (tried 2026-12-02), so emoji come from the
 * system's Noto Color Emoji (CBDT; fonts-noto-color-emoji, installed by scripts/setup.sh), last in every family stack.
 */
export const scriptFonts = {
	sc: { family: 'Reelforge Noto Sans SC', weight: '700', slices: notoSansSc, covers: HAN_KANA },
	jp: { family: 'Reelforge Noto Sans JP', weight: '700', slices: notoSansJp, covers: HAN_KANA },
	kr: { family: 'Reelforge Noto Sans KR', weight: '700', slices: notoSansKr, covers: /[\p{Script=Hangul}\p{Script=Han}]/u },
	arabic: { family: 'Reelforge Noto Sans Arabic', weight: '700', slices: notoSansArabic, covers: /\p{Script=Arabic}/u },
	hebrew: { family: 'Reelforge Noto Sans Hebrew', weight: '700', slices: notoSansHebrew, covers: /\p{Script=Hebrew}/u },
	devanagari: { family: 'Reelforge Noto Sans Devanagari', weight: '700', slices: notoSansDevanagari, covers: /\p{Script=Devanagari}/u },
} satisfies Record<string, ScriptFont>;

export type ScriptFontId = keyof typeof scriptFonts;

/**
 * The script fonts `text` needs, in fallback order. Han characters are drawn differently in Japan, China and Korea, so
 * the language decides which CJK font comes first (Japanese text without kana still gets Japanese glyphs when said so).
 */
export const scriptFontsFor = (text: string, language: string): ScriptFontId[] => {
	const ids: ScriptFontId[] = [];
	const hasKana = /[\p{Script=Hiragana}\p{Script=Katakana}]/u.test(text);
	const hasHangul = /\p{Script=Hangul}/u.test(text);
	if (HAN_KANA.test(text) || hasHangul) {
		const lang = language.toLowerCase();
		if (lang.startsWith('ja') || (hasKana && !lang.startsWith('zh'))) ids.push('jp', 'sc');
		else if (lang.startsWith('ko') || hasHangul) ids.push('kr', 'sc');
		else ids.push('sc', 'jp');
	}
	for (const id of ['arabic', 'hebrew', 'devanagari'] as const) if (scriptFonts[id].covers.test(text)) ids.push(id);
	return ids;
};
