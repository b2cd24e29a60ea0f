import { createHash } from 'node:crypto';
import { DEFAULT_WORKSPACE_ID } from '../workspaces/default-workspace.js';

// Bump when the way words are made changes in a way that makes stored transcripts stale.
const PIPELINE_VERSION = 1;

export type TranscriptKey = { mediaHash: string; mode: string; provider: string; model: string; language: string; text: string | null };

/** Cache key of a transcript: everything that decides its words, and the workspace (workspaces share no transcripts). */
export const transcriptKeyOf = (key: TranscriptKey, workspaceId: string): string =>
	createHash('sha256')
		.update(JSON.stringify({ ...key, version: PIPELINE_VERSION, ...(workspaceId === DEFAULT_WORKSPACE_ID ? {} : { workspaceId }) }))
		.digest('hex')
		.slice(0, 32);
