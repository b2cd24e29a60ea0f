import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Database } from '../db/create-database.js';
import type { WorkspaceStorage } from '../workspaces/scope-storage.js';
import { concatSamples } from './concat-samples.js';
import { encodeWav } from './encode-wav.js';
import { normaliseLoudness } from './normalise-loudness.js';
import { decodeToPcm, PCM_SAMPLE_RATE } from './pcm-audio.js';
import { splitTextIntoChunks } from './split-text-into-chunks.js';
import { VoiceoverError, type VoiceoverProvider, type WordTiming, wordTimingSchema } from './voiceover-provider.js';
import { type VoiceoverSpec, voiceoverKeyOf } from './voiceover-spec.js';

export type VoiceoverDeps = {
	db: Database;
	/** The workspace's storage; the voiceover belongs to its workspace. */
	storage: WorkspaceStorage;
	providers: Partial<Record<VoiceoverSpec['provider'], VoiceoverProvider>>;
	targetLufs: number;
	signal?: AbortSignal;
};

export type Voiceover = {
	id: string;
	audioKey: string;
	durationMs: number;
	words: WordTiming[];
	loudnessLufs: number | null;
	cacheHit: boolean;
};

const synthesizeChunked = async (provider: VoiceoverProvider, text: string, spec: VoiceoverSpec, signal?: AbortSignal) => {
	const parts: Int16Array[] = [];
	const words: WordTiming[] = [];
	let sampleOffset = 0;
	for (const chunk of splitTextIntoChunks(text, provider.maxChars)) {
		signal?.throwIfAborted();
		const speech = await provider.synthesize({ text: chunk.text, voice: spec.voice, settings: spec.settings, signal });
		const samples = await decodeToPcm(speech.audio);
		const offsetMs = (sampleOffset / PCM_SAMPLE_RATE) * 1000;
		for (const word of speech.words) {
			words.push({
				...word,
				startMs: word.startMs + offsetMs,
				endMs: word.endMs + offsetMs,
				charStart: word.charStart + chunk.offset,
				charEnd: word.charEnd + chunk.offset,
			});
		}
		parts.push(samples);
		sampleOffset += samples.length;
	}
	return { samples: concatSamples(parts), words };
};

/**
 * The voiceover for `text`: from the cache when the same text, voice and settings were spoken before,
 * otherwise synthesised (in chunks when the provider needs it), normalised to the loudness target and stored once.
 */
export const synthesizeVoiceover = async (text: string, spec: VoiceoverSpec, deps: VoiceoverDeps): Promise<Voiceover> => {
	const workspaceId = deps.storage.workspaceId;
	const id = voiceoverKeyOf(text, spec, deps.targetLufs, workspaceId);
	const audioKey = `voiceovers/${id}.wav`;
	const cached = await deps.db.voiceover.findFirst({ where: { id, workspaceId } });
	if (cached && (await deps.storage.stat(cached.audioKey))) {
		await deps.db.voiceover.update({ where: { id }, data: { useCount: { increment: 1 }, lastUsedAt: new Date() } });
		return {
			id,
			audioKey: cached.audioKey,
			durationMs: cached.durationMs,
			words: wordTimingSchema.array().parse(cached.words),
			loudnessLufs: cached.loudnessLufs,
			cacheHit: true,
		};
	}
	const provider = deps.providers[spec.provider];
	if (!provider) {
		throw new VoiceoverError(
			'invalid-request',
			`The ${spec.provider} voice is not configured${spec.provider === 'elevenlabs' ? ': set ELEVENLABS_API_KEY' : ''}`,
			false,
		);
	}
	const raw = await synthesizeChunked(provider, text, spec, deps.signal);
	if (raw.samples.length === 0) throw new VoiceoverError('upstream', `The ${spec.provider} voice returned no audio`, true);
	const loud = await normaliseLoudness(raw.samples, deps.targetLufs);
	const durationMs = (loud.samples.length / PCM_SAMPLE_RATE) * 1000;
	const scratch = path.join(os.tmpdir(), `voiceover-${id}-${process.pid}.wav`);
	await fs.promises.writeFile(scratch, encodeWav(loud.samples, PCM_SAMPLE_RATE));
	await deps.storage.putFile(audioKey, scratch);
	const loudnessLufs = Number.isFinite(loud.outputLufs) ? loud.outputLufs : null;
	await deps.db.voiceover.upsert({
		where: { id },
		create: {
			id,
			workspaceId,
			provider: spec.provider,
			voice: spec.voice,
			settings: spec.settings as object,
			text,
			audioKey,
			durationMs,
			words: raw.words,
			loudnessLufs,
			targetLufs: deps.targetLufs,
		},
		update: { useCount: { increment: 1 }, lastUsedAt: new Date() },
	});
	return { id, audioKey, durationMs, words: raw.words, loudnessLufs, cacheHit: false };
};
