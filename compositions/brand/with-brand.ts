import type { CalculateMetadataFunction } from 'remotion';
import type { z } from 'zod';
import { type Brand, bookendFramesOf, brandSchema } from './brand-schema.js';

type Metadata = Awaited<ReturnType<CalculateMetadataFunction<Record<string, unknown>>>>;

type Brandable = {
	schema: z.ZodObject;
	calculateMetadata: CalculateMetadataFunction<Record<string, unknown>>;
	lazyComponent: () => Promise<{ default: unknown }>;
};

/**
 * The template with a `brand` prop: its schema takes one, its length grows by the intro and outro, and its component
 * is drawn inside BrandFrame (logo, watermark, intro, outro). Without `brand` it renders exactly as before. React-free:
 * the component and BrandFrame load only when something draws the template.
 */
export const withBrand = <T extends Brandable>(template: T): T => {
	const calculate = template.calculateMetadata;
	const withBookends = (inner: Metadata, brand: Brand | undefined): Metadata => {
		const frames = bookendFramesOf(brand, inner.fps ?? 30);
		if (frames.intro + frames.outro === 0 || inner.durationInFrames === undefined) return inner;
		return { ...inner, durationInFrames: inner.durationInFrames + frames.intro + frames.outro };
	};
	return {
		...template,
		schema: template.schema.extend({ brand: brandSchema.optional().describe('A brand kit applied to this render (set from brandKitId)') }),
		// Synchronous when the template's is: the studio preview sizes compositions without awaiting.
		calculateMetadata: ((options) => {
			const inner = calculate(options);
			const brand = options.props.brand as Brand | undefined;
			return inner instanceof Promise ? inner.then((metadata) => withBookends(metadata, brand)) : withBookends(inner, brand);
		}) satisfies CalculateMetadataFunction<Record<string, unknown>>,
		lazyComponent: async () => {
			const [inner, { brandedComponentOf }] = await Promise.all([template.lazyComponent(), import('./BrandFrame.js')]);
			return { default: brandedComponentOf(inner.default as Parameters<typeof brandedComponentOf>[0]) };
		},
	};
};
