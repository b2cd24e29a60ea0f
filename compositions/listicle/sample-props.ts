import { sampleWords } from '../shared/sample-words.js';
import { type ListicleProps, listicleSchema } from './schema.js';

export const sampleListicleProps: ListicleProps = listicleSchema.parse({
	title: '3 apps I use daily',
	items: [
		{ text: 'Notes that sync', clip: { src: 'storage:samples/sample-clip.mp4' } },
		{ text: 'A timer that works', clip: { src: 'storage:samples/sample-clip-b.mp4' } },
		{ text: 'One calendar', clip: { src: 'storage:samples/sample-clip.mp4', trimStartSeconds: 3 } },
	],
	captions: { words: sampleWords('Number one keeps every note in sync across devices', { stepMs: 450 }) },
});
