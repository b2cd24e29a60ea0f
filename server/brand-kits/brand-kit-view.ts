import { brandSchema } from '../../compositions/brand/brand-schema.js';

export const brandKitSelect = { id: true, name: true, brand: true, captionStyle: true, createdAt: true, updatedAt: true } as const;

type BrandKitRow = { id: string; name: string; brand: unknown; captionStyle: unknown; createdAt: Date; updatedAt: Date };

/** A brand kit row as the API answers it (the brand re-read through its schema, so older rows get new defaults). */
export const brandKitView = (row: BrandKitRow) => ({
	...row,
	brand: brandSchema.parse(row.brand),
	captionStyle: (row.captionStyle ?? {}) as Record<string, unknown>,
	createdAt: row.createdAt.toISOString(),
	updatedAt: row.updatedAt.toISOString(),
});
