import type { ServerDeps } from '../context.js';

/** What the HTTP routes outside tRPC (files, zips, metrics, OAuth callbacks) need: the same as the procedures. */
export type HttpDeps = ServerDeps;
