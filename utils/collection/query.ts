/** Search, filters, sorting and counts of the collection page, pure. */
import type { CollectionItem } from './types';

export type SortKey = 'saved-desc' | 'saved-asc' | 'updated-desc' | 'transcript' | 'speaker';

export const SORT_LABELS: Record<SortKey, string> = {
  'saved-desc': 'Newest saved first',
  'saved-asc': 'Oldest saved first',
  'updated-desc': 'Recently edited',
  transcript: 'Transcript order',
  speaker: 'Speaker',
};

export interface CollectionQuery {
  text: string;
  tag: string | null;
  speakerId: string | null;
  documentId: string | null;
  sort: SortKey;
}

export const EMPTY_QUERY: CollectionQuery = { text: '', tag: null, speakerId: null, documentId: null, sort: 'saved-desc' };

/** Lower case without diacritics, so "Erdogan" finds "Erdoğan". */
export function fold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

function matchesText(item: CollectionItem, words: string[]): boolean {
  const hay = fold([item.text, item.note, item.tags.join(' '), item.speakerName ?? '', item.documentTitle].join('\n'));
  return words.every((w) => hay.includes(w));
}

export function applyQuery(items: readonly CollectionItem[], query: CollectionQuery): CollectionItem[] {
  const words = fold(query.text).split(/\s+/).filter(Boolean);
  const tag = query.tag?.toLowerCase() ?? null;
  const out = items.filter(
    (q) =>
      q.deletedAt === 0 &&
      (!tag || q.tags.some((t) => t.toLowerCase() === tag)) &&
      (!query.speakerId || q.speakerId === query.speakerId) &&
      (!query.documentId || q.documentId === query.documentId) &&
      (words.length === 0 || matchesText(q, words)),
  );
  const byId = (a: CollectionItem, b: CollectionItem) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const compare: Record<SortKey, (a: CollectionItem, b: CollectionItem) => number> = {
    'saved-desc': (a, b) => b.createdAt - a.createdAt || byId(a, b),
    'saved-asc': (a, b) => a.createdAt - b.createdAt || byId(a, b),
    'updated-desc': (a, b) => b.updatedAt - a.updatedAt || byId(a, b),
    transcript: (a, b) => a.order - b.order || (a.span?.[0] ?? 0) - (b.span?.[0] ?? 0) || byId(a, b),
    speaker: (a, b) => (a.speakerName ?? '\uffff').localeCompare(b.speakerName ?? '\uffff') || a.order - b.order || byId(a, b),
  };
  return out.sort(compare[query.sort]);
}

export interface Facet {
  value: string;
  label: string;
  count: number;
}

export interface Facets {
  total: number;
  tags: Facet[];
  speakers: Facet[];
  documents: Facet[];
  missing: number;
}

/** Filter choices with counts, over the whole (undeleted) collection. */
export function facets(items: readonly CollectionItem[]): Facets {
  const live = items.filter((q) => q.deletedAt === 0);
  const count = (pairs: Array<[string, string]>): Facet[] => {
    const m = new Map<string, Facet>();
    for (const [value, label] of pairs) {
      const f = m.get(value) ?? { value, label, count: 0 };
      f.count += 1;
      m.set(value, f);
    }
    return [...m.values()].sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
  };
  const tagPairs: Array<[string, string]> = [];
  for (const q of live) for (const t of q.tags) tagPairs.push([t.toLowerCase(), t]);
  return {
    total: live.length,
    tags: count(tagPairs),
    speakers: count(live.map((q) => [q.speakerId ?? '', q.speakerName ?? 'The Kremlin (narration)'])),
    documents: count(live.map((q) => [q.documentId, q.documentTitle])),
    missing: live.filter((q) => q.statementMissing).length,
  };
}

/** Tags typed as "a, b; c" → ["a", "b", "c"]. */
export function parseTagInput(text: string): string[] {
  return text.split(/[,;\n]/).map((t) => t.trim()).filter(Boolean);
}
