/**
 * The content script's context: what WXT's `ContentScriptContext` does for Verbatim, in a fifth of its bytes.
 *
 * WXT's entry wrapper builds `new ContentScriptContext(name, options)` and hands it to `main`. In content-script
 * builds modules/content-script-browser.ts resolves `wxt/utils/content-script-context` to this file (as it does
 * `wxt/browser`), because WXT's class with its location watcher and event helpers is ~3 KB of a bundle that every
 * page a reader opens pays for (issue 7: content script ≤ 60 KB). Types still come from WXT's class.
 *
 * Kept, with WXT's behaviour:
 * - a newer copy of the content script (after the extension is updated or reloaded) tells older ones to stop: the
 *   same `<extension id>:<entry>:wxt:content-script-started` event on `document`, with the same detail, so an
 *   older copy built with WXT's class stops. Unlike WXT's, this copy stops on that event only when it is orphaned
 *   (its extension runtime is gone): a page can send the same event, and must not turn Verbatim off;
 * - `isValid` turns false once the extension's runtime is gone (an orphaned script) or a newer copy started;
 * - `onInvalidated` and `addEventListener(target, type, handler)` (removed when invalidated);
 * - `'wxt:locationchange'`: the handler runs when the page's URL changes — the Navigation API's `navigate` event
 *   where the browser has it (Chromium), otherwise a check each second (Firefox ESR).
 * Left out: `block`, `setTimeout`/`setInterval`/`requestAnimationFrame`/`requestIdleCallback` wrappers, which
 * Verbatim does not use, and the `window.postMessage` copy of the start event (it told the page, too).
 * Unlike WXT's, the location change is not dispatched as an event on `window`, where the page's scripts could see
 * it: the handler is called directly.
 */
import { browser } from 'wxt/browser';

type Handler = (event: Event) => void;

export class ContentScriptContext {
  readonly #abort = new AbortController();
  readonly #id = Math.random().toString(36).slice(2);

  constructor(name: string) {
    const type = `${browser.runtime?.id}:${name}:wxt:content-script-started`;
    document.dispatchEvent(new CustomEvent(type, { detail: { contentScriptName: name, messageId: this.#id } }));
    document.addEventListener(
      type,
      (event) => {
        // Only an orphaned copy stops (isValid checks the runtime): the event is on the page's document, so the
        // page could send it too (an extension's id is public), and a page must not be able to turn Verbatim off.
        const detail = (event as CustomEvent<{ contentScriptName?: string; messageId?: string } | null>).detail;
        if (detail?.messageId !== this.#id) void this.isValid;
      },
      { signal: this.signal },
    );
  }

  get signal(): AbortSignal {
    return this.#abort.signal;
  }

  get isValid(): boolean {
    if (browser.runtime?.id == null) this.#abort.abort();
    return !this.signal.aborted;
  }

  get isInvalid(): boolean {
    return !this.isValid;
  }

  onInvalidated(callback: () => void): () => void {
    this.signal.addEventListener('abort', callback);
    return () => this.signal.removeEventListener('abort', callback);
  }

  addEventListener(target: EventTarget, type: string, handler: Handler, options?: AddEventListenerOptions): void {
    if (type !== 'wxt:locationchange') {
      target.addEventListener(type, handler, { ...options, signal: this.signal });
      return;
    }
    if (!this.isValid) return;
    let last = location.href;
    const check = (href: string) => {
      if (href === last) return;
      last = href;
      handler(new Event(type));
    };
    const navigation = (globalThis as { navigation?: EventTarget }).navigation;
    if (typeof navigation?.addEventListener === 'function') {
      navigation.addEventListener('navigate', (event) => check((event as Event & { destination: { url: string } }).destination.url), { signal: this.signal });
    } else {
      const timer = setInterval(() => {
        if (this.isValid) check(location.href);
      }, 1000);
      this.onInvalidated(() => clearInterval(timer));
    }
  }
}
