import type { z } from 'zod';

/**
 * JSON Schema keyword (zod metadata, emitted by `z.toJSONSchema`) that says what a free string prop is for, so a machine
 * can tell data from what would be code: `text` is only ever rendered as a React text child (never into style, markup,
 * attributes or URLs); `media` is a `src` the worker fetches before rendering. Colours carry `format: 'color'` instead,
 * and strings with a fixed set of values are enums; template-props-are-data.test.ts fails on any string that is none of these.
 */
export const PROP_ROLE_KEY = 'x-reelforge-role';

export type PropRole = 'text' | 'media';

/** Marks a string schema as text rendered as text; its validation is unchanged. */
export const textProp = <T extends z.ZodType>(schema: T): T => schema.meta({ [PROP_ROLE_KEY]: 'text' satisfies PropRole });

/** Marks a string schema as a media `src`; its validation is unchanged. */
export const mediaProp = <T extends z.ZodType>(schema: T): T => schema.meta({ [PROP_ROLE_KEY]: 'media' satisfies PropRole });
