import { Player, type PlayerRef } from '@remotion/player';
import { type ReactNode, type RefObject, useEffect, useRef, useState } from 'react';
import type { VideoFormat } from '../../../compositions/shared/video-format.js';
import { SafeZoneOverlay } from './safe-zone-overlay.js';
import type { PreviewMetadata, TemplateComposition } from './template-compositions.js';

const formats: VideoFormat[] = ['9:16', '1:1', '4:5', '16:9'];

type Props = {
	composition: TemplateComposition;
	inputProps: Record<string, unknown>;
	metadata: PreviewMetadata;
	format: VideoFormat;
	onFormatChange: (format: VideoFormat) => void;
	/** The Player, for whoever seeks it from outside (the timeline). */
	playerRef?: RefObject<PlayerRef | null>;
	/** Drawn under the transport with the current frame (the timeline strip). */
	below?: (frame: number) => ReactNode;
	/** Space, arrows and J/K/L drive this Player from anywhere on the page but a text field. */
	shortcuts?: boolean;
};

const isTyping = (target: EventTarget | null) =>
	target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

/** The Player with the studio's own controls: play/pause, a frame scrubber, the format switch and the safe-zone overlay. */
export const PreviewPlayer = ({ composition, inputProps, metadata, format, onFormatChange, playerRef, below, shortcuts = false }: Props) => {
	const ownPlayer = useRef<PlayerRef>(null);
	const player = playerRef ?? ownPlayer;
	const [frame, setFrame] = useState(0);
	const [playing, setPlaying] = useState(false);
	const [safeZone, setSafeZone] = useState(true);
	const lastFrame = metadata.durationInFrames - 1;

	useEffect(() => {
		const current = player.current;
		if (!current) return;
		const onFrame = ({ detail }: { detail: { frame: number } }) => setFrame(detail.frame);
		const onPlay = () => setPlaying(true);
		const onPause = () => setPlaying(false);
		current.addEventListener('frameupdate', onFrame);
		// A seek from outside (the timeline) while paused moves the frame too.
		current.addEventListener('seeked', onFrame);
		current.addEventListener('play', onPlay);
		current.addEventListener('pause', onPause);
		current.addEventListener('ended', onPause);
		return () => {
			current.removeEventListener('frameupdate', onFrame);
			current.removeEventListener('seeked', onFrame);
			current.removeEventListener('play', onPlay);
			current.removeEventListener('pause', onPause);
			current.removeEventListener('ended', onPause);
		};
	}, [player]);

	useEffect(() => {
		if (!shortcuts) return;
		// Editors' keys: space plays and pauses, arrows step a frame (a second with Shift), J/K/L go back, pause, play.
		const onKey = (event: KeyboardEvent) => {
			const current = player.current;
			if (!current || isTyping(event.target) || event.metaKey || event.ctrlKey || event.altKey) return;
			const seekBy = (frames: number) => current.seekTo(Math.max(0, Math.min(lastFrame, current.getCurrentFrame() + frames)));
			const key = event.key.toLowerCase();
			if (key === ' ') current.toggle();
			else if (key === 'arrowleft') seekBy(event.shiftKey ? -metadata.fps : -1);
			else if (key === 'arrowright') seekBy(event.shiftKey ? metadata.fps : 1);
			else if (key === 'j') seekBy(-metadata.fps);
			else if (key === 'k') current.pause();
			else if (key === 'l') current.play();
			else return;
			event.preventDefault();
		};
		window.addEventListener('keydown', onKey);
		return () => window.removeEventListener('keydown', onKey);
	}, [shortcuts, player, lastFrame, metadata.fps]);

	return (
		<section className="preview" aria-label="Preview">
			<div className="format-switch">
				<fieldset className="segmented">
					<legend className="visually-hidden">Format</legend>
					{formats.map((candidate) => (
						<label key={candidate} className={candidate === format ? 'segment checked' : 'segment'}>
							<input type="radio" name="preview-format" value={candidate} checked={candidate === format} onChange={() => onFormatChange(candidate)} />
							{candidate}
						</label>
					))}
				</fieldset>
				<label className="inline">
					<input type="checkbox" checked={safeZone} onChange={(event) => setSafeZone(event.target.checked)} /> Safe zone
				</label>
			</div>
			<div
				className="player-frame"
				data-testid="player"
				style={{ aspectRatio: `${metadata.width} / ${metadata.height}`, ['--ratio' as string]: metadata.width / metadata.height }}
			>
				<Player
					ref={player}
					lazyComponent={composition.lazyComponent}
					inputProps={inputProps}
					durationInFrames={metadata.durationInFrames}
					fps={metadata.fps}
					compositionWidth={metadata.width}
					compositionHeight={metadata.height}
					style={{ width: '100%', height: '100%' }}
					acknowledgeRemotionLicense
					loop
				/>
				{safeZone ? <SafeZoneOverlay format={format} /> : null}
			</div>
			<div className="transport">
				<button type="button" onClick={() => player.current?.toggle()} aria-label={playing ? 'Pause' : 'Play'}>
					{playing ? 'Pause' : 'Play'}
				</button>
				<label className="scrubber">
					<span className="visually-hidden">Frame</span>
					<input
						type="range"
						min={0}
						max={lastFrame}
						value={Math.min(frame, lastFrame)}
						onChange={(event) => {
							const target = Number(event.target.value);
							player.current?.seekTo(target);
							setFrame(target);
						}}
					/>
				</label>
				<output aria-label="Time">
					{(Math.min(frame, lastFrame) / metadata.fps).toFixed(2)} s / {(metadata.durationInFrames / metadata.fps).toFixed(2)} s
				</output>
			</div>
			{below?.(Math.min(frame, lastFrame))}
		</section>
	);
};
