import { type QuoteCardProps, quoteCardSchema } from './schema.js';

export const sampleQuoteCardProps: QuoteCardProps = quoteCardSchema.parse({
	quote: 'Make something people want, then tell them about it',
	author: 'Sample author',
});
