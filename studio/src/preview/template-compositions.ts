import type React from 'react';
import type { TemplateDefinition } from '../../../compositions/define-template.js';
import { type TemplateId, templates } from '../../../compositions/templates.js';

export type PreviewMetadata = { width: number; height: number; fps: number; durationInFrames: number };
export type TemplateComposition = {
	/** The component loads (its own chunk) when the Player first draws it, as in the workers' bundle. */
	lazyComponent: () => Promise<{ default: React.ComponentType<Record<string, unknown>> }>;
	/** Size, fps and length for already-validated props, as the worker computes them. */
	metadataOf: (props: Record<string, unknown>) => PreviewMetadata;
};

const composition = (template: TemplateDefinition): TemplateComposition => ({
	lazyComponent: template.lazyComponent,
	metadataOf: (props) => {
		// Every template's calculateMetadata is synchronous (size from the format, length from the props).
		const result = template.calculateMetadata({ props, defaultProps: props, abortSignal: new AbortController().signal, compositionId: '', isRendering: false });
		if (result instanceof Promise) throw new Error(`asynchronous calculateMetadata (template "${template.id}") is not supported in the studio preview`);
		return { width: result.width ?? 1080, height: result.height ?? 1920, fps: result.fps ?? 30, durationInFrames: result.durationInFrames ?? 150 };
	},
});

/** The same components and metadata the workers render (compositions/templates.ts, as Root.tsx lists them), for the Player. */
export const templateCompositions = Object.fromEntries(templates.map((template) => [template.id, composition(template)])) as Record<
	TemplateId,
	TemplateComposition
>;
