import type { Brand } from '../../compositions/brand/brand-schema.js';
import { findTemplate } from '../../compositions/templates.js';

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/** `over` on top of `under`, objects merged key by key; arrays and values from `over` replace. */
const mergeUnder = (under: Json, over: Json): Json => {
	const merged: Json = { ...under };
	for (const [key, value] of Object.entries(over)) {
		const base = merged[key];
		merged[key] = isObject(base) && isObject(value) ? mergeUnder(base, value) : value;
	}
	return merged;
};

/**
 * A template's props with a brand kit under them: the brand itself (logo, watermark, intro, outro: drawn by BrandFrame
 * around any template), the caption font, colours and style, and the template's own colour props where it has them
 * (accentColor, the end card's ground). What the request's props say wins over the kit, field by field.
 */
export const applyBrandKit = (templateId: string, props: Json, kit: { brand: Brand; captionStyle: Json }): Json => {
	const shape = findTemplate(templateId)?.schema.shape ?? {};
	const { colors } = kit.brand;
	const base: Json = {
		brand: kit.brand,
		captions: {
			style: {
				font: kit.brand.font,
				textColor: colors.text,
				highlightColor: colors.primary,
				emphasisColor: colors.secondary,
				pillColor: colors.primary,
				...kit.captionStyle,
			},
		},
		...('accentColor' in shape ? { accentColor: colors.primary } : {}),
		...('endCard' in shape ? { endCard: { backgroundColor: colors.background } } : {}),
		...('dividerColor' in shape ? { dividerColor: colors.background } : {}),
	};
	return mergeUnder(base, props);
};
