/**
 * The reader's settings for Verbatim on news pages, declared once as WXT storage items (options page, popup,
 * site toggle). Stored in `storage.sync` so they follow the user between browsers; each is small. The content
 * script reads the same keys without the storage library (utils/highlight/page-settings.ts).
 */
import { storage } from 'wxt/utils/storage';
import type { HighlightKind } from './highlight/page-terms';
import { ALL_HIGHLIGHT_KINDS, DEFAULT_PAGE_SETTINGS, PAGE_SETTING_KEYS, pageSettingsFrom, type HighlightStyle, type PageSettings } from './highlight/page-settings';

export { ALL_HIGHLIGHT_KINDS, HIGHLIGHT_STYLES, type HighlightStyle, type PageSettings } from './highlight/page-settings';

/** Global switch: off = Verbatim does nothing on any page (the popup and reader still work). */
export const enabledSetting = storage.defineItem<boolean>(`sync:${PAGE_SETTING_KEYS.enabled}`, { fallback: DEFAULT_PAGE_SETTINGS.enabled });

/** Sites where Verbatim always runs, article or not (host names without `www.`). */
export const allowedSitesSetting = storage.defineItem<string[]>(`sync:${PAGE_SETTING_KEYS.allowedSites}`, { fallback: [] });

/** Sites where Verbatim never runs. Wins over the allowed list. */
export const turnedOffSitesSetting = storage.defineItem<string[]>(`sync:${PAGE_SETTING_KEYS.turnedOffSites}`, { fallback: [] });

/** What gets highlighted on pages. Quotes are always checked; this only chooses the mentions. */
export const highlightKindsSetting = storage.defineItem<HighlightKind[]>(`sync:${PAGE_SETTING_KEYS.highlightKinds}`, { fallback: [...ALL_HIGHLIGHT_KINDS] });

/**
 * How mentions look: a dotted underline (the default: least in the way of reading), a soft background
 * colour, or nothing (quotes keep their verdict markers; the in-page list still lists mentions).
 */
export const highlightStyleSetting = storage.defineItem<HighlightStyle>(`sync:${PAGE_SETTING_KEYS.highlightStyle}`, { fallback: DEFAULT_PAGE_SETTINGS.highlightStyle });

const ITEMS = [enabledSetting, allowedSitesSetting, turnedOffSitesSetting, highlightKindsSetting, highlightStyleSetting] as const;

/** Every page setting, normalised. */
export async function readPageSettings(): Promise<PageSettings> {
  const [enabled, allowedSites, turnedOffSites, highlightKinds, highlightStyle] = await Promise.all(ITEMS.map((i) => i.getValue() as Promise<unknown>));
  return pageSettingsFrom({ enabled, allowedSites, turnedOffSites, highlightKinds, highlightStyle });
}

/** Calls `onChange` whenever any page setting changes; returns the function that stops watching. */
export function watchPageSettings(onChange: () => void): () => void {
  const stops = ITEMS.map((item) => (item as { watch(cb: () => void): () => void }).watch(() => onChange()));
  return () => stops.forEach((stop) => stop());
}
