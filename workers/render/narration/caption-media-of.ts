/** A clip-like prop: its `src`, and where in it the video starts (captions must be shifted by that much). */
type ClipLike = { src?: unknown; trimStartSeconds?: unknown };

const clipAt = (value: unknown): ClipLike | null => (value && typeof value === 'object' ? (value as ClipLike) : null);

/**
 * The media whose speech a render's captions come from when the request names none: the template's background clip
 * (captioned-clip), else its first clip (clip-story, split-screen), with the seconds the template skips at its start.
 */
export const captionMediaOf = (props: Record<string, unknown>): { src: string; offsetMs: number } | null => {
	const clips = Array.isArray(props.clips) ? props.clips : [];
	const top = Array.isArray(props.top) || props.top ? [props.top] : [];
	for (const candidate of [props.background, ...clips, ...top].map(clipAt)) {
		if (candidate && typeof candidate.src === 'string') {
			const trim = typeof candidate.trimStartSeconds === 'number' ? candidate.trimStartSeconds : 0;
			return { src: candidate.src, offsetMs: trim * 1000 };
		}
	}
	return null;
};
