import { type PointerEvent, useRef, useState } from 'react';
import type { TimelineItems, TimelineSpan } from './timeline-items-of.js';

type Drag = { track: 'words' | 'interrupts'; index: number; startX: number; deltaMs: number };

type Props = {
	items: TimelineItems;
	/** The Player's current time, for the playhead. */
	currentMs: number;
	onSeek: (ms: number) => void;
	onMoveWord: (index: number, deltaMs: number) => void;
	onMoveInterrupt: (index: number, atMs: number) => void;
};

/** Below this many pixels a press is a click (seek), not a drag. */
const DRAG_THRESHOLD_PX = 3;

const percent = (ms: number, durationMs: number) => `${Math.min(100, Math.max(0, (ms / durationMs) * 100))}%`;

/**
 * Where everything happens in time, under the Player: sections, clips, caption words and pattern interrupts. A click
 * seeks there; dragging a word moves it (keeping its length), dragging an interrupt moves it.
 */
export const TimelineStrip = ({ items, currentMs, onSeek, onMoveWord, onMoveInterrupt }: Props) => {
	const strip = useRef<HTMLDivElement>(null);
	const [drag, setDrag] = useState<Drag | null>(null);
	const { durationMs } = items;
	const msPerPixel = () => durationMs / (strip.current?.querySelector('.timeline-track')?.getBoundingClientRect().width || 1);
	const msAt = (clientX: number, track: Element) => {
		const box = track.getBoundingClientRect();
		return ((clientX - box.left) / box.width) * durationMs;
	};

	const press = (track: Drag['track'], index: number) => (event: PointerEvent<HTMLButtonElement>) => {
		event.stopPropagation();
		event.currentTarget.setPointerCapture(event.pointerId);
		setDrag({ track, index, startX: event.clientX, deltaMs: 0 });
	};
	const move = (event: PointerEvent<HTMLButtonElement>) => {
		if (drag) setDrag({ ...drag, deltaMs: (event.clientX - drag.startX) * msPerPixel() });
	};
	const release = (item: TimelineSpan) => (event: PointerEvent<HTMLButtonElement>) => {
		if (!drag) return;
		const moved = Math.abs(event.clientX - drag.startX) >= DRAG_THRESHOLD_PX;
		const deltaMs = (event.clientX - drag.startX) * msPerPixel();
		setDrag(null);
		if (!moved) onSeek(item.startMs);
		else if (drag.track === 'words') onMoveWord(drag.index, deltaMs);
		else onMoveInterrupt(drag.index, item.startMs + deltaMs);
	};
	const offsetOf = (track: Drag['track'], index: number) => (drag && drag.track === track && drag.index === index ? drag.deltaMs : 0);

	const row = (name: string, label: string, spans: readonly TimelineSpan[], draggable: Drag['track'] | null) => (
		<div className="timeline-row" data-track={name}>
			<span className="timeline-label">{label}</span>
			{/* biome-ignore lint/a11y/useKeyWithClickEvents: the Player's scrubber and the arrow keys seek from the keyboard */}
			{/* biome-ignore lint/a11y/noStaticElementInteractions: a click on the track seeks, as on any editor's timeline */}
			<div className="timeline-track" onClick={(event) => onSeek(msAt(event.clientX, event.currentTarget))}>
				{spans.map((span) => {
					const offset = draggable ? offsetOf(draggable, span.index) : 0;
					return (
						<button
							key={`${name}-${span.index}`}
							type="button"
							className={`timeline-item ${name}${offset ? ' dragging' : ''}`}
							data-index={span.index}
							style={{ left: percent(span.startMs + offset, durationMs), width: percent(Math.max(span.endMs - span.startMs, durationMs / 200), durationMs) }}
							title={`${span.label}: ${(span.startMs / 1000).toFixed(2)}–${(span.endMs / 1000).toFixed(2)} s`}
							aria-label={`${label} ${span.index + 1}: ${span.label} at ${(span.startMs / 1000).toFixed(2)} s`}
							onPointerDown={draggable ? press(draggable, span.index) : undefined}
							onPointerMove={draggable ? move : undefined}
							onPointerUp={draggable ? release(span) : undefined}
							onClick={(event) => {
								event.stopPropagation();
								if (!draggable) onSeek(span.startMs);
							}}
						>
							{span.label}
						</button>
					);
				})}
				<span className="timeline-playhead" style={{ left: percent(currentMs, durationMs) }} aria-hidden="true" />
			</div>
		</div>
	);

	return (
		<section className="timeline" aria-label="Timeline" ref={strip}>
			{items.sections.length > 0 ? row('sections', 'Sections', items.sections, null) : null}
			{items.clips.length > 0 ? row('clips', 'Clips', items.clips, null) : null}
			{row(
				'words',
				'Words',
				items.words.map((word) => ({ ...word, label: word.text })),
				'words',
			)}
			{row('interrupts', 'Interrupts', items.interrupts, 'interrupts')}
		</section>
	);
};
