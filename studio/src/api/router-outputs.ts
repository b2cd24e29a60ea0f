import type { inferRouterOutputs } from '@trpc/server';
import type { AppRouter } from '../../../server/root.js';

/** What each procedure answers, as the server's own types say: the studio's views are typed from these, never by hand. */
export type RouterOutputs = inferRouterOutputs<AppRouter>;
