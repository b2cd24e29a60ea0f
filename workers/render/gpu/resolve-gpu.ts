import type { Config } from '../../../core/config/load-config.js';
import { type DetectNvidiaGpuDeps, detectNvidiaGpu, type NvidiaGpu, systemGpuDeps } from './detect-nvidia-gpu.js';

/** The worker needs a GPU (REELFORGE_GPU=required) and has none it can use; stops the worker from starting. */
export class GpuRequiredError extends Error {
	constructor(readonly detection: NvidiaGpu) {
		super(`REELFORGE_GPU=required, but no usable NVIDIA GPU was found: ${detection.reason}`);
		this.name = 'GpuRequiredError';
	}
}

/** Applies REELFORGE_GPU to what detection finds: off skips detection, required throws without a usable GPU. */
export const resolveGpu = async (
	gpu: Config['gpu'],
	deps: DetectNvidiaGpuDeps = systemGpuDeps({ REELFORGE_DISABLE_GPU: gpu.disabled ? '1' : undefined }),
): Promise<NvidiaGpu> => {
	if (gpu.mode === 'off') return { usable: false, reason: 'REELFORGE_GPU=off' };
	const detection = await detectNvidiaGpu(deps);
	if (gpu.mode === 'required' && !detection.usable) throw new GpuRequiredError(detection);
	return detection;
};
