import { z } from 'zod';

/**
 * A nested part of a response documented in words only (JSON Schema `{}` with a description), keeping the
 * handler's TypeScript type for the typed client. For deep, derived structures (analytics) whose every field is
 * computed in one place; top-level fields still get real schemas.
 */
export const typedAs = <T>(description: string) => z.custom<T>(() => true).describe(description);
