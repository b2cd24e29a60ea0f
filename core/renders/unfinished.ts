import { finishedStatuses } from '../contracts/render-status.js';

/**
 * The guard of every write that moves a render on: it applies only while the render is unfinished, so nothing ever
 * overwrites a cancel, and a finished render never changes again. (`done` is only ever reached by recordDone.)
 */
export const unfinished = { status: { notIn: [...finishedStatuses] } };
