import { sampleWords } from '../shared/sample-words.js';
import { type FacelessNarrationProps, facelessNarrationSchema } from './schema.js';

export const sampleFacelessNarrationProps: FacelessNarrationProps = facelessNarrationSchema.parse({
	backgrounds: [{ type: 'image', src: 'storage:samples/sample-image.png' }, { type: 'gradient' }, { type: 'clip', src: 'storage:samples/sample-clip-b.mp4' }],
	captions: { words: sampleWords('Nobody tells you this about saving money', { emphasis: ['money'] }), style: { emoji: { money: '💰' } } },
});
