import { z } from 'zod';

/**
 * The object shape of every response. Loose at run time on purpose: a field a handler returns that its schema does
 * not name still reaches the client (nothing is dropped in production), and tests/integration/openapi-is-complete.test.ts
 * fails on it, so an undocumented field is caught by the suite rather than by an integrator. Typed as a plain object
 * so the typed client sees exactly the documented fields, without an index signature.
 */
export const responseObject = <Shape extends z.ZodRawShape>(shape: Shape) => z.looseObject(shape) as unknown as z.ZodObject<Shape, z.core.$strip>;
