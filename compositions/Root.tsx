import type React from 'react';
import { Composition } from 'remotion';
import { CaptionedClip } from './captioned-clip/CaptionedClip.js';
import { calculateCaptionedClipMetadata } from './captioned-clip/calculate-metadata.js';
import { sampleCaptionedClipProps } from './captioned-clip/sample-props.js';
import { captionedClipSchema } from './captioned-clip/schema.js';
import { ClipStory } from './clip-story/ClipStory.js';
import { calculateClipStoryMetadata } from './clip-story/calculate-metadata.js';
import { sampleClipStoryProps } from './clip-story/sample-props.js';
import { clipStorySchema } from './clip-story/schema.js';
import { calculateFacelessNarrationMetadata } from './faceless-narration/calculate-metadata.js';
import { FacelessNarration } from './faceless-narration/FacelessNarration.js';
import { sampleFacelessNarrationProps } from './faceless-narration/sample-props.js';
import { facelessNarrationSchema } from './faceless-narration/schema.js';
import { calculateListicleMetadata } from './listicle/calculate-metadata.js';
import { Listicle } from './listicle/Listicle.js';
import { sampleListicleProps } from './listicle/sample-props.js';
import { listicleSchema } from './listicle/schema.js';
import { calculateQuoteCardMetadata } from './quote-card/calculate-metadata.js';
import { QuoteCard } from './quote-card/QuoteCard.js';
import { sampleQuoteCardProps } from './quote-card/sample-props.js';
import { quoteCardSchema } from './quote-card/schema.js';
import { calculateSplitScreenMetadata } from './split-screen/calculate-metadata.js';
import { SplitScreen } from './split-screen/SplitScreen.js';
import { sampleSplitScreenProps } from './split-screen/sample-props.js';
import { splitScreenSchema } from './split-screen/schema.js';

// Size, fps and length come from each template's calculateMetadata; these are placeholders.
const placeholder = { width: 1080, height: 1920, fps: 30, durationInFrames: 150 };

export const Root: React.FC = () => (
	<>
		<Composition
			id="clip-story"
			component={ClipStory}
			schema={clipStorySchema}
			calculateMetadata={calculateClipStoryMetadata}
			defaultProps={sampleClipStoryProps}
			{...placeholder}
		/>
		<Composition
			id="faceless-narration"
			component={FacelessNarration}
			schema={facelessNarrationSchema}
			calculateMetadata={calculateFacelessNarrationMetadata}
			defaultProps={sampleFacelessNarrationProps}
			{...placeholder}
		/>
		<Composition
			id="listicle"
			component={Listicle}
			schema={listicleSchema}
			calculateMetadata={calculateListicleMetadata}
			defaultProps={sampleListicleProps}
			{...placeholder}
		/>
		<Composition
			id="split-screen"
			component={SplitScreen}
			schema={splitScreenSchema}
			calculateMetadata={calculateSplitScreenMetadata}
			defaultProps={sampleSplitScreenProps}
			{...placeholder}
		/>
		<Composition
			id="quote-card"
			component={QuoteCard}
			schema={quoteCardSchema}
			calculateMetadata={calculateQuoteCardMetadata}
			defaultProps={sampleQuoteCardProps}
			{...placeholder}
		/>
		<Composition
			id="captioned-clip"
			component={CaptionedClip}
			schema={captionedClipSchema}
			calculateMetadata={calculateCaptionedClipMetadata}
			defaultProps={sampleCaptionedClipProps}
			{...placeholder}
		/>
	</>
);
