import anton400 from '@fontsource/anton/files/anton-latin-400-normal.woff2';
import inter700 from '@fontsource/inter/files/inter-latin-700-normal.woff2';
import montserrat800 from '@fontsource/montserrat/files/montserrat-latin-800-normal.woff2';
import { useState } from 'react';
import { cancelRender, continueRender, delayRender } from 'remotion';
import type { CaptionStyle } from './caption-word-schema.js';

const fonts: Record<CaptionStyle['font'], { family: string; url: string; weight: string }> = {
	montserrat: { family: 'Reelforge Montserrat', url: montserrat800, weight: '800' },
	anton: { family: 'Reelforge Anton', url: anton400, weight: '400' },
	inter: { family: 'Reelforge Inter', url: inter700, weight: '700' },
};
const loading = new Map<string, Promise<void>>();

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

/** Holds the frame until the font is ready, then returns its CSS family and weight (with fallbacks for emoji). */
export const useCaptionFont = (font: CaptionStyle['font']): { fontFamily: string; fontWeight: number } => {
	useState(() => {
		const handle = delayRender(`Loading caption font ${font}`);
		loadFont(font).then(() => continueRender(handle), cancelRender);
		return handle;
	});
	return { fontFamily: `'${fonts[font].family}', 'DejaVu Sans', 'Noto Color Emoji', sans-serif`, fontWeight: Number(fonts[font].weight) };
};
