import type { VideoFormat } from './video-format.js';

/** Fractions of the frame that platform UI covers (tabs, captions and buttons, the action rail, progress bars). */
export type SafeZone = { top: number; right: number; bottom: number; left: number };

/**
 * Insets that keep text clear of TikTok, Reels and Shorts UI in 9:16 (the strictest of the three: top tabs,
 * bottom caption block and music bar, right-hand action buttons), feed UI in 1:1 and 4:5, and YouTube's controls in 16:9.
 */
export const safeZoneOf = (format: VideoFormat): SafeZone => {
	switch (format) {
		case '9:16':
			return { top: 0.12, right: 0.15, bottom: 0.22, left: 0.06 };
		case '4:5':
		case '1:1':
			return { top: 0.07, right: 0.06, bottom: 0.1, left: 0.06 };
		case '16:9':
			return { top: 0.08, right: 0.06, bottom: 0.15, left: 0.06 };
	}
};
