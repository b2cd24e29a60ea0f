/** Audio as the delivery step handles it: interleaved 32-bit float samples, so gain and limiting lose nothing. */
export type PcmAudio = { samples: Float32Array; channels: number; sampleRate: number };

/** The number of sample frames (one sample per channel) in `audio`. */
export const frameCountOf = (audio: PcmAudio): number => Math.floor(audio.samples.length / audio.channels);
