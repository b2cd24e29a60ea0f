import { z } from 'zod';

export const videoFormatSchema = z
	.enum(['9:16', '1:1', '4:5', '16:9'])
	.default('9:16')
	.describe('Aspect ratio: 9:16 for TikTok, Reels and Shorts; 1:1 and 4:5 for feeds; 16:9 for YouTube');

export type VideoFormat = z.infer<typeof videoFormatSchema>;

/** Full-HD frame sizes; renders pick a smaller size with the `scale` render option. */
export const dimensionsOf = (format: VideoFormat): { width: number; height: number } => {
	switch (format) {
		case '9:16':
			return { width: 1080, height: 1920 };
		case '1:1':
			return { width: 1080, height: 1080 };
		case '4:5':
			return { width: 1080, height: 1350 };
		case '16:9':
			return { width: 1920, height: 1080 };
	}
};
