import type React from 'react';
import { Composition } from 'remotion';
import { CaptionedClip } from './captioned-clip/CaptionedClip.js';
import { calculateCaptionedClipMetadata } from './captioned-clip/calculate-metadata.js';
import { sampleCaptionedClipProps } from './captioned-clip/sample-props.js';
import { captionedClipSchema } from './captioned-clip/schema.js';

export const Root: React.FC = () => (
	<Composition
		id="captioned-clip"
		component={CaptionedClip}
		schema={captionedClipSchema}
		calculateMetadata={calculateCaptionedClipMetadata}
		defaultProps={sampleCaptionedClipProps}
		width={1080}
		height={1920}
		fps={30}
		durationInFrames={150}
	/>
);
