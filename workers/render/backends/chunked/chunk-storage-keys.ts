/** Where a chunked render keeps its chunks until the join: in storage, so workers on other machines can share them. */
export const chunkDirKeyOf = (renderId: string) => `chunks/${renderId}`;
export const chunkVideoKeyOf = (renderId: string, index: number) => `${chunkDirKeyOf(renderId)}/${String(index).padStart(4, '0')}.ts`;
export const chunkAudioKeyOf = (renderId: string, index: number) => `${chunkDirKeyOf(renderId)}/${String(index).padStart(4, '0')}.wav`;
