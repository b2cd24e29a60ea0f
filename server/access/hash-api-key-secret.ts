import { createHash } from 'node:crypto';

/** Only this hash is stored. The secret carries 256 random bits, so a fast hash is enough: there is nothing to guess. */
export const hashApiKeySecret = (secret: string): string => createHash('sha256').update(secret, 'utf8').digest('hex');
