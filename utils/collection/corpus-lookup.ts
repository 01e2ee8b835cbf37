/** What the collection needs from the corpus, as an interface so tests can use a small fake. */
import type { CorpusView } from '../corpus/corpus-view';
import type { CitationSource } from '../citation';
import type { CollectionItem, SavedQuote } from './types';
import type { StatementInfo } from './quote-edits';

export interface CorpusLookup {
  version: string;
  publisher: string;
  statement(id: string): (StatementInfo & { order: number }) | undefined;
  speaker(id: string): { name: string; role: string | null } | undefined;
  document(id: string): { title: string; place: string; date: string; url: string | null } | undefined;
}

export function lookupFromView(view: CorpusView): CorpusLookup {
  return {
    version: view.version,
    publisher: view.corpus.source.publisher,
    statement: (id) => view.statementById.get(id),
    speaker: (id) => view.speakerById.get(id),
    document: (id) => {
      const d = view.documentById.get(id);
      return d && { title: d.title, place: d.place, date: d.date, url: d.source.url };
    },
  };
}

/** A saved quote joined with the current corpus; a statement the corpus no longer has is flagged, its saved text kept. */
export function toCollectionItem(q: SavedQuote, corpus: CorpusLookup): CollectionItem {
  const statement = corpus.statement(q.statementId);
  const speaker = q.speakerId ? corpus.speaker(q.speakerId) : undefined;
  const doc = corpus.document(q.documentId);
  return {
    ...q,
    statementMissing: !statement,
    speakerName: speaker?.name ?? (q.speakerId ? q.speakerId : null),
    speakerRole: speaker?.role ?? null,
    documentTitle: doc?.title ?? q.documentId,
    documentDate: doc?.date ?? '',
    order: statement?.order ?? Number.MAX_SAFE_INTEGER,
  };
}

/** The citation of a saved quote, for the one shared formatter (utils/citation). */
export function citationSourceOf(item: CollectionItem, corpus: CorpusLookup, link: (statementId: string) => string | null): CitationSource {
  const doc = corpus.document(item.documentId);
  return {
    statementId: item.statementId,
    text: item.text,
    speaker: item.speakerName,
    role: item.speakerRole,
    documentTitle: item.documentTitle,
    place: doc?.place ?? '',
    date: item.documentDate,
    publisher: corpus.publisher,
    link: item.statementMissing ? null : link(item.statementId),
  };
}
