import { type TargetKind, targetSchemas } from './publish-contract.js';

/** What people call a target kind ("YouTube", "TikTok"): the title its schema carries, so no list repeats it. */
export const targetNameOf = (kind: TargetKind): string => {
	const title = targetSchemas[kind].meta()?.title;
	return typeof title === 'string' ? title : kind;
};
