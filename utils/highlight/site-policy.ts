/**
 * Where Verbatim runs: the user's global switch, the sites they allowed or turned off, and whether the page
 * looks like a news article. Pure: the content script and the site toggle pass in what they read.
 */

/** What the user chose for one site. `auto` = runs on article pages only. */
export type SiteChoice = 'allowed' | 'turned-off' | 'auto';

export interface SiteLists {
  allowedSites: readonly string[];
  turnedOffSites: readonly string[];
}

/**
 * The site a URL belongs to, as the lists store it: the host name, lower case, without a leading `www.`
 * (so the toggle on www.example.com and example.com is one choice). Null for pages that are not web sites
 * (extension pages, file://, about:).
 */
export function siteOf(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  const host = parsed.hostname.toLowerCase().replace(/^www\./, '');
  return host || null;
}

/**
 * Normalises what a user types into a site list ("https://www.Example.com/news" → "example.com").
 * Returns null when it is not a host name.
 */
export function normaliseSite(input: string): string | null {
  const trimmed = input.trim().toLowerCase();
  if (!trimmed) return null;
  const site = siteOf(/^[a-z]+:\/\//.test(trimmed) ? trimmed : `https://${trimmed}`);
  return site && /^[a-z0-9.-]+(:\d+)?$|^\[[0-9a-f:]+\]$/.test(site) ? site : null;
}

/** A site matches its own entry and any parent domain listed (news.example.com ← example.com). */
function listed(site: string, list: readonly string[]): boolean {
  return list.some((entry) => site === entry || site.endsWith(`.${entry}`));
}

/** Turned off wins over allowed: the more cautious choice. */
export function siteChoice(site: string | null, lists: SiteLists): SiteChoice {
  if (!site) return 'auto';
  if (listed(site, lists.turnedOffSites)) return 'turned-off';
  if (listed(site, lists.allowedSites)) return 'allowed';
  return 'auto';
}

/** Whether to highlight and check this page. */
export function shouldRun(options: { enabled: boolean; choice: SiteChoice; isArticle: boolean }): boolean {
  if (!options.enabled || options.choice === 'turned-off') return false;
  return options.choice === 'allowed' || options.isArticle;
}

/**
 * The lists after the user flips the toggle for `site`: on = allowed (and no longer turned off), off = turned
 * off (and no longer allowed). Parent-domain entries that would override the choice are left alone; the
 * toggle shows the effective state, read back through `siteChoice`.
 */
export function setSiteOn(lists: SiteLists, site: string, on: boolean): { allowedSites: string[]; turnedOffSites: string[] } {
  const allowedSites = lists.allowedSites.filter((s) => s !== site);
  const turnedOffSites = lists.turnedOffSites.filter((s) => s !== site);
  if (on) allowedSites.push(site);
  else turnedOffSites.push(site);
  return { allowedSites: allowedSites.sort(), turnedOffSites: turnedOffSites.sort() };
}
