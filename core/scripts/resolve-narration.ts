import type { NarrationJob } from '../contracts/render-job.js';
import type { Database } from '../db/create-database.js';
import type { VoiceoverSpec } from '../voiceover/voiceover-spec.js';
import { narrationOf } from './narration-of.js';
import { narrationOfText } from './narration-of-text.js';
import type { NarrationRequest } from './narration-request-schema.js';
import { scriptSchema } from './script-schema.js';

export class ScriptNotFoundError extends Error {
	constructor(readonly scriptId: string) {
		super(`No script '${scriptId}'`);
		this.name = 'ScriptNotFoundError';
	}
}

/** The text to speak and its emphasis ranges, from a stored script or from inline text. */
export const resolveNarration = async (db: Database, workspaceId: string, request: NarrationRequest, voice: VoiceoverSpec): Promise<NarrationJob> => {
	if ('text' in request) {
		return { ...narrationOfText(request.text), voice, scriptId: null };
	}
	const script = await db.script.findFirst({ where: { id: request.scriptId, workspaceId }, select: { content: true } });
	if (!script) throw new ScriptNotFoundError(request.scriptId);
	return { ...narrationOf(scriptSchema.parse(script.content)), voice, scriptId: request.scriptId };
};
