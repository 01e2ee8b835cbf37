/**
 * The page's highlights, drawn with the CSS Custom Highlight API: ranges are registered in `CSS.highlights`
 * and styled with `::highlight()` rules, so the page's DOM is never touched. The one stylesheet is adopted by
 * the document (no element added); where adopting fails, a <style> element in <head> is the fallback. Both go
 * away in `dispose()`.
 */
import type { HighlightStyle } from '@/utils/highlight/page-settings';

/** Mid-tone colours that stay visible on white and on dark page backgrounds. */
const KIND_COLOURS: Record<string, string> = {
  person: '#2f6fdb',
  country: '#2e8b57',
  organisation: '#8e44ad',
  agreement: '#c0392b',
  project: '#b9770e',
  place: '#16a085',
  topic: '#7f8c8d',
};

const QUOTE_COLOURS: Record<string, string> = { none: '#2e8b57', amber: '#d68910', red: '#d0312d' };

export const MENTION_PREFIX = 'verbatim-';
export const QUOTE_PREFIX = 'verbatim-quote-';

function stylesheetText(style: HighlightStyle): string {
  const rules: string[] = [];
  for (const [kind, colour] of Object.entries(KIND_COLOURS)) {
    if (style === 'underline') rules.push(`::highlight(${MENTION_PREFIX}${kind}){text-decoration:underline dotted ${colour};text-decoration-thickness:2px;}`);
    if (style === 'background') rules.push(`::highlight(${MENTION_PREFIX}${kind}){background-color:color-mix(in srgb, ${colour} 22%, transparent);}`);
  }
  for (const [level, colour] of Object.entries(QUOTE_COLOURS)) {
    const line = level === 'none' ? 'solid' : 'wavy';
    rules.push(`::highlight(${QUOTE_PREFIX}${level}){text-decoration:underline ${line} ${colour};text-decoration-thickness:${level === 'none' ? 1 : 2}px;}`);
  }
  return rules.join('\n');
}

export function highlightApiAvailable(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

export class PageHighlights {
  readonly #highlights = new Map<string, Highlight>();
  #sheet: CSSStyleSheet | null = null;
  #styleElement: HTMLStyleElement | null = null;

  readonly #doc: Document;

  constructor(doc: Document, style: HighlightStyle) {
    this.#doc = doc;
    const css = stylesheetText(style);
    try {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
      doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
      this.#sheet = sheet;
    } catch {
      const el = doc.createElement('style');
      el.setAttribute('data-verbatim', '');
      el.textContent = css;
      this.#styleElement = el;
      this.ensureStyle();
    }
  }

  /**
   * Puts the stylesheet back when the page dropped it (a page or framework assigning `adoptedStyleSheets`, or
   * removing the fallback <style>): without it the highlights are invisible.
   */
  ensureStyle(): void {
    try {
      const sheet = this.#sheet;
      if (sheet && !this.#doc.adoptedStyleSheets.includes(sheet)) this.#doc.adoptedStyleSheets = [...this.#doc.adoptedStyleSheets, sheet];
      const el = this.#styleElement;
      if (el && !el.isConnected) (this.#doc.head ?? this.#doc.documentElement).appendChild(el);
    } catch {
      // The page made adoptedStyleSheets unwritable: highlights stay unstyled, everything else works.
    }
  }

  #get(name: string): Highlight {
    let h = this.#highlights.get(name);
    if (!h) {
      h = new Highlight();
      this.#highlights.set(name, h);
      CSS.highlights.set(name, h);
    }
    return h;
  }

  add(name: string, range: Range): void {
    this.#get(name).add(range);
  }

  delete(name: string, range: Range): void {
    this.#highlights.get(name)?.delete(range);
  }

  /** Empties every highlight whose name starts with `prefix` (all of them by default). */
  clear(prefix = MENTION_PREFIX): void {
    for (const [name, h] of this.#highlights) if (name.startsWith(prefix)) h.clear();
  }

  dispose(): void {
    for (const name of this.#highlights.keys()) CSS.highlights.delete(name);
    this.#highlights.clear();
    if (this.#sheet) {
      const sheet = this.#sheet;
      try {
        this.#doc.adoptedStyleSheets = this.#doc.adoptedStyleSheets.filter((s) => s !== sheet);
      } catch {
        // The page replaced adoptedStyleSheets itself; our sheet is gone with it.
      }
    }
    this.#styleElement?.remove();
    this.#sheet = null;
    this.#styleElement = null;
  }
}
