import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import { renderOutputOptionsSchema } from '../core/contracts/render-job.js';
import { ensureSampleAssets } from '../core/media/ensure-sample-assets.js';
import { resolveNarration } from '../core/scripts/resolve-narration.js';
import { voiceoverSpecSchema } from '../core/voiceover/voiceover-spec.js';
import { DEFAULT_WORKSPACE_ID } from '../core/workspaces/default-workspace.js';
import { createRenderContext } from '../workers/render/create-render-context.js';
import { runRender } from '../workers/render/run-render.js';
import { openRuntime } from './open-runtime.js';
import { createProgressBar } from './progress-bar.js';

export type RenderCommandOptions = { template: string; propsJson: string | null; propsFile: string | null; scale: number; narrate: string | null };

/** Renders one video in this process (no Redis, no queue), recorded in the database like any other render. */
export const renderCommand = async (options: RenderCommandOptions): Promise<number> => {
	const runtime = await openRuntime('render');
	const { config, db, logger } = runtime;
	await ensureSampleAssets(runtime.storage);
	const rawProps = options.propsFile ? fs.readFileSync(options.propsFile, 'utf8') : (options.propsJson ?? '{}');
	let props: Record<string, unknown>;
	try {
		props = JSON.parse(rawProps) as Record<string, unknown>;
	} catch (error) {
		console.error(`Props are not valid JSON: ${(error as Error).message}`);
		return 2;
	}
	const output = renderOutputOptionsSchema.parse({ scale: options.scale });
	const narration = options.narrate ? await resolveNarration(db, DEFAULT_WORKSPACE_ID, { text: options.narrate }, voiceoverSpecSchema.parse({})) : null;
	const id = randomUUID();
	await db.render.create({ data: { id, workspaceId: DEFAULT_WORKSPACE_ID, template: options.template, props: props as object } });
	const render = await createRenderContext(config, db, logger);
	const bar = createProgressBar();
	const abort = new AbortController();
	const onSignal = () => abort.abort();
	process.once('SIGINT', onSignal);
	try {
		const result = await runRender(
			{ renderId: id, template: options.template, props, output, narration, backend: 'local' },
			{ signal: abort.signal, attempt: 1, isFinalAttempt: true, onProgress: (p) => bar.update(p.progress, p.stage) },
			render.ctx,
		);
		bar.done();
		console.log(render.ctx.storage.locationOf(result.outputKey));
		return 0;
	} catch (error) {
		bar.done();
		console.error(`Render failed: ${(error as Error).message}`);
		return 1;
	} finally {
		process.off('SIGINT', onSignal);
		await render.close();
		await runtime.close();
	}
};
