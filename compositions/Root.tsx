import type React from 'react';
import { Composition, getRemotionEnvironment } from 'remotion';
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

// Remotion merges defaultProps under the input props, so a field the input leaves out (music, a hook) would take the
// sample's value in a real render. Samples are defaults in Remotion's Studio only; renders get exactly their props.
const inStudio = getRemotionEnvironment().isStudio;
const samplesInStudio = <P,>(sample: P): P => (inStudio ? sample : ({} as P));

export const Root: React.FC = () => (
	<>
		<Composition
			id="clip-story"
			component={ClipStory}
			schema={clipStorySchema}
			calculateMetadata={calculateClipStoryMetadata}
			defaultProps={samplesInStudio(sampleClipStoryProps)}
			{...placeholder}
		/>
		<Composition
			id="faceless-narration"
			component={FacelessNarration}
			schema={facelessNarrationSchema}
			calculateMetadata={calculateFacelessNarrationMetadata}
			defaultProps={samplesInStudio(sampleFacelessNarrationProps)}
			{...placeholder}
		/>
		<Composition
			id="listicle"
			component={Listicle}
			schema={listicleSchema}
			calculateMetadata={calculateListicleMetadata}
			defaultProps={samplesInStudio(sampleListicleProps)}
			{...placeholder}
		/>
		<Composition
			id="split-screen"
			component={SplitScreen}
			schema={splitScreenSchema}
			calculateMetadata={calculateSplitScreenMetadata}
			defaultProps={samplesInStudio(sampleSplitScreenProps)}
			{...placeholder}
		/>
		<Composition
			id="quote-card"
			component={QuoteCard}
			schema={quoteCardSchema}
			calculateMetadata={calculateQuoteCardMetadata}
			defaultProps={samplesInStudio(sampleQuoteCardProps)}
			{...placeholder}
		/>
		<Composition
			id="captioned-clip"
			component={CaptionedClip}
			schema={captionedClipSchema}
			calculateMetadata={calculateCaptionedClipMetadata}
			defaultProps={samplesInStudio(sampleCaptionedClipProps)}
			{...placeholder}
		/>
	</>
);
