import { accessRouter } from './routers/access-router.js';
import { accountsRouter } from './routers/accounts-router.js';
import { analyticsRouter } from './routers/analytics-router.js';
import { apiKeysRouter } from './routers/api-keys-router.js';
import { batchesRouter } from './routers/batches-router.js';
import { brandKitsRouter } from './routers/brand-kits-router.js';
import { clipsRouter } from './routers/clips-router.js';
import { publicationsRouter } from './routers/publications-router.js';
import { rendersRouter } from './routers/renders-router.js';
import { scriptsRouter } from './routers/scripts-router.js';
import { stockRouter } from './routers/stock-router.js';
import { templatesRouter } from './routers/templates-router.js';
import { transcriptsRouter } from './routers/transcripts-router.js';
import { voiceoversRouter } from './routers/voiceovers-router.js';
import { workspacesRouter } from './routers/workspaces-router.js';
import { router } from './trpc.js';

export const appRouter = router({
	renders: rendersRouter,
	batches: batchesRouter,
	clips: clipsRouter,
	templates: templatesRouter,
	scripts: scriptsRouter,
	voiceovers: voiceoversRouter,
	transcripts: transcriptsRouter,
	apiKeys: apiKeysRouter,
	accounts: accountsRouter,
	publications: publicationsRouter,
	analytics: analyticsRouter,
	workspaces: workspacesRouter,
	access: accessRouter,
	brandKits: brandKitsRouter,
	stock: stockRouter,
});

export type AppRouter = typeof appRouter;
