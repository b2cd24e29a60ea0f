import type { RenderBackend } from '../render-backend.js';
import { renderWholeVideo } from './render-whole-video.js';

/** One worker renders the whole video. */
export const localBackend: RenderBackend = { produce: renderWholeVideo };
