/**
 * Verbatim's UI inside the page: one custom element appended to <html>, zero-sized and absolutely positioned
 * (nothing of the page moves), holding a shadow root with the verdict markers, the "Verbatim" pill and its
 * list (the keyboard path to every highlight), and the popover.
 */
import { render } from 'preact';
import { MentionPopoverBody } from '@/components/popover/MentionPopover';
import { QuotePopoverBody } from '@/components/popover/QuotePopover';
import { Popover, type AnchorRect } from '@/components/popover/Popover';
import type { PageActions } from '@/components/popover/page-actions';
import { VERDICT_WORDS, attentionOf } from '@/utils/highlight/verdict-words';
import type { Attention, CheckedQuote } from '@/utils/messaging/page-messages';

export const HOST_TAG = 'verbatim-ui';

const HOST_STYLE = 'all:initial!important;position:absolute!important;top:0!important;left:0!important;width:0!important;height:0!important;overflow:visible!important;z-index:2147483647!important;display:block!important;direction:ltr!important;unicode-bidi:isolate!important';

export interface MarkerPlace {
  quote: CheckedQuote;
  /** Document coordinates of the end of the quote, or null when it could not be placed. */
  at: { x: number; y: number } | null;
}

export interface MentionItem {
  termId: string;
  name: string;
  count: number;
}

/** What a page had too much of: shown in the list so the reader knows what was left out. */
export interface Capped {
  /** Mentions stopped at the page's limit. */
  mentions: boolean;
  /** Quotes checked, and quotes found (more found than checked: only the first were checked). */
  quotes: number;
  quotesFound: number;
  /** The article was longer than what one check sends: quotes come from its first part. */
  article: boolean;
}

export type OpenPopover =
  | { kind: 'mention'; termId: string; name: string; anchor: AnchorRect; focus: boolean }
  | { kind: 'quote'; quote: CheckedQuote; anchor: AnchorRect; focus: boolean }
  | { kind: 'message'; text: string; anchor: AnchorRect; focus: boolean };

interface UiState {
  markers: MarkerPlace[];
  mentions: MentionItem[];
  panelOpen: boolean;
  popover: OpenPopover | null;
  attention: Attention;
  capped: Capped;
}

const MARKER_GLYPH: Record<Attention, string> = { none: '✓', amber: '?', red: '!' };

interface Callbacks {
  actions: PageActions;
  /** The reader chose an item in the list: show it in the page (scroll) and open its popover. */
  locateMention(termId: string, name: string, from: AnchorRect): void;
  locateQuote(quote: CheckedQuote, from: AnchorRect): void;
  /** Something happened in the UI that the owner should know (popover closed). */
  closed(): void;
}

function rectOf(el: Element): AnchorRect {
  const r = el.getBoundingClientRect();
  return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
}

/** Popovers opened from the list sit to its left, so the list stays visible beside them (popover ~420 px wide). */
function besideList(el: Element): AnchorRect {
  const r = el.getBoundingClientRect();
  const left = Math.max(8, r.left - 440);
  return { left, top: r.top - 40, right: left, bottom: r.top - 40 };
}

