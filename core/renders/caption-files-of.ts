import { z } from 'zod';

const captionFilesSchema = z.array(z.object({ format: z.enum(['srt', 'vtt']), key: z.string(), language: z.string().nullable() })).catch([]);

/** A render's recorded subtitle sidecars (its captionFiles column, written by recordCaptionFiles); anything unreadable is none. */
export const captionFilesOf = (value: unknown) => captionFilesSchema.parse(value ?? []);
