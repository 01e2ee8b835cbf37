/**
 * Verbatim's UI inside the page: one custom element appended to <html>, zero-sized and absolutely positioned
 * (nothing of the page moves), holding a shadow root with the verdict markers, the "Verbatim" pill and its
 * list (the keyboard path to every highlight), and the popover.
 */
import { render } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { MentionPopoverBody } from '@/components/popover/MentionPopover';
import { QuotePopoverBody } from '@/components/popover/QuotePopover';
import { Popover, type AnchorRect } from '@/components/popover/Popover';
import type { PageActions } from '@/components/popover/page-actions';
import { VERDICT_WORDS, attentionOf } from '@/utils/highlight/verdict-words';
import type { Attention, CheckedQuote } from '@/utils/messaging/page-messages';
import themeCss from '@/components/verdict/theme.css?inline';
import verdictCss from '@/components/verdict/verdict.css?inline';
import popoverCss from '@/components/popover/popover.css?inline';

export const HOST_TAG = 'verbatim-ui';

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
  const pillRef = useRef<HTMLButtonElement>(null);
  const quotes = state.markers.map((m) => m.quote).filter((q) => q.verdict !== 'scare');
  const total = state.mentions.reduce((n, m) => n + m.count, 0);
  useEffect(() => {
    if (!state.panelOpen && ui.returnFocusToPill) {
      ui.returnFocusToPill = false;
      pillRef.current?.focus({ preventScroll: true });
    }
  });
  const pop = state.popover;
  const headingId = 'vb-popover-heading';
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
          ref={pillRef}
          type="button"
          class="vb-pill"
          data-testid="verbatim-pill"
          aria-expanded={state.panelOpen}
          aria-controls="vb-panel"
          onClick={() => ui.togglePanel()}
        >
          <span class="vb-pill-dot" data-attention={state.attention} aria-hidden="true" />
          Verbatim · {quotes.length} quote{quotes.length === 1 ? '' : 's'} · {total} mention{total === 1 ? '' : 's'}
        </button>
      )}
      {state.panelOpen && (
        <div class="vb-panel" id="vb-panel" tabIndex={-1} role="region" aria-label="Verbatim on this page" data-testid="verbatim-panel">
          {quotes.length > 0 && (
            <>
              <h2>Quotes checked</h2>
              <ul>
                {quotes.map((q) => (
                  <li key={q.index}>
                    <button type="button" class="vb-item" data-verdict={q.verdict} data-quote-index={q.index} onClick={(e) => ui.callbacks.locateQuote(q, besideList(e.currentTarget))}>
                      <span class="vb-item-text">“{q.text}”</span>
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
  private readonly shadow: ShadowRoot;
  private readonly container: HTMLElement;
  private state: UiState = { markers: [], mentions: [], panelOpen: false, popover: null, attention: 'none' };
  /** Where focus goes back when the popover closes (the marker or list item that opened it). */
  private opener: HTMLElement | null = null;
  returnFocusToPill = false;
  private renderQueued = false;

  constructor(
    private readonly doc: Document,
    readonly callbacks: Callbacks,
    testMode: boolean,
  ) {
    this.host = doc.createElement(HOST_TAG);
    // Inline !important styles: the page's CSS cannot move, show or size the host.
    const s = this.host.style;
    for (const [k, v] of [
      ['all', 'initial'],
      ['position', 'absolute'],
      ['top', '0'],
      ['left', '0'],
      ['width', '0'],
      ['height', '0'],
      ['overflow', 'visible'],
      ['z-index', '2147483647'],
      ['display', 'block'],
    ] as const)
      s.setProperty(k, v, 'important');
    // Open only in the e2e build, so tests can look inside; closed for readers (page scripts cannot reach in).
    this.shadow = this.host.attachShadow({ mode: testMode ? 'open' : 'closed' });
    const style = doc.createElement('style');
    style.textContent = `${themeCss}\n${verdictCss}\n${popoverCss}`;
    this.container = doc.createElement('div');
    this.shadow.append(style, this.container);
  }

  attach(): void {
    if (!this.host.isConnected) this.doc.documentElement.appendChild(this.host);
  }

  /** True when the event happened inside Verbatim's UI. */
  contains(event: Event): boolean {
    return event.composedPath().includes(this.host);
  }

  get popover(): OpenPopover | null {
    return this.state.popover;
  }

  get panelOpen(): boolean {
    return this.state.panelOpen;
  }

  private update(patch: Partial<UiState>): void {
    this.state = { ...this.state, ...patch };
    if (this.renderQueued) return;
    this.renderQueued = true;
    queueMicrotask(() => {
      this.renderQueued = false;
      try {
        render(<App state={this.state} ui={this} />, this.container);
      } catch {
        // A page that broke our shadow root (removed nodes) must not see our errors; the next update retries.
      }
    });
  }

  setQuotes(markers: MarkerPlace[], attention: Attention): void {
    this.update({ markers, attention });
  }

  setMentions(mentions: MentionItem[]): void {
    this.update({ mentions });
  }

  open(popover: OpenPopover, opener: HTMLElement | null = null): void {
    this.opener = opener;
    this.update({ popover });
  }

  togglePanel(): void {
    this.update({ panelOpen: !this.state.panelOpen });
  }

  /** Escape: closes the popover (focus back to what opened it), else the list (focus back to the pill). */
  escape(): boolean {
    if (this.state.popover) {
      this.close();
      return true;
    }
    if (this.state.panelOpen) {
      this.returnFocusToPill = true;
      this.update({ panelOpen: false });
      return true;
    }
    return false;
  }

  close(): void {
    if (!this.state.popover) return;
    const opener = this.opener;
    this.opener = null;
    this.update({ popover: null });
    if (opener?.isConnected) opener.focus({ preventScroll: true });
    this.callbacks.closed();
  }

  /** The element focused inside the shadow root (to return focus to it later). */
  activeElement(): HTMLElement | null {
    return (this.shadow.activeElement as HTMLElement | null) ?? null;
  }

  setAttribute(name: string, value: string): void {
    this.host.setAttribute(name, value);
  }

  dispose(): void {
    render(null, this.container);
    this.host.remove();
  }
}
