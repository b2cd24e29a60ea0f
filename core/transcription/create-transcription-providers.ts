import fs from 'node:fs';
import { installWhisperCpp } from '@remotion/install-whisper-cpp';
import type { Config } from '../config/load-config.js';
import type { OutboundPolicy } from '../net/outbound-policy.js';
import { createElevenLabsTranscriber } from './elevenlabs/create-elevenlabs-transcriber.js';
import { createOpenAiTranscriber } from './openai/create-openai-transcriber.js';
import { createPocketsphinxProvider } from './pocketsphinx/create-pocketsphinx-provider.js';
import type { TranscriptionProvider, TranscriptionProviderId } from './transcription-provider.js';
import { createWhisperCppProvider } from './whisper-cpp/create-whisper-cpp-provider.js';

type Made = TranscriptionProvider | { unconfigured: string };

/** How each provider is made from the config, or what to set when it cannot be: one entry per id, or tsc fails. */
const factories = {
	offline: () => createPocketsphinxProvider(),
	'whisper-cpp': (config, outbound) => {
		const whisper = config.transcription.whisperCpp;
		if (!whisper) return { unconfigured: 'set WHISPER_CPP_PATH to a whisper.cpp build (and WHISPER_CPP_MODEL)' };
		const provider = createWhisperCppProvider({
			whisperPath: whisper.path,
			version: whisper.version,
			model: whisper.model,
			modelFolder: whisper.modelDir,
			modelDownloadUrl: whisper.modelUrl,
			fetch: outbound.fetch,
		});
		if (!whisper.install) return provider;
		// Installed on first use: a clone and a build, once per machine.
		return {
			...provider,
			transcribe: async (request) => {
				if (!fs.existsSync(whisper.path))
					await installWhisperCpp({ version: whisper.version, to: whisper.path, printOutput: false, ...(request.signal ? { signal: request.signal } : {}) });
				return provider.transcribe(request);
			},
		};
	},
	elevenlabs: (config, outbound) => {
		const elevenLabs = config.voiceover.elevenLabs;
		if (!elevenLabs) return { unconfigured: 'set ELEVENLABS_API_KEY' };
		return createElevenLabsTranscriber({
			apiKey: elevenLabs.apiKey,
			baseUrl: elevenLabs.baseUrl,
			modelId: config.transcription.elevenLabsModelId,
			fetch: outbound.fetch as typeof fetch,
		});
	},
	openai: (config, outbound) => {
		const openai = config.transcription.openai;
		if (!openai) return { unconfigured: 'set TRANSCRIPTION_OPENAI_API_KEY (and TRANSCRIPTION_OPENAI_BASE_URL for Groq or your own server)' };
		return createOpenAiTranscriber({ ...openai, fetch: outbound.fetch });
	},
} satisfies Record<TranscriptionProviderId, (config: Config, outbound: OutboundPolicy) => Made>;

export type TranscriptionProviders = {
	providers: Partial<Record<TranscriptionProviderId, TranscriptionProvider>>;
	unconfigured: Partial<Record<TranscriptionProviderId, string>>;
};

/** Every configured provider, and for the others what to set: PocketSphinx always, the rest when their settings are there. */
export const createTranscriptionProviders = (config: Config, outbound: OutboundPolicy): TranscriptionProviders => {
	const result: TranscriptionProviders = { providers: {}, unconfigured: {} };
	for (const [id, make] of Object.entries(factories) as [TranscriptionProviderId, (config: Config, outbound: OutboundPolicy) => Made][]) {
		const made = make(config, outbound);
		if ('unconfigured' in made) result.unconfigured[id] = made.unconfigured;
		else result.providers[id] = made;
	}
	return result;
};
