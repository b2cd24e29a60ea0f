/** Read-only media every workspace may use: the sample clips, images and music Reelforge makes at start. */
export const SHARED_SAMPLES_FOLDER = 'samples/';