function App({ state, ui }: { state: UiState; ui: InPageUi }) {
  const quotes = state.markers.map((m) => m.quote).filter((q) => q.verdict !== 'scare');
  const total = state.mentions.reduce((n, m) => n + m.count, 0);
  const pop = state.popover;
  const headingId = 'vb-popover-heading';
  const { capped } = state;
  // Too much to show: say what was left out rather than pretend the page was covered.
  const limits = [
    capped.mentions && `Too many mentions to show all: the first ${total.toLocaleString('en')} are highlighted.`,
    capped.quotesFound > capped.quotes && `Too many quotes to check all: the first ${capped.quotes} of ${capped.quotesFound.toLocaleString('en')} were checked.`,
    capped.article && 'The page is very long: quotes were checked in its first part only.',
  ].filter((x): x is string => !!x);
  return (
    <div class="vb-root">
      {state.markers.map(({ quote, at }) =>
        at ? (
          <button
            key={quote.index}
            type="button"
            class="vb-marker"
            data-verdict={quote.verdict}
            data-attention={attentionOf(quote)}
            style={{ left: `${at.x + 2}px`, top: `${at.y - 6}px` }}
            aria-label={`Quote check: ${VERDICT_WORDS[quote.verdict].label}${quote.misattributed ? ', misattributed' : ''}. Show details.`}
            title={`Verbatim: ${VERDICT_WORDS[quote.verdict].label}${quote.misattributed ? ' (misattributed)' : ''}`}
            onClick={(e) => ui.open({ kind: 'quote', quote, anchor: rectOf(e.currentTarget), focus: true }, e.currentTarget)}
          >
            {MARKER_GLYPH[attentionOf(quote)]}
          </button>
        ) : null,
      )}
      {(quotes.length > 0 || total > 0) && (
        <button
          type="button"
          class="vb-pill"
          data-testid="verbatim-pill"
          aria-expanded={state.panelOpen}
          aria-controls="vb-panel"
          onClick={() => ui.togglePanel()}
        >
          <span class="vb-pill-dot" data-attention={state.attention} aria-hidden="true" />
          Verbatim · {quotes.length} quote{quotes.length === 1 ? '' : 's'} · {total}
          {state.capped.mentions ? '+' : ''} mention{total === 1 ? '' : 's'}
        </button>
      )}
      {state.panelOpen && (
        <div class="vb-panel" id="vb-panel" tabIndex={-1} role="region" aria-label="Verbatim on this page" data-testid="verbatim-panel">
          {limits.length > 0 && (
            <p class="vb-more" data-testid="verbatim-limits">
              {limits.join(' ')}
            </p>
          )}
          {quotes.length > 0 && (
            <>
              <h2>Quotes checked</h2>
              <ul>
                {quotes.map((q) => (
                  <li key={q.index}>
                    <button type="button" class="vb-item" data-verdict={q.verdict} data-quote-index={q.index} onClick={(e) => ui.callbacks.locateQuote(q, besideList(e.currentTarget))}>
                      <span class="vb-item-text" dir="auto">
                        “{q.text}”
                      </span>
                      <span class="vb-count">{VERDICT_WORDS[q.verdict].label}</span>
                    </button>
                  </li>
                ))}
              </ul>
            </>
          )}
          {state.mentions.length > 0 && (
            <>
              <h2>Mentioned at the summit</h2>
              <ul>
                {state.mentions.map((m) => (
                  <li key={m.termId}>
                    <button type="button" class="vb-item" data-term-id={m.termId} onClick={(e) => ui.callbacks.locateMention(m.termId, m.name, besideList(e.currentTarget))}>
                      <span class="vb-item-text">{m.name}</span>
                      <span class="vb-count">{m.count}×</span>
                    </button>
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
      {pop && (
        <Popover anchor={pop.anchor} label={pop.kind === 'mention' ? `Verbatim: ${pop.name}` : 'Verbatim: quote check'} onClose={() => ui.close()} focusOnOpen={pop.focus} testId="verbatim-popover">
          {pop.kind === 'mention' && <MentionPopoverBody termId={pop.termId} actions={ui.callbacks.actions} headingId={headingId} />}
          {pop.kind === 'quote' && <QuotePopoverBody quote={pop.quote} actions={ui.callbacks.actions} headingId={headingId} />}
          {pop.kind === 'message' && (
            <p class="vb-status" role="alert">
              {pop.text}
            </p>
          )}
        </Popover>
      )}
    </div>
  );
}

export class InPageUi {
  readonly host: HTMLElement;
  readonly #shadow: ShadowRoot;
  readonly #container: HTMLElement;
  #state: UiState = { markers: [], mentions: [], panelOpen: false, popover: null, attention: 'none', capped: { mentions: false, quotes: 0, quotesFound: 0, article: false } };
  /** Where focus goes back when the popover closes (the marker or list item that opened it). */
  #opener: HTMLElement | null = null;
  returnFocusToPill = false;
  #renderQueued = false;

  readonly #doc: Document;

  constructor(
    doc: Document,
    readonly callbacks: Callbacks,
    testMode: boolean,
    /** The UI's stylesheet (theme, verdicts, popover), read from storage.local: see PAGE_UI_CSS_KEY. */
    css: string,
  ) {
    this.#doc = doc;
    this.host = doc.createElement(HOST_TAG);
    this.restoreStyle();
    // Open only in the e2e build, so tests can look inside; closed for readers (page scripts cannot reach in).
    this.#shadow = this.host.attachShadow({ mode: testMode ? 'open' : 'closed' });
    const style = doc.createElement('style');
    style.textContent = css;
    this.#container = doc.createElement('div');
    this.#shadow.append(style, this.#container);
  }

  /**
   * Inline !important styles: the page's CSS cannot move, hide or size the host. `direction` and `unicode-bidi`
   * are outside `all`, so they are set too: on a right-to-left page the UI stays left-to-right English.
   */
  restoreStyle(): void {
    const host = this.host;
    host.removeAttribute('hidden');
    host.removeAttribute('inert');
    host.removeAttribute('popover');
    host.removeAttribute('class');
    host.setAttribute('style', HOST_STYLE);
  }

  /** The host still has exactly the style and attributes Verbatim gave it. */
  styleIntact(): boolean {
    const host = this.host;
    return host.getAttribute('style') === HOST_STYLE && !host.hasAttribute('hidden') && !host.hasAttribute('inert') && !host.hasAttribute('popover') && !host.hasAttribute('class');
  }

  attach(): void {
    if (!this.host.isConnected) this.#doc.documentElement.appendChild(this.host);
  }

  /** True when the event happened inside Verbatim's UI. */
  contains(event: Event): boolean {
    return event.composedPath().includes(this.host);
  }

  get popover(): OpenPopover | null {
    return this.#state.popover;
  }

  get panelOpen(): boolean {
    return this.#state.panelOpen;
  }

  #update(patch: Partial<UiState>): void {
    this.#state = { ...this.#state, ...patch };
    if (this.#renderQueued) return;
    this.#renderQueued = true;
    queueMicrotask(() => {
      this.#renderQueued = false;
      try {
        render(<App state={this.#state} ui={this} />, this.#container);
        if (!this.#state.panelOpen && this.returnFocusToPill) {
          this.returnFocusToPill = false;
          (this.#shadow.querySelector('.vb-pill') as HTMLElement | null)?.focus({ preventScroll: true });
        }
      } catch {
        // A page that broke our shadow root (removed nodes) must not see our errors; the next update retries.
      }
    });
  }

  setQuotes(markers: MarkerPlace[], attention: Attention, capped?: Capped): void {
    this.#update(capped ? { markers, attention, capped } : { markers, attention });
  }

  setMentions(mentions: MentionItem[], capped?: Capped): void {
    this.#update(capped ? { mentions, capped } : { mentions });
  }

  open(popover: OpenPopover, opener: HTMLElement | null = null): void {
    this.#opener = opener;
    this.#update({ popover });
  }

  togglePanel(): void {
    this.#update({ panelOpen: !this.#state.panelOpen });
  }

  /** Escape: closes the popover (focus back to what opened it), else the list (focus back to the pill). */
  escape(): boolean {
    if (this.#state.popover) {
      this.close();
      return true;
    }
    if (this.#state.panelOpen) {
      this.returnFocusToPill = true;
      this.#update({ panelOpen: false });
      return true;
    }
    return false;
  }

  close(): void {
    if (!this.#state.popover) return;
    const opener = this.#opener;
    this.#opener = null;
    this.#update({ popover: null });
    if (opener?.isConnected) opener.focus({ preventScroll: true });
    this.callbacks.closed();
  }

  /** The element focused inside the shadow root (to return focus to it later). */
  activeElement(): HTMLElement | null {
    return (this.#shadow.activeElement as HTMLElement | null) ?? null;
  }

  setAttribute(name: string, value: string): void {
    this.host.setAttribute(name, value);
  }

  dispose(): void {
    render(null, this.#container);
    this.host.remove();
  }
}
