/** Options: the global switch, the allowed and turned-off sites, what to highlight, and how. */
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { normaliseSite } from '@/utils/highlight/site-policy';
import type { HighlightKind } from '@/utils/highlight/page-terms';
import {
  ALL_HIGHLIGHT_KINDS,
  HIGHLIGHT_STYLES,
  allowedSitesSetting,
  enabledSetting,
  highlightKindsSetting,
  highlightStyleSetting,
  readPageSettings,
  turnedOffSitesSetting,
  watchPageSettings,
  type HighlightStyle,
  type PageSettings,
} from '@/utils/settings';
import '@/components/verdict/theme.css';
import './style.css';

const KIND_WORDS: Record<HighlightKind, string> = {
  person: 'People',
  country: 'Countries',
  organisation: 'Organisations',
  agreement: 'Agreements and documents',
  project: 'Projects',
  place: 'Places',
  topic: 'Topics of the summit',
};

const STYLE_WORDS: Record<HighlightStyle, string> = {
  underline: 'Dotted underline',
  background: 'Soft background colour',
  none: 'No highlight (the Verbatim list still shows them)',
};

function SiteList({ title, hint, sites, testId, onChange }: { title: string; hint: string; sites: string[]; testId: string; onChange: (sites: string[]) => Promise<void> }) {
  const [input, setInput] = useState('');
  const [error, setError] = useState<string | null>(null);
  const add = async (e: Event) => {
    e.preventDefault();
    const site = normaliseSite(input);
    if (!site) {
      setError(`“${input}” is not a site name (for example: example.com).`);
      return;
    }
    setError(null);
    setInput('');
    if (!sites.includes(site)) await onChange([...sites, site].sort());
  };
  return (
    <fieldset data-testid={testId}>
      <legend>{title}</legend>
      <p class="hint">{hint}</p>
      <ul>
        {sites.map((s) => (
          <li key={s}>
            <span>{s}</span>
            <button type="button" aria-label={`Remove ${s}`} onClick={() => void onChange(sites.filter((x) => x !== s))}>
              Remove
            </button>
          </li>
        ))}
        {!sites.length && <li class="hint">None.</li>}
      </ul>
      <form onSubmit={(e) => void add(e)}>
        <input type="text" aria-label={`Add a site to “${title}”`} placeholder="example.com" value={input} onInput={(e) => setInput((e.target as HTMLInputElement).value)} />
        <button type="submit">Add</button>
      </form>
      {error && <p class="error" role="alert">{error}</p>}
    </fieldset>
  );
}

function Options() {
  const [settings, setSettings] = useState<PageSettings | null>(null);
  useEffect(() => {
    const load = () => void readPageSettings().then(setSettings);
    load();
    return watchPageSettings(load);
  }, []);
  if (!settings) return <main><h1>Verbatim options</h1></main>;
  const toggleKind = (kind: HighlightKind, on: boolean) => {
    const next = on ? [...new Set([...settings.highlightKinds, kind])] : settings.highlightKinds.filter((k) => k !== kind);
    void highlightKindsSetting.setValue(ALL_HIGHLIGHT_KINDS.filter((k) => next.includes(k)));
  };
  return (
    <main data-testid="options">
      <h1>Verbatim options</h1>
      <fieldset>
        <legend>On news pages</legend>
        <label>
          <input type="checkbox" data-testid="enabled" checked={settings.enabled} onChange={(e) => void enabledSetting.setValue((e.target as HTMLInputElement).checked)} />
          Check quotes and highlight the summit’s people, countries and topics on news articles
        </label>
        <p class="hint">Verbatim runs on pages that say they are articles (schema.org NewsArticle or Article, og:type article, or a long &lt;article&gt;), always on sites you allow, and never on sites you turn off. Page text stays in your browser.</p>
      </fieldset>
      <SiteList title="Always on" hint="Verbatim runs on every page of these sites, article or not." sites={settings.allowedSites} testId="allowed-sites" onChange={(s) => allowedSitesSetting.setValue(s)} />
      <SiteList title="Turned off" hint="Verbatim never runs on these sites." sites={settings.turnedOffSites} testId="turned-off-sites" onChange={(s) => turnedOffSitesSetting.setValue(s)} />
      <fieldset>
        <legend>Highlight</legend>
        {ALL_HIGHLIGHT_KINDS.map((k) => (
          <label key={k}>
            <input type="checkbox" data-kind={k} checked={settings.highlightKinds.includes(k)} onChange={(e) => toggleKind(k, (e.target as HTMLInputElement).checked)} />
            {KIND_WORDS[k]}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>Highlight style</legend>
        {HIGHLIGHT_STYLES.map((s) => (
          <label key={s}>
            <input type="radio" name="style" value={s} checked={settings.highlightStyle === s} onChange={() => void highlightStyleSetting.setValue(s)} />
            {STYLE_WORDS[s]}
          </label>
        ))}
        <p class="hint">Quotes always get a small verdict marker and an underline: green when they match, amber or red when they need a look.</p>
      </fieldset>
    </main>
  );
}

render(<Options />, document.getElementById('app') as HTMLElement);
