import type { AnyRouter } from '@trpc/server';
import type { z } from 'zod';
import type { ProcedureMeta } from '../procedure-meta.js';

export type ProcedureType = 'query' | 'mutation' | 'subscription';

export type DescribedProcedure = {
	/** `renders.create`: the tRPC path, also the HTTP path under /trpc. */
	path: string;
	type: ProcedureType;
	input: z.ZodType | null;
	/** The `.output()` schema; a subscription's is its events' (meta.events). null: undocumented. */
	output: z.ZodType | null;
	meta: ProcedureMeta;
};

type ProcedureDef = { _def: { type: ProcedureType; inputs: unknown[]; output?: unknown; meta?: ProcedureMeta } };

/**
 * Every procedure of a router with the zod schemas it was built with, read from tRPC's router definition: the same
 * objects that validate requests and responses, so the document cannot drift from what the server does.
 */
export const proceduresOf = (router: AnyRouter): DescribedProcedure[] =>
	Object.entries(router._def.procedures as Record<string, ProcedureDef>).map(([path, procedure]) => {
		const { type, inputs, output, meta = {} } = procedure._def;
		if (inputs.length > 1) throw new Error(`"${path}" has ${inputs.length} input schemas; the OpenAPI document describes one`);
		return {
			path,
			type,
			input: (inputs[0] as z.ZodType | undefined) ?? null,
			output: type === 'subscription' ? (meta.events ?? null) : ((output as z.ZodType | undefined) ?? null),
			meta,
		};
	});
