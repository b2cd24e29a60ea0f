import type React from 'react';
import { useId } from 'react';
import { AbsoluteFill, Freeze, useCurrentFrame, useVideoConfig } from 'remotion';
import { InterruptLayer } from './InterruptLayer.js';
import { interruptEffectAt } from './interrupt-effect-at.js';
import type { ScheduledInterrupt } from './interrupt-schema.js';

type WithInterruptsProps = {
	interrupts: readonly ScheduledInterrupt[];
	children: React.ReactNode;
	/**
	 * Time-warp the children during speed ramps (default true). Remotion mutes media audio inside a running <Freeze>,
	 * so keep the voiceover outside <WithInterrupts>, or turn this off.
	 */
	speedRamps?: boolean;
};

/**
 * Applies the pattern interrupts to its children (zoom, shake, whip, RGB split, colour pop, speed ramp) and lays
 * flashes, emoji and B-roll over them. Times count from where it is mounted.
 */
export const WithInterrupts: React.FC<WithInterruptsProps> = ({ interrupts, children, speedRamps = true }) => {
	const frame = useCurrentFrame();
	const { fps, width, height } = useVideoConfig();
	const effect = interruptEffectAt(interrupts, { frame, fps, width, height });
	// useId gives characters that are not valid in url(#…); the SVG filter id must be a plain name.
	const filterId = `reelforge-interrupt-${useId().replace(/[^\w-]/g, '')}`;
	const splitPx = effect.rgbSplitPx;
	const blurPx = effect.motionBlurPx;
	const usesSvgFilter = splitPx > 0 || blurPx > 0;
	const filter = [effect.colorFilter === 'none' ? null : effect.colorFilter, usesSvgFilter ? `url(#${filterId})` : null].filter(Boolean).join(' ');
	const warpedFrame = frame + Math.round((effect.timeWarpMs / 1000) * fps);
	const source = blurPx > 0 ? 'whipped' : 'SourceGraphic';
	return (
		<AbsoluteFill>
			<AbsoluteFill
				style={{
					transform: `translate(${effect.translateX + effect.whipOffset * width}px, ${effect.translateY}px) rotate(${effect.rotation}deg) scale(${effect.scale})`,
					filter: filter || 'none',
				}}
			>
				{/* Always mounted, only switched on, so children keep their state when a ramp starts. */}
				<Freeze frame={warpedFrame} active={speedRamps && warpedFrame !== frame}>
					{children}
				</Freeze>
			</AbsoluteFill>
			{usesSvgFilter ? (
				// One SVG filter pass instead of rendering the children three times: a video child would be decoded thrice.
				<svg width={0} height={0} style={{ position: 'absolute' }} aria-hidden="true">
					<filter id={filterId} x="0" y="0" width="100%" height="100%" colorInterpolationFilters="sRGB">
						{blurPx > 0 ? <feGaussianBlur in="SourceGraphic" stdDeviation={`${blurPx} 0`} result="whipped" /> : null}
						{splitPx > 0 ? (
							<>
								<feColorMatrix in={source} type="matrix" values="1 0 0 0 0  0 0 0 0 0  0 0 0 0 0  0 0 0 1 0" result="red" />
								<feOffset in="red" dx={splitPx / 2} dy={0} result="redShifted" />
								<feColorMatrix in={source} type="matrix" values="0 0 0 0 0  0 1 0 0 0  0 0 1 0 0  0 0 0 1 0" result="cyan" />
								<feOffset in="cyan" dx={-splitPx / 2} dy={0} result="cyanShifted" />
								<feBlend in="redShifted" in2="cyanShifted" mode="screen" />
							</>
						) : null}
					</filter>
				</svg>
			) : null}
			<InterruptLayer interrupts={interrupts} />
		</AbsoluteFill>
	);
};
