import { z } from 'zod';

const renderOutputsSchema = z.array(z.object({ kind: z.string(), key: z.string(), contentType: z.string(), sizeBytes: z.number() })).catch([]);

/** A render's recorded files (its outputs column: the video, the soundtrack alone, the poster); anything unreadable is none. */
export const renderOutputsOf = (value: unknown) => renderOutputsSchema.parse(value ?? []);
