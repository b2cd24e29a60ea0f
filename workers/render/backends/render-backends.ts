import type { RenderBackendId } from '../../../core/contracts/render-backends.js';
import { chunkedBackend } from './chunked/chunked-backend.js';
import { lambdaBackend } from './lambda/lambda-backend.js';
import { localBackend } from './local/local-backend.js';
import type { RenderBackend } from './render-backend.js';

/** Every backend's implementation; tsc fails here when a backend declared in core/contracts/render-backends.ts has none. */
export const renderBackends = { local: localBackend, chunked: chunkedBackend, lambda: lambdaBackend } satisfies Record<RenderBackendId, RenderBackend>;
