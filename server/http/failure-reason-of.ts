export const failureReasons = ['media', 'voiceover', 'input', 'cancelled', 'other'] as const;
export type FailureReason = (typeof failureReasons)[number];

/** Buckets a failed render's stored error into a few reasons, by the messages the workers write. */
export const failureReasonOf = (error: string | null): FailureReason => {
	const message = error ?? '';
	// RenderCancelledError: "Render <id> was cancelled".
	if (/\bwas cancelled\b/.test(message)) return 'cancelled';
	// MediaSourceError: "Media "<src>" could not be loaded: …". Before voiceover: a src may well contain "voice".
	if (/^Media .* could not be loaded/.test(message)) return 'media';
	// RenderInputError and malformed jobs: props that do not fit, a template or render that does not exist.
	if (/^(Invalid props for |No template |Malformed job data)|^Render \S+ does not exist/.test(message)) return 'input';
	// VoiceoverError: the offline voice (espeak) or ElevenLabs.
	if (/\bvoice\b|ElevenLabs|espeak/i.test(message)) return 'voiceover';
	return 'other';
};
