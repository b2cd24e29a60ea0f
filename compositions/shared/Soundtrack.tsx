import type React from 'react';
import { useMemo } from 'react';
import { Audio, useVideoConfig } from 'remotion';
import type { z } from 'zod';
import type { CaptionWord } from '../captions/caption-word-schema.js';
import { duckUnderSpeech, speechSpansOf } from './duck-under-speech.js';
import type { musicSchema, voiceoverSchema } from './media-schemas.js';

/** Voiceover on top, music underneath, the music ducked while words are spoken. */
export const Soundtrack: React.FC<{
	voiceover: z.infer<typeof voiceoverSchema> | undefined;
	music: z.infer<typeof musicSchema> | undefined;
	words: readonly CaptionWord[];
}> = ({ voiceover, music, words }) => {
	const { fps } = useVideoConfig();
	const spans = useMemo(() => speechSpansOf(words), [words]);
	return (
		<>
			{voiceover ? <Audio src={voiceover.src} volume={voiceover.volume} /> : null}
			{music ? <Audio src={music.src} loop volume={(frame) => music.volume * duckUnderSpeech((frame / fps) * 1000, spans, music.duckTo)} /> : null}
		</>
	);
};
