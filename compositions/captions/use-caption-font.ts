import montserrat800 from '@fontsource/montserrat/files/montserrat-latin-800-normal.woff2';
import { useState } from 'react';
import { cancelRender, continueRender, delayRender } from 'remotion';

const FAMILY = 'Reelforge Montserrat';
let loading: Promise<void> | null = null;

// The font ships inside the bundle: nothing is fetched from the internet at render time.
const loadFont = () => {
	loading ??= new FontFace(FAMILY, `url(${montserrat800}) format('woff2')`, { weight: '800' }).load().then((face) => {
		document.fonts.add(face);
	});
	return loading;
};

/** Holds the frame until the caption font is ready, then returns its CSS family (with fallbacks for emoji). */
export const useCaptionFont = (): string => {
	const [handle] = useState(() => {
		const h = delayRender('Loading caption font');
		loadFont().then(() => continueRender(h), cancelRender);
		return h;
	});
	void handle;
	return `'${FAMILY}', 'DejaVu Sans', 'Noto Color Emoji', sans-serif`;
};
