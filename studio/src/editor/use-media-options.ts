import { useEffect, useState } from 'react';
import { useStudio } from '../api/studio-context.js';
import type { MediaOption } from './form-context.js';

/** The media ensureSampleAssets makes (core/media/ensure-sample-assets.ts); `reelforge serve` makes them at start. */
const sampleMedia: MediaOption[] = [
	{ label: 'Sample clip A', src: 'storage:samples/sample-clip.mp4' },
	{ label: 'Sample clip B', src: 'storage:samples/sample-clip-b.mp4' },
	{ label: 'Sample image', src: 'storage:samples/sample-image.png' },
	{ label: 'Sample music', src: 'storage:samples/sample-music.mp4' },
];

const durationText = (seconds: unknown) => (typeof seconds === 'number' ? ` (${seconds.toFixed(1)} s)` : '');

/** Sample media and the imported clip library; clips are left out (not an error) when the key may not list them. */
export const useMediaOptions = (): { options: MediaOption[]; clipsError: unknown } => {
	const { client } = useStudio();
	const [clips, setClips] = useState<MediaOption[]>([]);
	const [clipsError, setClipsError] = useState<unknown>(null);
	useEffect(() => {
		let live = true;
		client.clips.list.query({ limit: 100 }).then(
			(page) => {
				if (!live) return;
				setClips(
					page.items.map((clip) => ({
						label: `${String(clip.title ?? clip.author ?? clip.id)} · ${String(clip.platform ?? 'clip')}${durationText(clip.durationSeconds)}`,
						src: clip.src,
					})),
				);
			},
			(error: unknown) => live && setClipsError(error),
		);
		return () => {
			live = false;
		};
	}, [client]);
	return { options: [...clips, ...sampleMedia], clipsError };
};
