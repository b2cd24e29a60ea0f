import type React from 'react';
import type { CalculateMetadataFunction } from 'remotion';
import { CaptionedClip } from '../../../compositions/captioned-clip/CaptionedClip.js';
import { calculateCaptionedClipMetadata } from '../../../compositions/captioned-clip/calculate-metadata.js';
import { ClipStory } from '../../../compositions/clip-story/ClipStory.js';
import { calculateClipStoryMetadata } from '../../../compositions/clip-story/calculate-metadata.js';
import { calculateFacelessNarrationMetadata } from '../../../compositions/faceless-narration/calculate-metadata.js';
import { FacelessNarration } from '../../../compositions/faceless-narration/FacelessNarration.js';
import { calculateListicleMetadata } from '../../../compositions/listicle/calculate-metadata.js';
import { Listicle } from '../../../compositions/listicle/Listicle.js';
import { calculateQuoteCardMetadata } from '../../../compositions/quote-card/calculate-metadata.js';
import { QuoteCard } from '../../../compositions/quote-card/QuoteCard.js';
import { calculateSplitScreenMetadata } from '../../../compositions/split-screen/calculate-metadata.js';
import { SplitScreen } from '../../../compositions/split-screen/SplitScreen.js';
import type { TemplateId } from '../../../compositions/template-registry.js';

export type PreviewMetadata = { width: number; height: number; fps: number; durationInFrames: number };
export type TemplateComposition = {
	component: React.ComponentType<Record<string, unknown>>;
	/** Size, fps and length for already-validated props, as the worker computes them. */
	metadataOf: (props: Record<string, unknown>) => PreviewMetadata;
};

const composition = <P extends Record<string, unknown>>(component: React.FC<P>, calculate: CalculateMetadataFunction<P>): TemplateComposition => ({
	component: component as unknown as React.ComponentType<Record<string, unknown>>,
	metadataOf: (props) => {
		// Every template's calculateMetadata is synchronous (size from the format, length from the props).
		const result = calculate({ props: props as P, defaultProps: props as P, abortSignal: new AbortController().signal, compositionId: '', isRendering: false });
		if (result instanceof Promise) throw new Error('asynchronous calculateMetadata is not supported in the studio preview');
		return { width: result.width ?? 1080, height: result.height ?? 1920, fps: result.fps ?? 30, durationInFrames: result.durationInFrames ?? 150 };
	},
});

/** The same components and metadata the workers render (compositions/Root.tsx), for the Player. */
export const templateCompositions: Record<TemplateId, TemplateComposition> = {
	'clip-story': composition(ClipStory, calculateClipStoryMetadata),
	'faceless-narration': composition(FacelessNarration, calculateFacelessNarrationMetadata),
	listicle: composition(Listicle, calculateListicleMetadata),
	'split-screen': composition(SplitScreen, calculateSplitScreenMetadata),
	'quote-card': composition(QuoteCard, calculateQuoteCardMetadata),
	'captioned-clip': composition(CaptionedClip, calculateCaptionedClipMetadata),
};
