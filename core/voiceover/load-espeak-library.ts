import koffi from 'koffi';
import { concatSamples } from './concat-samples.js';
import { VoiceoverError } from './voiceover-provider.js';

export type EspeakEvent = { type: number; textPosition: number; length: number; audioPositionMs: number };
export type EspeakLibrary = {
	sampleRate: number;
	/** Synthesises `text` in this process; returns 16-bit mono samples and the synthesiser's own events. */
	synthesize: (text: string, options: { voice: string; rate: number; pitch: number }) => { samples: Int16Array; events: EspeakEvent[] };
};

// From espeak-ng/speak_lib.h.
const AUDIO_OUTPUT_SYNCHRONOUS = 2;
const POS_CHARACTER = 1;
const ESPEAK_CHARS_UTF8 = 1;
const ESPEAK_RATE = 1;
const ESPEAK_PITCH = 3;
export const ESPEAK_EVENT_WORD = 1;
export const ESPEAK_EVENT_END = 5;

let loaded: EspeakLibrary | null = null;
const VOICE_ALIASES: Record<string, string> = { zh: 'cmn', 'zh-cn': 'cmn', 'zh-hans': 'cmn', 'zh-hk': 'yue', 'zh-yue': 'yue', 'en-gb': 'en', 'en-uk': 'en' };

/**
 * Binds libespeak-ng (Debian's `espeak-ng` package) through FFI. The library reports, for every word,
 * the millisecond in the audio where the synthesiser started it: exact word timings, not estimates.
 */
export const loadEspeakLibrary = (): EspeakLibrary => {
	if (loaded) return loaded;
	let lib: ReturnType<typeof koffi.load>;
	try {
		lib = koffi.load('libespeak-ng.so.1');
	} catch {
		throw new VoiceoverError(
			'unavailable',
			'The offline voice needs libespeak-ng: run `npm run setup` (Debian, as root) or `sudo apt-get install -y espeak-ng`',
			false,
		);
	}
	const eventStruct = koffi.struct('espeak_EVENT', {
		type: 'int',
		unique_identifier: 'uint',
		text_position: 'int',
		length: 'int',
		audio_position: 'int',
		sample: 'int',
		user_data: 'void*',
		id: koffi.union('espeak_EVENT_id', { number: 'int', name: 'const char*', string: koffi.array('char', 8) }),
	});
	const callbackType = koffi.proto('int espeak_SynthCallback(int16_t *wav, int numsamples, espeak_EVENT *events)');
	const initialize = lib.func('int espeak_Initialize(int output, int buflength, const char *path, int options)');
	const setCallback = lib.func('void espeak_SetSynthCallback(espeak_SynthCallback *callback)');
	const setVoiceByName = lib.func('int espeak_SetVoiceByName(const char *name)');
	const setParameter = lib.func('int espeak_SetParameter(int parameter, int value, int relative)');
	const synth = lib.func(
		'int espeak_Synth(const char *text, size_t size, unsigned int position, int position_type, unsigned int end_position, unsigned int flags, _Out_ unsigned int *unique_identifier, void *user_data)',
	);
	const synchronize = lib.func('int espeak_Synchronize(void)');

	const sampleRate = initialize(AUDIO_OUTPUT_SYNCHRONOUS, 0, null, 0) as number;
	if (sampleRate <= 0) throw new VoiceoverError('unavailable', 'libespeak-ng could not initialise (is espeak-ng-data installed?)', false);

	let chunks: Int16Array[] = [];
	let events: EspeakEvent[] = [];
	const eventSize = koffi.sizeof(eventStruct);
	const callback = koffi.register((wav: unknown, count: number, eventArray: unknown) => {
		if (count > 0 && wav) chunks.push(Int16Array.from(koffi.decode(wav, 'int16_t', count) as number[]));
		for (let i = 0; ; i++) {
			const event = koffi.decode(eventArray, i * eventSize, eventStruct) as { type: number; text_position: number; length: number; audio_position: number };
			if (event.type === 0) break;
			events.push({ type: event.type, textPosition: event.text_position, length: event.length, audioPositionMs: event.audio_position });
		}
		return 0;
	}, koffi.pointer(callbackType));
	setCallback(callback);

	loaded = {
		sampleRate,
		synthesize: (text, options) => {
			// eSpeak names voices by file (en, cmn, en-gb-x-rp); a BCP 47 tag (en-GB, zh) falls back to its language's voice.
			const fallback = VOICE_ALIASES[options.voice.toLowerCase()] ?? options.voice.toLowerCase().split('-')[0] ?? '';
			if (setVoiceByName(options.voice) !== 0 && setVoiceByName(fallback) !== 0)
				throw new VoiceoverError('invalid-request', `The offline voice has no voice ${JSON.stringify(options.voice)}`, false);
			setParameter(ESPEAK_RATE, options.rate, 0);
			setParameter(ESPEAK_PITCH, options.pitch, 0);
			chunks = [];
			events = [];
			const bytes = Buffer.from(`${text}\0`, 'utf8');
			synth(bytes, bytes.length, 0, POS_CHARACTER, 0, ESPEAK_CHARS_UTF8, [0], null);
			synchronize();
			return { samples: concatSamples(chunks), events };
		},
	};
	return loaded;
};
