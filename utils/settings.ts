/**
 * The reader's settings for Verbatim on news pages, declared once. Stored in `storage.sync` so they follow the
 * user between browsers; each is small (site lists are host names).
 */
import { storage } from 'wxt/utils/storage';
import type { HighlightKind } from './highlight/page-terms';

/** Global switch: off = Verbatim does nothing on any page (the popup and reader still work). */
export const enabledSetting = storage.defineItem<boolean>('sync:enabled', { fallback: true, version: 1 });

/** Sites where Verbatim always runs, article or not (host names without `www.`). */
export const allowedSitesSetting = storage.defineItem<string[]>('sync:allowedSites', { fallback: [], version: 1 });

/** Sites where Verbatim never runs. Wins over the allowed list. */
export const turnedOffSitesSetting = storage.defineItem<string[]>('sync:turnedOffSites', { fallback: [], version: 1 });

export const ALL_HIGHLIGHT_KINDS: readonly HighlightKind[] = ['person', 'country', 'organisation', 'agreement', 'project', 'place', 'topic'];

/** What gets highlighted on pages. Quotes are always checked; this only chooses the mentions. */
export const highlightKindsSetting = storage.defineItem<HighlightKind[]>('sync:highlightKinds', { fallback: [...ALL_HIGHLIGHT_KINDS], version: 1 });

/**
 * How mentions look: a dotted underline (the default: least in the way of reading), a soft background
 * colour, or nothing (quotes keep their verdict markers; the in-page list still lists mentions).
 */
export type HighlightStyle = 'underline' | 'background' | 'none';
export const HIGHLIGHT_STYLES: readonly HighlightStyle[] = ['underline', 'background', 'none'];
export const highlightStyleSetting = storage.defineItem<HighlightStyle>('sync:highlightStyle', { fallback: 'underline', version: 1 });

export interface PageSettings {
  enabled: boolean;
  allowedSites: string[];
  turnedOffSites: string[];
  highlightKinds: HighlightKind[];
  highlightStyle: HighlightStyle;
}

/** Every setting the content script needs, in one read. */
export async function readPageSettings(): Promise<PageSettings> {
  const [enabled, allowedSites, turnedOffSites, highlightKinds, highlightStyle] = await Promise.all([
    enabledSetting.getValue(),
    allowedSitesSetting.getValue(),
    turnedOffSitesSetting.getValue(),
    highlightKindsSetting.getValue(),
    highlightStyleSetting.getValue(),
  ]);
  return {
    enabled: enabled !== false,
    allowedSites: Array.isArray(allowedSites) ? allowedSites : [],
    turnedOffSites: Array.isArray(turnedOffSites) ? turnedOffSites : [],
    highlightKinds: Array.isArray(highlightKinds) ? highlightKinds.filter((k) => ALL_HIGHLIGHT_KINDS.includes(k)) : [...ALL_HIGHLIGHT_KINDS],
    highlightStyle: HIGHLIGHT_STYLES.includes(highlightStyle) ? highlightStyle : 'underline',
  };
}

/** Calls `onChange` whenever any page setting changes; returns the function that stops watching. */
export function watchPageSettings(onChange: () => void): () => void {
  const stops = [enabledSetting, allowedSitesSetting, turnedOffSitesSetting, highlightKindsSetting, highlightStyleSetting].map((item) =>
    (item as { watch(cb: () => void): () => void }).watch(() => onChange()),
  );
  return () => stops.forEach((stop) => stop());
}
