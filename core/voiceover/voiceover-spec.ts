import { createHash } from 'node:crypto';
import { z } from 'zod';
import { DEFAULT_WORKSPACE_ID } from '../workspaces/default-workspace.js';

export const voiceoverSpecSchema = z.object({
	provider: z.enum(['offline', 'elevenlabs']).default('offline'),
	voice: z.string().trim().max(100).default('').describe('Voice id or name; empty: the provider default'),
	settings: z.record(z.string(), z.unknown()).default({}),
});
export type VoiceoverSpec = z.infer<typeof voiceoverSpecSchema>;

const canonical = (value: unknown): unknown =>
	Array.isArray(value)
		? value.map(canonical)
		: value !== null && typeof value === 'object'
			? Object.fromEntries(
					Object.entries(value)
						.sort(([a], [b]) => a.localeCompare(b))
						.map(([key, child]) => [key, canonical(child)]),
				)
			: value;

// Bump when the audio pipeline changes in a way that makes earlier audio stale.
const PIPELINE_VERSION = 1;

/**
 * The cache key of a voiceover: everything that determines its audio, and the workspace it belongs to (workspaces
 * share no cache, so one cannot learn from timings or ids what another had spoken).
 */
export const voiceoverKeyOf = (text: string, spec: VoiceoverSpec, targetLufs: number, workspaceId: string): string =>
	createHash('sha256')
		.update(JSON.stringify(canonical({ text, spec, targetLufs, version: PIPELINE_VERSION, ...(workspaceId === DEFAULT_WORKSPACE_ID ? {} : { workspaceId }) })))
		.digest('hex')
		.slice(0, 32);
