import type { TransitionPresentation } from '@remotion/transitions';
import { clockWipe } from '@remotion/transitions/clock-wipe';
import { fade } from '@remotion/transitions/fade';
import { flip } from '@remotion/transitions/flip';
import { slide } from '@remotion/transitions/slide';
import { wipe } from '@remotion/transitions/wipe';
import type { Transition } from './transition-schema.js';
import { whipBlur } from './whip-blur.js';

/** The TransitionSeries presentation of a transition (null for a hard cut); clock-wipe needs the frame's size. */
export const presentationOf = (
	transition: Transition,
	size: { width: number; height: number },
	// biome-ignore lint/suspicious/noExplicitAny: each presentation has its own props type; TransitionSeries takes any.
): TransitionPresentation<any> | null => {
	switch (transition.kind) {
		case 'none':
			return null;
		case 'fade':
			return fade();
		case 'slide':
			return slide({ direction: transition.direction });
		case 'wipe':
			return wipe({ direction: transition.direction });
		case 'flip':
			return flip({ direction: transition.direction });
		case 'clock-wipe':
			return clockWipe(size);
		case 'whip-blur':
			return whipBlur({ direction: transition.direction, blurPx: Math.round(size.width * 0.04) });
	}
};
