/**
 * "On this site" switch for the popup header: turns Verbatim on or off for the current tab's site. On = the
 * site is allowed (Verbatim runs on all its pages), off = turned off (never runs there). Shows nothing for
 * pages that are not web sites.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { setSiteOn, siteChoice, siteOf, type SiteChoice } from '@/utils/highlight/site-policy';
import { allowedSitesSetting, enabledSetting, turnedOffSitesSetting } from '@/utils/settings';

async function activeTabUrl(): Promise<string | null> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.url ?? null;
}

export function SiteToggle({ url }: { url?: string }) {
  const [site, setSite] = useState<string | null>(null);
  const [choice, setChoice] = useState<SiteChoice>('auto');
  const [enabled, setEnabled] = useState(true);
  const [error, setError] = useState<string | null>(null);

  const refresh = async (s: string | null) => {
    const [allowedSites, turnedOffSites, on] = await Promise.all([allowedSitesSetting.getValue(), turnedOffSitesSetting.getValue(), enabledSetting.getValue()]);
    setChoice(siteChoice(s, { allowedSites, turnedOffSites }));
    setEnabled(on);
  };

  useEffect(() => {
    let current: string | null = null;
    void (async () => {
      current = siteOf(url ?? (await activeTabUrl()) ?? '');
      setSite(current);
      await refresh(current);
    })().catch((e: unknown) => setError(String(e)));
    const stops = [allowedSitesSetting, turnedOffSitesSetting, enabledSetting].map((i) => (i as { watch(cb: () => void): () => void }).watch(() => void refresh(current)));
    return () => stops.forEach((s) => s());
  }, [url]);

  if (!site) return null;
  const on = enabled && choice !== 'turned-off';
  const flip = async () => {
    try {
      const [allowedSites, turnedOffSites] = await Promise.all([allowedSitesSetting.getValue(), turnedOffSitesSetting.getValue()]);
      const next = setSiteOn({ allowedSites, turnedOffSites }, site, !on);
      await Promise.all([allowedSitesSetting.setValue(next.allowedSites), turnedOffSitesSetting.setValue(next.turnedOffSites)]);
      if (!on && !enabled) await enabledSetting.setValue(true);
      await refresh(site);
    } catch (e) {
      setError(String(e));
    }
  };
  return (
    <label class="site-toggle" data-testid="site-toggle" title={on ? `Verbatim checks articles on ${site}` : `Verbatim is off on ${site}`}>
      <input type="checkbox" role="switch" checked={on} onChange={() => void flip()} />
      <span>
        {on ? 'On' : 'Off'} on {site}
        {choice === 'auto' && on ? ' (articles)' : ''}
      </span>
      {error && <span role="alert"> {error}</span>}
    </label>
  );
}
