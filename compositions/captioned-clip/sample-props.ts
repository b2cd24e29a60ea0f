import { type CaptionedClipProps, captionedClipSchema } from './schema.js';

const line = 'Three editing habits that doubled my watch time overnight';
const emphasised = new Set(['doubled', 'overnight']);

/** Sample input for previews and the demo; the component itself shows only what props give it. */
export const sampleCaptionedClipProps: CaptionedClipProps = captionedClipSchema.parse({
	format: '9:16',
	fps: 30,
	background: { src: 'storage:samples/sample-clip.mp4' },
	captions: {
		words: line.split(' ').map((text, index) => ({
			text,
			startMs: 200 + index * 380,
			endMs: 200 + index * 380 + 340,
			emphasis: emphasised.has(text),
		})),
	},
});
