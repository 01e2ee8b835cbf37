/**
 * Search filters (speaker, document, topic), shown as removable chips. Filters of different kinds combine
 * with AND; several filters of the same kind combine with OR ("Xi Jinping or Erdoğan, in any bilateral
 * meeting, about energy"). Pure.
 */
import type { Corpus, Speaker } from '../corpus/types';
import { foldText } from '../text/fold';
import { speakerRole } from '../citation';

export type FilterKind = 'speaker' | 'document' | 'topic';

export interface SearchFilters {
  speakers: string[];
  documents: string[];
  topics: string[];
}

export const NO_FILTERS: SearchFilters = { speakers: [], documents: [], topics: [] };

/** The filter value meaning "the Kremlin's narration" (narration has no speaker id). */
export const NARRATION_SPEAKER = 'narration';

export interface FilterOption {
  kind: FilterKind;
  /** Speaker, document or topic id. */
  value: string;
  /** What the chip and the menu show. */
  label: string;
}

export interface FilterChip extends FilterOption {
  /** "Speaker", "Document", "Topic": read before the label by screen readers and shown in small caps. */
  kindLabel: string;
}

export const FILTER_KIND_LABELS: Record<FilterKind, string> = { speaker: 'Speaker', document: 'Document', topic: 'Topic' };

const FIELD: Record<FilterKind, keyof SearchFilters> = { speaker: 'speakers', document: 'documents', topic: 'topics' };

export function speakerLabel(speaker: Speaker): string {
  const what = speakerRole(speaker);
  return what ? `${speaker.name} (${what})` : speaker.name;
}

/** Menu entries for each filter kind, in the order people look for them. */
export function filterOptions(corpus: Corpus): Record<FilterKind, FilterOption[]> {
  const leaders = corpus.speakers.filter((s) => s.kind === 'leader');
  const journalists = corpus.speakers.filter((s) => s.kind !== 'leader');
  return {
    speaker: [
      ...[...leaders, ...journalists].map((s) => ({ kind: 'speaker' as const, value: s.id, label: speakerLabel(s) })),
      { kind: 'speaker', value: NARRATION_SPEAKER, label: 'The Kremlin (narration)' },
    ],
    document: [...corpus.documents].sort((a, b) => a.order - b.order).map((d) => ({ kind: 'document', value: d.id, label: d.title })),
    topic: [...corpus.topics].sort((a, b) => a.name.localeCompare(b.name)).map((t) => ({ kind: 'topic', value: t.id, label: t.name })),
  };
}

export function hasFilters(filters: SearchFilters): boolean {
  return filters.speakers.length + filters.documents.length + filters.topics.length > 0;
}

export function addFilter(filters: SearchFilters, kind: FilterKind, value: string): SearchFilters {
  const field = FIELD[kind];
  if (filters[field].includes(value)) return filters;
  return { ...filters, [field]: [...filters[field], value] };
}

export function removeFilter(filters: SearchFilters, kind: FilterKind, value: string): SearchFilters {
  const field = FIELD[kind];
  return { ...filters, [field]: filters[field].filter((v) => v !== value) };
}

/** The chips for the active filters, in kind order; unknown ids (a stale remembered filter) are dropped. */
export function filterChips(filters: SearchFilters, corpus: Corpus): FilterChip[] {
  const options = filterOptions(corpus);
  const chips: FilterChip[] = [];
  for (const kind of ['speaker', 'document', 'topic'] as const) {
    for (const value of filters[FIELD[kind]]) {
      const option = options[kind].find((o) => o.value === value);
      if (option) chips.push({ ...option, kindLabel: FILTER_KIND_LABELS[kind] });
    }
  }
  return chips;
}

/** Keeps only the ids the corpus knows (remembered filters may predate a corpus update). */
export function validFilters(filters: SearchFilters, corpus: Corpus): SearchFilters {
  const chips = filterChips(filters, corpus);
  const keep = (kind: FilterKind) => chips.filter((c) => c.kind === kind).map((c) => c.value);
  return { speakers: keep('speaker'), documents: keep('document'), topics: keep('topic') };
}

/**
 * Finds a speaker from what a person types on the command line: the id, the full name, a surname or any
 * alias the press uses ("putin", "Erdogan", "xi-jinping", "the Emir of Qatar"), ignoring case and accents.
 * Returns every speaker that fits, best first (an exact name or id before a partial one).
 */
export function findSpeakers(corpus: Corpus, name: string): Speaker[] {
  const wanted = foldText(name.trim()).replace(/[-_]+/g, ' ').replace(/\s+/g, ' ');
  if (!wanted) return [];
  if (wanted === NARRATION_SPEAKER || wanted === 'the kremlin' || wanted === 'kremlin') return [];
  const exact: Speaker[] = [];
  const partial: Speaker[] = [];
  for (const speaker of corpus.speakers) {
    const names = [speaker.id.replace(/-/g, ' '), speaker.name, ...speaker.aliases].map((n) => foldText(n).replace(/-/g, ' '));
    if (names.includes(wanted)) exact.push(speaker);
    else if (names.some((n) => ` ${n} `.includes(` ${wanted} `))) partial.push(speaker);
  }
  return exact.length ? exact : partial;
}
