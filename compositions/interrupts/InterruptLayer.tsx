import type React from 'react';
import { AbsoluteFill, OffthreadVideo, Sequence, useCurrentFrame, useVideoConfig } from 'remotion';
import { interruptEffectAt } from './interrupt-effect-at.js';
import type { ScheduledInterrupt } from './interrupt-schema.js';

type BrollInterrupt = Extract<ScheduledInterrupt, { kind: 'broll' }>;

const isBroll = (interrupt: ScheduledInterrupt): interrupt is BrollInterrupt => interrupt.kind === 'broll';

/** The first frame whose time is at or after `ms`, as the captions count it, so a cut lands with its word. */
const firstFrameAt = (ms: number, fps: number) => Math.ceil((ms / 1000) * fps - 1e-9);

const EMOJI_FONTS = '"Noto Color Emoji", "Apple Color Emoji", "Segoe UI Emoji", sans-serif';

/**
 * What the interrupts lay over the frame: B-roll cut-ins, colour tint, emoji pops and flashes.
 * Times count from where the layer is mounted. `WithInterrupts` includes it; use it alone over content that should not move.
 */
export const InterruptLayer: React.FC<{ interrupts: readonly ScheduledInterrupt[] }> = ({ interrupts }) => {
	const frame = useCurrentFrame();
	const { fps, width, height } = useVideoConfig();
	const effect = interruptEffectAt(interrupts, { frame, fps, width, height });
	const emojiSizePx = Math.round(Math.min(width, height) * 0.22);
	return (
		<AbsoluteFill style={{ pointerEvents: 'none' }}>
			{interrupts.filter(isBroll).map((broll) => {
				const from = firstFrameAt(broll.atMs, fps);
				return (
					<Sequence
						key={`${broll.atMs}:${broll.src}`}
						name="B-roll"
						from={from}
						durationInFrames={Math.max(1, firstFrameAt(broll.atMs + broll.durationMs, fps) - from)}
					>
						{/* Muted: B-roll illustrates the narration, it never talks over it. */}
						<OffthreadVideo
							src={broll.src}
							muted
							trimBefore={Math.round((broll.trimStartMs / 1000) * fps)}
							style={{ width: '100%', height: '100%', objectFit: 'cover' }}
						/>
					</Sequence>
				);
			})}
			{effect.tint ? <AbsoluteFill style={{ backgroundColor: effect.tint.color, opacity: effect.tint.opacity, mixBlendMode: 'color' }} /> : null}
			{effect.emoji ? (
				<div
					style={{
						position: 'absolute',
						left: 0,
						right: 0,
						// Upper third: clear of the captions, which sit at the bottom or centre of the safe zone.
						top: Math.round(height * 0.2),
						textAlign: 'center',
						fontFamily: EMOJI_FONTS,
						fontSize: emojiSizePx,
						lineHeight: 1,
						opacity: effect.emoji.opacity,
						transform: `scale(${effect.emoji.scale})`,
						textShadow: `0 ${Math.round(emojiSizePx * 0.04)}px ${Math.round(emojiSizePx * 0.12)}px rgba(0,0,0,0.35)`,
					}}
				>
					{effect.emoji.char}
				</div>
			) : null}
			{effect.flashOpacity > 0 ? <AbsoluteFill style={{ backgroundColor: effect.flashColor, opacity: effect.flashOpacity }} /> : null}
		</AbsoluteFill>
	);
};
