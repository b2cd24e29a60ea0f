import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { type CaptionFile, recordCaptionFiles } from '../../core/renders/record-caption-files.js';
import { cuesFromWords } from '../../core/transcription/subtitles/cues-from-words.js';
import { serializeSubtitles } from '../../core/transcription/subtitles/serialize-subtitles.js';
import type { RenderContext } from './render-context.js';

const recordedWordsSchema = z
	.array(z.object({ text: z.string(), startMs: z.number(), endMs: z.number(), cue: z.number().int().optional(), lineBreak: z.boolean().optional() }))
	.catch([]);

const CONTENT_TYPES = { srt: 'application/x-subrip; charset=utf-8', vtt: 'text/vtt; charset=utf-8' } as const;

export const captionFileKeyOf = (renderId: string, format: CaptionFile['format']) => `renders/${renderId}.${format}`;

/**
 * SRT and WebVTT files of a render's captions, stored beside its video (renders/<id>.srt, .vtt) and listed on the render.
 * Written from the words the narration step recorded (a transcript keeps its punctuation and subtitle cues); a render
 * without captions gets none. Returns the stored files, for the caller to remove should the render turn out cancelled.
 */
export const writeCaptionSidecars = async (ctx: Pick<RenderContext, 'db' | 'storage' | 'scratchDir'>, renderId: string): Promise<CaptionFile[]> => {
	const render = await ctx.db.render.findUnique({ where: { id: renderId }, select: { captionWords: true, captionsLanguage: true } });
	const words = recordedWordsSchema.parse(render?.captionWords ?? []);
	if (words.length === 0) return [];
	const cues = cuesFromWords(words);
	const files: CaptionFile[] = [];
	for (const format of ['srt', 'vtt'] as const) {
		const scratch = path.join(ctx.scratchDir, `${renderId}-captions.${format}`);
		await fs.promises.writeFile(scratch, serializeSubtitles(cues, format));
		const key = captionFileKeyOf(renderId, format);
		await ctx.storage.putFile(key, scratch, { contentType: CONTENT_TYPES[format] });
		files.push({ format, key, language: render?.captionsLanguage ?? null });
	}
	await recordCaptionFiles(ctx.db, renderId, files);
	return files;
};
