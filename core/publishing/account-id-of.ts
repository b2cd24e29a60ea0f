import type { PublicationTarget } from './publish-contract.js';

/** The connected account a target publishes on; null for kinds without one (webhook, S3). */
export const accountIdOf = (target: PublicationTarget): string | null => ('accountId' in target ? target.accountId : null);
