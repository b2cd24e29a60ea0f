import { captionedClip } from './captioned-clip/definition.js';
import { clipStory } from './clip-story/definition.js';
import type { TemplateDefinition } from './define-template.js';
import { facelessNarration } from './faceless-narration/definition.js';
import { listicle } from './listicle/definition.js';
import { quoteCard } from './quote-card/definition.js';
import { splitScreen } from './split-screen/definition.js';

/**
 * Every template a render can name, in the order the API and the studio show them. Root.tsx, the API, the workers and
 * the studio map over this list; adding a template is its folder (with a definition.ts) plus one entry here.
 * No React here: components load through each definition's lazyComponent, so the API validates props without them.
 */
export const templates = [clipStory, facelessNarration, listicle, splitScreen, quoteCard, captionedClip] as const;

export type TemplateId = (typeof templates)[number]['id'];

export const templateIds = templates.map((template) => template.id) as [TemplateId, ...TemplateId[]];

export const findTemplate = (id: string): TemplateDefinition<TemplateId> | undefined => templates.find((template) => template.id === id);

/** Sample props of every template by id (they point at storage:samples/…, made by ensureSampleAssets). */
export const sampleProps = Object.fromEntries(templates.map((template) => [template.id, template.sampleProps])) as Record<TemplateId, Record<string, unknown>>;
