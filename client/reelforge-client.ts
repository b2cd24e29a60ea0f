import { type ClientOptions, createTypedClient } from './create-typed-client.js';
import type { ReelforgeRouter } from './reelforge-api.js';

export type { ClientOptions } from './create-typed-client.js';
export type * from './reelforge-api.js';

/**
 * The entry of @reelforge/client: a typed client for a Reelforge server (`client.renders.create.mutate(…)`,
 * `client.renders.get.query({ id })`, `client.renders.onProgress.subscribe(…)`), typed from the server's OpenAPI document.
 */
export const createReelforgeClient = (baseUrl: string, options: ClientOptions = {}) => createTypedClient<ReelforgeRouter>(baseUrl, options);

export type ReelforgeClient = ReturnType<typeof createReelforgeClient>;
