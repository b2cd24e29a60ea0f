import { sampleWords } from '../shared/sample-words.js';
import { type SplitScreenProps, splitScreenSchema } from './schema.js';

export const sampleSplitScreenProps: SplitScreenProps = splitScreenSchema.parse({
	top: { src: 'storage:samples/sample-clip.mp4' },
	bottom: { src: 'storage:samples/sample-clip-b.mp4' },
	captions: { words: sampleWords('Wait for the ending because it gets so much better', { emphasis: ['ending'] }) },
});
