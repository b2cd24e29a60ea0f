import type { TargetKind } from './publish-contract.js';
import type { AnyPublishTarget } from './publish-target.js';
import { publishTargets } from './publish-targets.js';

/**
 * A kind's PublishTarget for code that holds a target of any kind. The one cast: every target reaching it was parsed by
 * the schema of its own kind (publicationTargetSchema), which is what PublishTarget<K>'s functions take.
 */
export const publishTargetOf = (kind: TargetKind): AnyPublishTarget => publishTargets[kind] as unknown as AnyPublishTarget;
