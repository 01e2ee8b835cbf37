/**
 * The compact term table for highlighting: every entity alias and topic term with its name and kind, nothing else
 * of the corpus. Compiled at build time (generated/page-terms.json); the background's MentionFinder builds its term
 * index from it and answers the content script's `page:mentions` requests.
 */
import type { Corpus, EntityType } from '../corpus/types';
import { compileTerms, type TermIndex } from '../matching/term-finder';

export interface PageTerms {
  version: string;
  entities: Array<{ id: string; name: string; type: EntityType; aliases: string[] }>;
  topics: Array<{ id: string; name: string; terms: string[] }>;
}

export type HighlightKind = EntityType | 'topic';

export function buildPageTerms(corpus: Corpus): PageTerms {
  return {
    version: corpus.version,
    entities: corpus.entities.map((e) => ({ id: e.id, name: e.name, type: e.type, aliases: e.aliases })),
    topics: corpus.topics.map((t) => ({ id: t.id, name: t.name, terms: t.terms })),
  };
}

/** Term index over the kinds the user wants highlighted; ids are `entity:<id>` or `topic:<id>`. */
export function pageTermIndex(terms: PageTerms, kinds: ReadonlySet<HighlightKind>): TermIndex {
  const entries = [];
  for (const e of terms.entities) {
    if (!kinds.has(e.type)) continue;
    for (const term of e.aliases) entries.push({ term, id: `entity:${e.id}` });
  }
  if (kinds.has('topic')) for (const t of terms.topics) for (const term of t.terms) entries.push({ term, id: `topic:${t.id}` });
  return compileTerms(entries);
}
