/**
 * Content script: decides whether Verbatim runs on this page (settings, site lists, article detection), starts
 * or stops the page session when settings change, and shows the context menu's quote check. Wiring only; the
 * work is in page-session.ts and utils/highlight/.
 */
import { browser } from 'wxt/browser';
import { PAGE_SETTING_KEYS, pageSettingsFrom, type PageSettings } from '@/utils/highlight/page-settings';
import { detectArticle } from '@/utils/highlight/article-detection';
import { shouldRun, siteChoice, siteOf } from '@/utils/highlight/site-policy';
import { MAX_PROBLEM_CHARS, PAGE_UI_CSS_KEY, isRevealQuoteMessage, isShowCheckMessage } from '@/utils/messaging/page-messages';
import { ask, send } from '@/utils/messaging/client';
import { messageActions } from '@/components/popover/page-actions';
import type { AnchorRect } from '@/components/popover/Popover';
import { readPageFacts } from './page-facts';
import { PageSession } from './page-session';
import { InPageUi } from './in-page-ui';
import { highlightApiAvailable } from './page-highlights';
// Verbatim's ::highlight() rules, injected by the manifest before the page is styled (see page-highlights.ts).
import './highlights.css';

const TEST_MODE = import.meta.env.MODE === 'e2e';

const SETTING_KEYS: string[] = Object.values(PAGE_SETTING_KEYS);

/** Settings with one storage read (the storage library would add ~9 KB to every page). */
async function readSettings(): Promise<PageSettings> {
  return pageSettingsFrom(await browser.storage.sync.get(SETTING_KEYS));
}

let css: string | null = null;
/** The in-page UI's stylesheet: from storage.local (written by the background), else asked of the background. */
async function uiCss(): Promise<string> {
  if (css !== null) return css;
  const stored = (await browser.storage.local.get(PAGE_UI_CSS_KEY))[PAGE_UI_CSS_KEY];
  return (css = typeof stored === 'string' ? stored : await ask(() => send('page:ui-css')));
}

export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_idle',
  main(ctx) {
    const state: { session: PageSession | null; running: boolean; generation: number } = { session: null, running: false, generation: 0 };
    let lastError = '';

    let toldBackground = false;
    /**
     * Errors never reach the page's console. The first of a page load goes to the background (`page:problem`),
     * which logs it in its own console and keeps it for the popup; the e2e build also records the last one on
     * the host for tests.
     */
    const report = (error: unknown) => {
      lastError = error instanceof Error ? error.message : String(error);
      if (TEST_MODE) document.querySelector('verbatim-ui')?.setAttribute('data-verbatim-error', lastError);
      if (toldBackground) return;
      toldBackground = true;
      // If the background cannot be reached either, there is no one left to tell.
      send('page:problem', { message: lastError.slice(0, MAX_PROBLEM_CHARS) }).catch(() => undefined);
    };

    const copyText = async (text: string) => {
      try {
        await navigator.clipboard.writeText(text);
      } catch {
        throw new Error('The browser did not let Verbatim copy here. Select the citation in the report page instead.');
      }
    };

    const evaluate = async () => {
      const generation = ++state.generation;
      const settings = await readSettings();
      if (generation !== state.generation || !ctx.isValid) return;
      const choice = siteChoice(siteOf(location.href), settings);
      const run =
        highlightApiAvailable() &&
        shouldRun({ enabled: settings.enabled, choice, isArticle: choice === 'auto' ? detectArticle(readPageFacts(document)) !== null : false });
      state.session?.stop();
      state.session = null;
      if (state.running && !run) await send('page:clear').catch(report);
      state.running = run;
      if (!run) return;
      const style = await uiCss();
      if (generation !== state.generation || !ctx.isValid) return;
      const gaveUp = () => {
        // The page kept removing Verbatim's UI: leave it alone until it is loaded again, and clear the badge.
        state.session = null;
        state.running = false;
        state.generation++;
        void send('page:clear').catch(report);
      };
      state.session = new PageSession(document, settings, { testMode: TEST_MODE, css: style, copyText, report, gaveUp });
      state.session.start();
    };

    const safely = () => void evaluate().catch(report);
    safely();
    const onStorage = (changes: Record<string, unknown>, area: string) => {
      if (area === 'sync' && SETTING_KEYS.some((k) => k in changes)) safely();
    };
    browser.storage.onChanged.addListener(onStorage);
    const unwatch = () => browser.storage.onChanged.removeListener(onStorage);
    ctx.onInvalidated(() => {
      unwatch();
      state.generation++;
      state.session?.stop();
      state.session = null;
    });
    ctx.addEventListener(window, 'wxt:locationchange', () => {
      if (state.session) state.session.locationChanged();
      else safely();
    });

    const selectionAnchor = (): AnchorRect => {
      const sel = window.getSelection();
      const r = sel && sel.rangeCount ? sel.getRangeAt(0).getBoundingClientRect() : null;
      if (r && r.width + r.height > 0) return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
      const x = window.innerWidth / 2 - 200;
      return { left: x, top: 80, right: x, bottom: 80 };
    };

    /** The context menu on a page where Verbatim is not running: a popover on its own, gone when closed. */
    const standalonePopover = async (payload: { check: Parameters<PageSession['showCheck']>[0]; error: string | null }) => {
      const style = await uiCss();
      document.querySelector('verbatim-ui[data-verbatim-standalone]')?.remove();
      const controller = new AbortController();
      const ui: InPageUi = new InPageUi(
        document,
        {
          actions: messageActions(copyText, false),
          locateMention: () => undefined,
          locateQuote: () => undefined,
          closed: () => {
            controller.abort();
            ui.dispose();
          },
        },
        TEST_MODE,
        style,
      );
      ui.setAttribute('data-verbatim-standalone', '');
      ui.attach();
      window.addEventListener('keydown', (e) => e.key === 'Escape' && ui.escape(), { capture: true, signal: controller.signal });
      window.addEventListener('pointerdown', (e) => !ui.contains(e) && ui.close(), { capture: true, signal: controller.signal });
      const anchor = selectionAnchor();
      if (payload.check) ui.open({ kind: 'quote', quote: payload.check, anchor, focus: true });
      else ui.open({ kind: 'message', text: payload.error ?? 'Nothing to check.', anchor, focus: true });
    };

    const onMessage = (message: unknown, sender: { id?: string }, sendResponse: (response: { ok: boolean }) => void) => {
      if (sender.id !== browser.runtime.id) return undefined;
      if (isRevealQuoteMessage(message)) {
        // Answered at once, so the popup knows whether to close (a page without Verbatim running answers false).
        sendResponse({ ok: state.session?.revealQuote(message.payload.index) ?? false });
        return undefined;
      }
      if (!isShowCheckMessage(message)) return undefined;
      try {
        const { check, error } = message.payload;
        if (state.session) state.session.showCheck(check, error, selectionAnchor());
        else void standalonePopover({ check, error }).catch(report);
      } catch (e) {
        report(e);
      }
      return undefined;
    };
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
  },
});
