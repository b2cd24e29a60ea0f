import type { PublishingConfig } from '../config/load-config.js';
import type { Database } from '../db/create-database.js';
import type { Logger } from '../log/create-logger.js';
import type { OutboundPolicy } from '../net/outbound-policy.js';

/** What talking to a platform on an account's behalf needs: where the tokens are, how to decrypt them, where the platform is. */
export type PlatformDeps = { db: Database; publishing: PublishingConfig; tokenKey: Buffer; logger: Logger; outbound: OutboundPolicy };
