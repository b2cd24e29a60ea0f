import { ownerOfStorageKey } from '../workspaces/owner-of-storage-key.js';

/** What a stored object is to storage gc: a chunk or an output file of a render, or something gc leaves alone. */
export type StoredPart = { kind: 'chunk' | 'output'; renderId: string; workspaceId: string } | { kind: 'other' };

const CHUNK = /^chunks\/([A-Za-z0-9_-]+)\//;
// renders/<id>.mp4 and its sidecars (renders/<id>.srt, renders/<id>.en.vtt, renders/<id>.gif, …).
const OUTPUT = /^renders\/([A-Za-z0-9_-]+)\.[^/]+$/;

/** Reads a full storage key (every workspace's, as the root storage lists them). */
export const storedPartOf = (fullKey: string): StoredPart => {
	const owner = ownerOfStorageKey(fullKey);
	if ('shared' in owner) return { kind: 'other' };
	const chunk = CHUNK.exec(owner.key);
	if (chunk?.[1]) return { kind: 'chunk', renderId: chunk[1], workspaceId: owner.workspaceId };
	const output = OUTPUT.exec(owner.key);
	if (output?.[1]) return { kind: 'output', renderId: output[1], workspaceId: owner.workspaceId };
	return { kind: 'other' };
};
