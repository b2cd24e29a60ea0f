import { batchesRouter } from './routers/batches-router.js';
import { rendersRouter } from './routers/renders-router.js';
import { scriptsRouter } from './routers/scripts-router.js';
import { templatesRouter } from './routers/templates-router.js';
import { voiceoversRouter } from './routers/voiceovers-router.js';
import { router } from './trpc.js';

export const appRouter = router({
	renders: rendersRouter,
	batches: batchesRouter,
	templates: templatesRouter,
	scripts: scriptsRouter,
	voiceovers: voiceoversRouter,
});

export type AppRouter = typeof appRouter;
