import type React from 'react';
import { Composition, getRemotionEnvironment } from 'remotion';
import { templates } from './templates.js';

// Size, fps and length come from each template's calculateMetadata; these are placeholders.
const placeholder = { width: 1080, height: 1920, fps: 30, durationInFrames: 150 };

// Remotion merges defaultProps under the input props, so a field the input leaves out (music, a hook) would take the
// sample's value in a real render. Samples are defaults in Remotion's Studio only; renders get exactly their props.
const inStudio = getRemotionEnvironment().isStudio;
const samplesInStudio = <P,>(sample: P): P => (inStudio ? sample : ({} as P));

/** One <Composition> per template in compositions/templates.ts; each component loads (its own chunk) when drawn. */
export const Root: React.FC = () => (
	<>
		{templates.map((template) => (
			<Composition
				key={template.id}
				id={template.id}
				lazyComponent={template.lazyComponent}
				schema={template.schema}
				calculateMetadata={template.calculateMetadata}
				defaultProps={samplesInStudio(template.sampleProps)}
				{...placeholder}
			/>
		))}
	</>
);
