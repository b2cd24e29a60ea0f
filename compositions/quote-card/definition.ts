import { defineTemplate } from '../define-template.js';
import { calculateQuoteCardMetadata } from './calculate-metadata.js';
import { sampleQuoteCardProps } from './sample-props.js';
import { quoteCardSchema } from './schema.js';

export const quoteCard = defineTemplate({
	id: 'quote-card',
	title: 'Quote card',
	description: 'Text first: a quote that builds word by word over a moving gradient.',
	schema: quoteCardSchema,
	calculateMetadata: calculateQuoteCardMetadata,
	sampleProps: sampleQuoteCardProps,
	lazyComponent: async () => ({ default: (await import('./QuoteCard.js')).QuoteCard }),
});
