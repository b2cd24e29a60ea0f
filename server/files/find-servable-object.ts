import type { Database } from '../../core/db/create-database.js';
import { captionFilesOf } from '../../core/renders/caption-files-of.js';
import { renderOutputsOf } from './render-outputs-of.js';

const SIDECAR_KEY = /^renders\/([\w-]+)\.(srt|vtt)$/;
/** renders/<id>.<ext> and the files beside it (renders/<id>.audio.mp3, renders/<id>.poster.jpg). */
const RENDER_FILE_KEY = /^renders\/([\w-]+)\.[\w.]+$/;

/**
 * Whether a workspace's key names something meant to be downloaded: a finished render's files (video, soundtrack, poster,
 * subtitle sidecars),
 * a stored voiceover or an imported clip. Partial outputs, chunks and scratch files are never served, whoever asks.
 */
export const isServableObject = async (db: Database, workspaceId: string, key: string): Promise<boolean> => {
	const sidecar = SIDECAR_KEY.exec(key);
	if (sidecar) {
		const render = await db.render.findFirst({ where: { id: sidecar[1], workspaceId, status: 'done' }, select: { captionFiles: true } });
		return captionFilesOf(render?.captionFiles).some((file) => file.key === key);
	}
	const renderFile = RENDER_FILE_KEY.exec(key);
	if (renderFile) {
		const render = await db.render.findFirst({ where: { id: renderFile[1], workspaceId, status: 'done' }, select: { outputKey: true, outputs: true } });
		if (render && (render.outputKey === key || renderOutputsOf(render.outputs).some((output) => output.key === key))) return true;
	}
	const [renders, voiceovers, clips] = await Promise.all([
		db.render.count({ where: { workspaceId, outputKey: key, status: 'done' } }),
		db.voiceover.count({ where: { workspaceId, audioKey: key } }),
		db.clip.count({ where: { workspaceId, storageKey: key } }),
	]);
	return renders + voiceovers + clips > 0;
};
