import { calculateNarratedMetadata } from '../shared/calculate-narrated-metadata.js';
import type { QuoteCardProps } from './schema.js';

/** Without narration: reading time, about 3 words a second, and at least 4 s. */
export const calculateQuoteCardMetadata = calculateNarratedMetadata<QuoteCardProps>((props) => Math.max(4, props.quote.split(/\s+/).length / 3 + 1.5));
