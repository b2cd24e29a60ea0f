/** The object key a render gets when the target names none. */
export const defaultS3KeyOf = (renderId: string) => `reelforge/${renderId}.mp4`;
