import type { z } from 'zod';
import type { ApiKeyScope } from './access/api-key-scopes.js';

/**
 * What a procedure says about itself in the OpenAPI document (server/openapi/): `summary` is required there
 * (tests/integration/openapi-is-complete.test.ts), `description` adds detail.
 */
export type ProcedureMeta = {
	summary?: string;
	description?: string;
	/** Named example inputs for the request body or `?input=`; each must pass the procedure's input schema (the completeness test checks). */
	examples?: Record<string, unknown>;
	/** A subscription's events: tRPC's `.output()` would parse the event stream itself, not each event. */
	events?: z.ZodType;
	/** Set by the procedure builders in trpc.ts (renderProcedure, …); none means no key is needed. */
	scope?: ApiKeyScope;
};
