import type { TransitionPresentation, TransitionPresentationComponentProps } from '@remotion/transitions';
import type React from 'react';
import { AbsoluteFill, interpolate } from 'remotion';

type WhipBlurProps = { direction: 'from-left' | 'from-right' | 'from-top' | 'from-bottom'; blurPx: number };

/**
 * A whip pan: the old clip flies out and the new one flies in from `direction`, both smeared by a blur along the motion
 * that peaks mid-way, like a camera swung between two shots. Reelforge's own presentation for TransitionSeries.
 */
const WhipBlur: React.FC<TransitionPresentationComponentProps<WhipBlurProps>> = ({ children, presentationDirection, presentationProgress, passedProps }) => {
	const entering = presentationDirection === 'entering';
	const sign = passedProps.direction === 'from-right' || passedProps.direction === 'from-bottom' ? 1 : -1;
	const horizontal = passedProps.direction === 'from-left' || passedProps.direction === 'from-right';
	// Ease in and out, so the pan is fastest (and blurriest) in the middle.
	const eased = interpolate(presentationProgress, [0, 0.5, 1], [0, 0.5, 1], { easing: (t) => t * t * (3 - 2 * t) });
	const offset = (entering ? 1 - eased : -eased) * 100 * sign;
	const blur = passedProps.blurPx * Math.sin(Math.PI * presentationProgress);
	return (
		<AbsoluteFill
			style={{
				transform: horizontal ? `translateX(${offset}%)` : `translateY(${offset}%)`,
				filter: blur > 0.5 ? `blur(${blur.toFixed(1)}px)` : undefined,
			}}
		>
			{children}
		</AbsoluteFill>
	);
};

export const whipBlur = (props: WhipBlurProps): TransitionPresentation<WhipBlurProps> => ({ component: WhipBlur, props });
