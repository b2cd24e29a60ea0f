import { TRPCError } from '@trpc/server';
import { brandSchema } from '../../compositions/brand/brand-schema.js';
import { applyBrandKit } from '../../core/brand-kits/apply-brand-kit.js';
import type { Database } from '../../core/db/create-database.js';

/** The props with the workspace's brand kit `brandKitId` under them; NOT_FOUND names the kit when it is not there. */
export const brandedProps = async (
	db: Database,
	workspaceId: string,
	template: string,
	props: Record<string, unknown>,
	brandKitId: string,
): Promise<Record<string, unknown>> => {
	const kit = await db.brandKit.findFirst({ where: { id: brandKitId, workspaceId }, select: { brand: true, captionStyle: true } });
	if (!kit) throw new TRPCError({ code: 'NOT_FOUND', message: `"brandKitId": no brand kit '${brandKitId}' in this workspace` });
	return applyBrandKit(template, props, { brand: brandSchema.parse(kit.brand), captionStyle: (kit.captionStyle ?? {}) as Record<string, unknown> });
};
