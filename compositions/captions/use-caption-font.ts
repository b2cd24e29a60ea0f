import anton400 from '@fontsource/anton/files/anton-latin-400-normal.woff2';
import inter700 from '@fontsource/inter/files/inter-latin-700-normal.woff2';
import montserrat800 from '@fontsource/montserrat/files/montserrat-latin-800-normal.woff2';
import { useState } from 'react';
import { cancelRender, continueRender, delayRender } from 'remotion';
import type { CaptionStyle } from './caption-word-schema.js';
import { type ScriptFontId, scriptFonts, scriptFontsFor } from './script-fonts.js';

const fonts: Record<CaptionStyle['font'], { family: string; url: string; weight: string }> = {
	montserrat: { family: 'Reelforge Montserrat', url: montserrat800, weight: '800' },
	anton: { family: 'Reelforge Anton', url: anton400, weight: '400' },
	inter: { family: 'Reelforge Inter', url: inter700, weight: '700' },
};
const loading = new Map<string, Promise<void>>();
const registered = new Set<ScriptFontId>();

// Fonts ship inside the bundle: nothing is fetched from the internet at render time.
const loadFont = (font: CaptionStyle['font']) => {
	const { family, url, weight } = fonts[font];
	let promise = loading.get(family);
	if (!promise) {
		promise = new FontFace(family, `url(${url}) format('woff2')`, { weight }).load().then((face) => {
			document.fonts.add(face);
		});
		loading.set(family, promise);
	}
	return promise;
};

/**
 * Registers every slice of a script font (not loaded), then loads the slices whose unicode-range the text touches:
 * a Chinese caption fetches a few dozen kilobytes of the 3.6 MB font from the bundle, not all of it.
 */
const loadScriptFont = async (id: ScriptFontId, text: string) => {
	const font = scriptFonts[id];
	if (!registered.has(id)) {
		for (const slice of font.slices) {
			document.fonts.add(new FontFace(font.family, `url(${slice.url}) format('woff2')`, { weight: font.weight, unicodeRange: slice.unicodeRange }));
		}
		registered.add(id);
	}
	await document.fonts.load(`${font.weight} 40px '${font.family}'`, text);
};

/**
 * Holds the frame until the caption font and the script fonts the text needs are ready, then returns the CSS family
 * stack (caption font first, then the CJK, Arabic, Hebrew and Devanagari fonts the text needs, then the system's emoji
 * font) and the weight.
 */
export const useCaptionFont = (font: CaptionStyle['font'], text = '', language = 'auto'): { fontFamily: string; fontWeight: number } => {
	const [scripts] = useState(() => scriptFontsFor(text, language));
	useState(() => {
		const handle = delayRender(`Loading caption font ${font}${scripts.length > 0 ? ` and ${scripts.join(', ')}` : ''}`);
		Promise.all([loadFont(font), ...scripts.map((id) => loadScriptFont(id, text))]).then(() => continueRender(handle), cancelRender);
		return handle;
	});
	const stack = [fonts[font].family, ...scripts.map((id) => scriptFonts[id].family)].map((family) => `'${family}'`);
	return { fontFamily: `${stack.join(', ')}, 'DejaVu Sans', 'Noto Color Emoji', sans-serif`, fontWeight: Number(fonts[font].weight) };
};
