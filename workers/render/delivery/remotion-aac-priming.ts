/**
 * Samples of encoder delay at the start of the AAC that Remotion 4.0.527 muxes into its MP4s (its whole renders and
 * its seamless chunk join, which Lambda uses): 2048 priming samples written to a raw ADTS stream (which cannot say
 * so) and copied into the MP4 with no usable edit list, so every player plays them as sound and the mix lags the
 * picture by 42.7 ms at 48 kHz. Reelforge's own whole and chunked renders take the mix as PCM instead; Lambda's file
 * has these dropped. Measured, not assumed: tests/integration/delivered-file-sync.test.ts finds clicks on known frames
 * 42.3-43.0 ms late in Remotion's files, and within 0.33 ms once the delivery step drops them.
 */
export const REMOTION_AAC_PRIMING_SAMPLES = 2048;
