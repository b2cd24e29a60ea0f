import type { Database } from '../db/create-database.js';
import type { WorkspaceLimits } from './workspace-limits-schema.js';

export class WorkspaceExistsError extends Error {
	constructor(readonly id: string) {
		super(`A workspace '${id}' exists already`);
		this.name = 'WorkspaceExistsError';
	}
}

/** Makes a workspace (its keys are made separately); refuses an id in use. */
export const createWorkspace = async (db: Database, workspace: { id: string; name: string } & WorkspaceLimits) => {
	if (await db.workspace.findUnique({ where: { id: workspace.id }, select: { id: true } })) throw new WorkspaceExistsError(workspace.id);
	return db.workspace.create({ data: workspace });
};
