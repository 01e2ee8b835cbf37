/**
 * Finds corpus terms in the page's text nodes and highlights them, in slices. Walks text nodes with a
 * TreeWalker that rejects skipped subtrees (scripts, styles, form fields, editable regions, code, Verbatim's
 * own UI); each text node is one step (very long ones are split into windows).
 */
import { findTerms, type TermIndex } from '@/utils/matching/term-finder';
import type { MentionLedger, LedgerEntry } from '@/utils/highlight/mention-ledger';
import type { SliceTask } from '@/utils/highlight/slice-scheduler';
import { MENTION_PREFIX, type PageHighlights } from './page-highlights';

/** Elements whose text is never highlighted. */
const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'textarea', 'select', 'option', 'input', 'button', 'code', 'pre', 'kbd', 'samp', 'var', 'svg', 'math', 'iframe', 'object', 'embed', 'canvas', 'video', 'audio', 'head', 'title', 'nav']);

/**
 * Text nodes longer than this are scanned in windows of this size (cut at a space), so one enormous text node
 * (a 5 MB <pre>-less dump) cannot make a long task. Measured on a 5 MB node: a 60,000-character window took ~10 ms
 * in Firefox on average, with spikes to 40–70 ms; 20,000 characters keep a window to a few milliseconds.
 */
export const TEXT_WINDOW = 20_000;

export function isSkippedElement(el: Element, ownHost: Element | null): boolean {
  if (el === ownHost) return true;
  if (SKIPPED.has(el.localName)) return true;
  const editable = el.getAttribute('contenteditable');
  return editable !== null && editable !== 'false';
}

/** An element, or one of its ancestors, is skipped (so a walk must not start inside it). */
export function insideSkipped(node: Node, root: Node, ownHost: Element | null): boolean {
  for (let n: Node | null = node; n && n !== root; n = n.parentNode) if (n.nodeType === 1 && isSkippedElement(n as Element, ownHost)) return true;
  return false;
}

export class MentionScanner {
  readonly #filter: NodeFilter;
  /** True once the page reached `maxMentions`: nothing more is highlighted until a full rescan. */
  full = false;

  readonly #doc: Document;
  readonly #index: TermIndex;
  readonly #kindOf: ReadonlyMap<string, string>;
  readonly #highlights: PageHighlights;
  readonly #ledger: MentionLedger<Text, Range>;
  readonly #ownHost: () => Element | null;
  readonly #maxMentions: number;

  constructor(
    doc: Document,
    index: TermIndex,
    kindOf: ReadonlyMap<string, string>,
    highlights: PageHighlights,
    ledger: MentionLedger<Text, Range>,
    ownHost: () => Element | null,
    maxMentions = Infinity,
  ) {
    this.#doc = doc;
    this.#index = index;
    this.#kindOf = kindOf;
    this.#highlights = highlights;
    this.#ledger = ledger;
    this.#ownHost = ownHost;
    this.#maxMentions = maxMentions;
    this.#filter = {
      acceptNode: (node: Node) => {
        if (node.nodeType === 3) return NodeFilter.FILTER_ACCEPT;
        return isSkippedElement(node as Element, this.#ownHost()) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_SKIP;
      },
    };
  }

