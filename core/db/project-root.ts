import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root, so that prisma/, compositions/ and assets resolve wherever the process was started. */
export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
