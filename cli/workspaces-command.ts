import { createWorkspace } from '../core/workspaces/create-workspace.js';
import { workspaceIdSchema } from '../core/workspaces/workspace-id-schema.js';
import { workspaceLimitsSchema } from '../core/workspaces/workspace-limits-schema.js';
import { openRuntime } from './open-runtime.js';

export type WorkspacesCommandOptions = {
	action: string | undefined;
	id: string | undefined;
	name: string | null;
	maxRendersInFlight: string | null;
	maxRenderMinutesPerDay: string | null;
	maxStorageMegabytes: string | null;
};

const USAGE =
	'reelforge workspaces create <id> --name <name> [--max-renders-in-flight N] [--max-render-minutes-per-day N] [--max-storage-mb N] | workspaces list';

const numberOrNull = (flag: string, value: string | null) => {
	if (value === null) return null;
	const number = Number(value);
	if (!Number.isFinite(number) || number <= 0) throw new Error(`"${flag}" must be a positive number, but is ${value}`);
	return number;
};

/** Makes and lists workspaces on this host's database (the operator's side of tenancy; keys come from `reelforge keys`). */
export const workspacesCommand = async (options: WorkspacesCommandOptions): Promise<number> => {
	if (options.action !== 'create' && options.action !== 'list') {
		console.error(`Usage: ${USAGE}`);
		return 2;
	}
	const runtime = await openRuntime('workspaces');
	try {
		if (options.action === 'list') {
			const rows = await runtime.db.workspace.findMany({ orderBy: { createdAt: 'asc' } });
			console.log(['id', 'name', 'renders in flight', 'minutes per day', 'storage MB', 'created'].join('\t'));
			for (const row of rows) {
				const limit = (value: number | null) => (value === null ? '-' : String(value));
				console.log(
					[
						row.id,
						row.name,
						limit(row.maxRendersInFlight),
						limit(row.maxRenderMinutesPerDay),
						limit(row.maxStorageMegabytes),
						row.createdAt.toISOString(),
					].join('\t'),
				);
			}
			return 0;
		}
		const id = workspaceIdSchema.safeParse(options.id);
		if (!id.success) throw new Error(`The workspace id ${id.error.issues[0]?.message ?? 'is missing'}`);
		const name = options.name?.trim();
		if (!name) throw new Error('"--name" is required: who the workspace is for, for example --name "Acme Media"');
		const limits = workspaceLimitsSchema.parse({
			maxRendersInFlight: numberOrNull('--max-renders-in-flight', options.maxRendersInFlight),
			maxRenderMinutesPerDay: numberOrNull('--max-render-minutes-per-day', options.maxRenderMinutesPerDay),
			maxStorageMegabytes: numberOrNull('--max-storage-mb', options.maxStorageMegabytes),
		});
		await createWorkspace(runtime.db, { id: id.data, name, ...limits });
		console.log(`Created workspace ${id.data} (${name}); make its keys with: reelforge keys create --workspace ${id.data} --name <name> --scopes render`);
		return 0;
	} finally {
		await runtime.close();
	}
};