  #walker(root: Node): TreeWalker {
    return this.#doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, this.#filter);
  }

  /** Highlights the terms of one text node (or of one window of it, from `from`); returns where to continue, or -1. */
  scanText(node: Text, from = 0): number {
    if (!node.isConnected) {
      this.drop(this.#ledger.remove(node));
      return -1;
    }
    // `length` and `substringData` rather than `data`: reading `data` copies the whole text into a new string
    // each time (measured: ~40 ms per read of a 5 MB node in Firefox), a window copies only itself.
    const length = node.length;
    if (from === 0 && length < 2) {
      this.drop(this.#ledger.remove(node));
      return -1;
    }
    let to = length;
    let slice: string;
    if (to - from > TEXT_WINDOW) {
      slice = node.substringData(from, TEXT_WINDOW);
      const space = slice.lastIndexOf(' ');
      if (space > 0) slice = slice.slice(0, space);
      to = from + slice.length;
    } else {
      slice = from === 0 ? node.data : node.substringData(from, to - from);
    }
    const entries: Array<LedgerEntry<Range>> = [];
    let room = this.#maxMentions - this.#ledger.size + (from === 0 ? this.#ledger.count(node) : 0);
    for (const m of findTerms(this.#index, slice)) {
      const kind = this.#kindOf.get(m.id);
      if (!kind) continue;
      if (--room < 0) {
        this.full = true;
        break;
      }
      const range = this.#doc.createRange();
      range.setStart(node, from + m.start);
      range.setEnd(node, from + m.end);
      this.#highlights.add(MENTION_PREFIX + kind, range);
      entries.push({ termId: m.id, start: from + m.start, end: from + m.end, range });
    }
    if (from === 0) this.drop(this.#ledger.set(node, entries));
    else this.#ledger.append(node, entries);
    return to < length ? to : -1;
  }

  /** Starts counting again (a full rescan after the ledger was cleared). */
  reset(): void {
    this.full = false;
  }

  /** Removes ranges that no longer belong to the page. */
  drop(entries: Array<LedgerEntry<Range>>): void {
    for (const e of entries) {
      const kind = this.#kindOf.get(e.termId);
      if (kind) this.#highlights.delete(MENTION_PREFIX + kind, e.range);
    }
  }

  /**
   * A task that scans `root`'s text nodes: from `startAt` (the first text on screen) to the end, then from the
   * start up to `startAt`, so what the reader sees is highlighted first.
   */
  walkTask(root: Node, priority: number, startAt: Node | null = null, onDone?: () => void): SliceTask {
    let walker = this.#walker(root);
    let stopAt: Node | null = null;
    if (startAt && root.contains(startAt) && !insideSkipped(startAt, root, this.#ownHost())) {
      walker.currentNode = startAt;
      stopAt = startAt.nodeType === 3 ? startAt : walker.nextNode();
      walker = this.#walker(root);
      if (stopAt) walker.currentNode = stopAt;
    }
    let phase: 'first' | 'second' = stopAt ? 'first' : 'second';
    let current: Node | null = stopAt;
    let pending: { node: Text; from: number } | null = null;
    return {
      priority,
      step: () => {
        if (this.full) {
          // Over the page's limit: the rest is not highlighted (the list says so).
          onDone?.();
          return true;
        }
        if (pending) {
          const next = this.scanText(pending.node, pending.from);
          pending = next < 0 ? null : { node: pending.node, from: next };
          return false;
        }
        if (phase === 'first' && current === stopAt && current) {
          // First step: the on-screen node itself.
          const node = current as Text;
          current = null;
          const next = this.scanText(node, 0);
          if (next >= 0) pending = { node, from: next };
          return false;
        }
        const node = walker.nextNode();
        if (phase === 'second' && node !== null && node === stopAt) {
          onDone?.();
          return true;
        }
        if (!node) {
          if (phase === 'first') {
            phase = 'second';
            walker = this.#walker(root);
            return false;
          }
          onDone?.();
          return true;
        }
        const next = this.scanText(node as Text, 0);
        if (next >= 0) pending = { node: node as Text, from: next };
        return false;
      },
    };
  }

  /** A task that rescans a few text nodes whose content changed. */
  textsTask(nodes: Text[], priority: number): SliceTask {
    let i = 0;
    let pending: { node: Text; from: number } | null = null;
    return {
      priority,
      step: () => {
        if (pending) {
          const next = this.scanText(pending.node, pending.from);
          pending = next < 0 ? null : { node: pending.node, from: next };
          return !pending && i >= nodes.length;
        }
        const node = nodes[i++];
        if (!node) return true;
        const host = this.#ownHost();
        const parent = node.parentElement;
        if (parent && !insideSkipped(parent, this.#doc, host)) {
          const next = this.scanText(node, 0);
          if (next >= 0) pending = { node, from: next };
        }
        return !pending && i >= nodes.length;
      },
    };
  }
}
