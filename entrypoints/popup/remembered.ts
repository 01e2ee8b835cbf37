/**
 * What the popup remembers between openings: the last search, its filters and the last view. Kept in the
 * extension's localStorage (not storage.local) because it is synchronous: the popup paints with the last
 * query already in the box, with no wait for an async read. It is per device and not synced on purpose.
 */
import { NO_FILTERS, type SearchFilters } from '@/utils/search/filters';

export type PopupView = 'page' | 'search' | 'collection';

interface Remembered {
  query: string;
  filters: SearchFilters;
  view: PopupView;
}

const KEY = 'verbatim:popup';
const DEFAULTS: Remembered = { query: '', filters: NO_FILTERS, view: 'search' };

const isList = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');

export function recall(): Remembered {
  try {
    const raw = JSON.parse(localStorage.getItem(KEY) ?? 'null') as Partial<Remembered> | null;
    if (!raw || typeof raw !== 'object') return DEFAULTS;
    const f = raw.filters as Partial<SearchFilters> | undefined;
    return {
      query: typeof raw.query === 'string' ? raw.query.slice(0, 500) : '',
      filters: { speakers: isList(f?.speakers) ? f.speakers : [], documents: isList(f?.documents) ? f.documents : [], topics: isList(f?.topics) ? f.topics : [] },
      view: raw.view === 'page' || raw.view === 'collection' || raw.view === 'search' ? raw.view : 'search',
    };
  } catch {
    return DEFAULTS; // unreadable (hand-edited, or storage disabled): start fresh
  }
}

export function remember(change: Partial<Remembered>): void {
  try {
    localStorage.setItem(KEY, JSON.stringify({ ...recall(), ...change }));
  } catch {
    // storage disabled or full: forgetting the last query is harmless
  }
}
