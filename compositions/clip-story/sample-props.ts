import { sampleWords } from '../shared/sample-words.js';
import { type ClipStoryProps, clipStorySchema } from './schema.js';

/** Sample input for previews, stills and tests; the component itself shows only what props give it. */
export const sampleClipStoryProps: ClipStoryProps = clipStorySchema.parse({
	clips: [{ src: 'storage:samples/sample-clip.mp4' }, { src: 'storage:samples/sample-clip-b.mp4', focalPoint: { x: 0.3 } }],
	hook: { text: 'I tried 3 editing tricks' },
	endCard: { text: 'Follow for part 2' },
	music: { src: 'storage:samples/sample-music.mp4' },
	interrupts: { kinds: ['zoom-punch', 'emoji-pop', 'glitch', 'broll', 'flash'], broll: [{ src: 'storage:samples/sample-clip-b.mp4', trimStartMs: 2000 }] },
	captions: { words: sampleWords('The second one doubled my watch time overnight', { emphasis: ['doubled'] }) },
});
