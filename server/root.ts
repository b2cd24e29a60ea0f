import { rendersRouter } from './routers/renders-router.js';
import { templatesRouter } from './routers/templates-router.js';
import { router } from './trpc.js';

export const appRouter = router({
	renders: rendersRouter,
	templates: templatesRouter,
});

export type AppRouter = typeof appRouter;
