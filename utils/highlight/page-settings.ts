/**
 * The page settings as stored (keys and defaults) and their normalisation, without the storage library, so
 * the content script can read them with one `storage.sync.get` and stay small. `utils/settings.ts` declares
 * the same keys as WXT storage items for the options page and the popup.
 */
import type { HighlightKind } from './page-terms';

export type HighlightStyle = 'underline' | 'background' | 'none';
export const HIGHLIGHT_STYLES: readonly HighlightStyle[] = ['underline', 'background', 'none'];
export const ALL_HIGHLIGHT_KINDS: readonly HighlightKind[] = ['person', 'country', 'organisation', 'agreement', 'project', 'place', 'topic'];

export interface PageSettings {
  enabled: boolean;
  allowedSites: string[];
  turnedOffSites: string[];
  highlightKinds: HighlightKind[];
  highlightStyle: HighlightStyle;
}

/** Keys in `storage.sync` (WXT's `sync:<key>` items store under `<key>`). */
export const PAGE_SETTING_KEYS = {
  enabled: 'enabled',
  allowedSites: 'allowedSites',
  turnedOffSites: 'turnedOffSites',
  highlightKinds: 'highlightKinds',
  highlightStyle: 'highlightStyle',
} as const;

export const DEFAULT_PAGE_SETTINGS: PageSettings = {
  enabled: true,
  allowedSites: [],
  turnedOffSites: [],
  highlightKinds: [...ALL_HIGHLIGHT_KINDS],
  highlightStyle: 'underline',
};

const strings = (v: unknown): string[] | null => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string').slice(0, 10_000) : null);

/** Settings from raw stored values: anything missing or malformed (another version, a hand edit) gets its default. */
export function pageSettingsFrom(raw: Record<string, unknown>): PageSettings {
  const kinds = strings(raw[PAGE_SETTING_KEYS.highlightKinds]);
  const style = raw[PAGE_SETTING_KEYS.highlightStyle];
  return {
    enabled: raw[PAGE_SETTING_KEYS.enabled] !== false,
    allowedSites: strings(raw[PAGE_SETTING_KEYS.allowedSites]) ?? [],
    turnedOffSites: strings(raw[PAGE_SETTING_KEYS.turnedOffSites]) ?? [],
    highlightKinds: kinds ? (kinds.filter((k) => (ALL_HIGHLIGHT_KINDS as readonly string[]).includes(k)) as HighlightKind[]) : [...ALL_HIGHLIGHT_KINDS],
    highlightStyle: HIGHLIGHT_STYLES.includes(style as HighlightStyle) ? (style as HighlightStyle) : 'underline',
  };
}
