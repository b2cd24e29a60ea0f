import type { Database } from '../db/create-database.js';
import type { DeliveryReport } from '../delivery/delivery-report.js';
import { unfinished } from './unfinished.js';

export type RenderOutputFile = { kind: string; key: string; contentType: string; sizeBytes: number };

/**
 * What was measured on a render's delivered file (its report, A/V offset, loudness and true peak) and every file it
 * stored; written just before it is recorded done. false: it was cancelled meanwhile, and the files must be removed.
 */
export const recordDelivery = async (db: Database, id: string, report: DeliveryReport, outputs: readonly RenderOutputFile[]): Promise<boolean> => {
	const { count } = await db.render.updateMany({
		where: { id, ...unfinished },
		data: {
			delivery: report,
			avOffsetMs: report.sync?.avOffsetMs ?? null,
			loudnessLufs: report.loudness?.integratedLufs ?? null,
			truePeakDbtp: report.loudness?.truePeakDbtp ?? null,
			outputs: outputs.map((output) => ({ ...output })),
		},
	});
	return count > 0;
};
