import type { AppRouter } from '../server/root.js';
import { type ClientOptions, createTypedClient } from './create-typed-client.js';

/**
 * The typed Reelforge API client inside this repository, typed by the server's router itself. With `apiKey`, every
 * request (SSE ones included) sends `Authorization: Bearer <key>`. Outside the repository use @reelforge/client
 * (client/reelforge-client.ts), typed from the OpenAPI document.
 */
export const createApiClient = (baseUrl: string, options: ClientOptions = {}) => createTypedClient<AppRouter>(baseUrl, options);

export type ApiClient = ReturnType<typeof createApiClient>;
