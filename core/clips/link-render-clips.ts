import type { Database } from '../db/create-database.js';
import { collectMediaSources } from '../media/collect-media-sources.js';

/** Records which imported clips a render's props use, so every render keeps its clips' provenance. */
export const linkRenderClips = async (db: Database, workspaceId: string, renderId: string, props: unknown): Promise<number> => {
	const keys = [...collectMediaSources(props)].filter((src) => src.startsWith('storage:clips/')).map((src) => src.slice('storage:'.length));
	if (keys.length === 0) return 0;
	const clips = await db.clip.findMany({ where: { workspaceId, storageKey: { in: keys } }, select: { id: true } });
	for (const clip of clips) await db.renderClip.create({ data: { renderId, clipId: clip.id } });
	return clips.length;
};
