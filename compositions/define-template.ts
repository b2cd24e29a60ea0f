import type { ComponentType } from 'react';
import type { CalculateMetadataFunction } from 'remotion';
import type { z } from 'zod';
import { withBrand } from './brand/with-brand.js';

/** The component, loaded only when something draws it: the API and workers read definitions without React. */
type LazyComponent<Props> = () => Promise<{ default: ComponentType<Props> }>;

/** What a template is, without React: everything Root.tsx, the API and the studio need to list, validate and draw it. */
export type TemplateDefinition<Id extends string = string> = {
	readonly id: Id;
	readonly title: string;
	readonly description: string;
	readonly schema: z.ZodObject;
	readonly calculateMetadata: CalculateMetadataFunction<Record<string, unknown>>;
	/** Points at storage:samples/… (made by ensureSampleAssets); previews, stills, tests and Remotion Studio start from it. */
	readonly sampleProps: Record<string, unknown>;
	/** In the shape `<Composition lazyComponent>` and the Player's `lazyComponent` take. */
	readonly lazyComponent: LazyComponent<Record<string, unknown>>;
	/**
	 * Props holding a clip the component shows cover-cropped over the whole frame: the worker may replace such a clip
	 * with a proxy already cropped to the frame (see workers/render/media/proxy-framed-clips.ts). Absent: none.
	 */
	readonly fullFrameClips?: readonly string[];
};

/**
 * Checks that schema, metadata, sample and component agree on one props type, then forgets it: a list of templates
 * with different props needs one shape. Props reach the component only after `schema` parsed them. Every template
 * also takes a `brand` (a brand kit: logo, watermark, intro, outro around it; see brand/with-brand.ts).
 */
export const defineTemplate = <const Id extends string, Props extends Record<string, unknown>>(definition: {
	id: Id;
	title: string;
	description: string;
	schema: z.ZodObject & z.ZodType<Props>;
	calculateMetadata: CalculateMetadataFunction<Props>;
	sampleProps: NoInfer<Props>;
	lazyComponent: LazyComponent<Props>;
	fullFrameClips?: readonly (keyof Props & string)[];
}): TemplateDefinition<Id> => withBrand(definition as unknown as TemplateDefinition<Id>);
