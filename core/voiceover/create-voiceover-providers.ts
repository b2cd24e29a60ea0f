import type { Config } from '../config/load-config.js';
import type { OutboundPolicy } from '../net/outbound-policy.js';
import { createElevenLabsProvider } from './create-elevenlabs-provider.js';
import { createEspeakProvider } from './create-espeak-provider.js';
import type { VoiceoverProvider } from './voiceover-provider.js';
import type { VoiceoverSpec } from './voiceover-spec.js';

/** The offline voice always; ElevenLabs when ELEVENLABS_API_KEY is set. */
export const createVoiceoverProviders = (config: Config, outbound: OutboundPolicy): Partial<Record<VoiceoverSpec['provider'], VoiceoverProvider>> => {
	const elevenLabs = config.voiceover.elevenLabs;
	return {
		offline: createEspeakProvider(),
		...(elevenLabs
			? {
					elevenlabs: createElevenLabsProvider({
						apiKey: elevenLabs.apiKey,
						...(elevenLabs.baseUrl ? { baseUrl: elevenLabs.baseUrl } : {}),
						defaultVoiceId: elevenLabs.voiceId,
						modelId: elevenLabs.modelId,
						fetch: outbound.fetch as typeof fetch,
					}),
				}
			: {}),
	};
};
