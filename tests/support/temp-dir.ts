import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * Test homes live under the run's root directory (made by tests/support/global-setup.ts), so the run's teardown can
 * find whatever a test left running there; outside vitest they fall back to the system temp directory.
 */
export const makeTempDir = (prefix: string) => fs.mkdtempSync(path.join(process.env.REELFORGE_TEST_ROOT ?? os.tmpdir(), `reelforge-${prefix}-`));

/** A bundle cache shared by every test in a run, so the compositions are bundled once. */
export const sharedBundleCacheDir = path.join(os.tmpdir(), 'reelforge-test-bundles');
