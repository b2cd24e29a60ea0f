import { calculateNarratedMetadata } from '../shared/calculate-narrated-metadata.js';
import type { FacelessNarrationProps } from './schema.js';

/** Without narration: 3 s per background. */
export const calculateFacelessNarrationMetadata = calculateNarratedMetadata<FacelessNarrationProps>((props) => props.backgrounds.length * 3);
