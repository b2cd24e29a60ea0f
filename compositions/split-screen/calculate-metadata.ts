import { calculateNarratedMetadata } from '../shared/calculate-narrated-metadata.js';
import type { SplitScreenProps } from './schema.js';

/** Without narration: the top clip's duration, or 5 s. */
export const calculateSplitScreenMetadata = calculateNarratedMetadata<SplitScreenProps>((props) => props.top.durationSeconds ?? 5);
