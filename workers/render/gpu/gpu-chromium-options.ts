import type { ChromiumOptions } from '@remotion/renderer';
import type { NvidiaGpu } from './detect-nvidia-gpu.js';

/**
 * Chromium flags for the worker's browser. With a usable NVIDIA GPU, ANGLE over EGL rasterises on the GPU in a
 * headless process; without one `gl` stays unset, since the software path (swangle) halves the speed.
 */
export const gpuChromiumOptions = (gpu: NvidiaGpu): ChromiumOptions => (gpu.usable ? { gl: 'angle-egl' } : {});
