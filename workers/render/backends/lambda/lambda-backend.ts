import type { RenderBackend } from '../render-backend.js';
import { renderViaLambda } from './render-via-lambda.js';

/** Remotion Lambda renders it on AWS; this worker only waits, then stores the output like a local one. */
export const lambdaBackend: RenderBackend = { produce: renderViaLambda };
