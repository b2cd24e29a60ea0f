import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const makeTempDir = (prefix: string) => fs.mkdtempSync(path.join(os.tmpdir(), `reelforge-${prefix}-`));

/** A bundle cache shared by every test in a run, so the compositions are bundled once. */
export const sharedBundleCacheDir = path.join(os.tmpdir(), 'reelforge-test-bundles');
