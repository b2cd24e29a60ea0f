import { calculateNarratedMetadata } from '../shared/calculate-narrated-metadata.js';
import type { ListicleProps } from './schema.js';

/** Without narration: 1.5 s of title and each item for its clip's duration, or 3 s. */
export const calculateListicleMetadata = calculateNarratedMetadata<ListicleProps>(
	(props) => (props.title ? 1.5 : 0) + props.items.reduce((sum, item) => sum + (item.clip.durationSeconds ?? 3), 0),
);
