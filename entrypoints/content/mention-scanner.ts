/**
 * Finds corpus terms in the page's text nodes and highlights them, in slices. Walks text nodes with a
 * TreeWalker that rejects skipped subtrees (scripts, styles, form fields, editable regions, code, Verbatim's
 * own UI) and sends their text to the background in chunks (`page:mentions`: the term finding runs there, off
 * the page's main thread, see utils/highlight/mention-finder.ts); each answer becomes ranges in a slice of its
 * own. Very long text nodes are sent in windows.
 */
import type { MentionHits } from '@/utils/highlight/mention-finder';
import type { MentionLedger } from '@/utils/highlight/mention-ledger';
import type { SliceScheduler, SliceTask } from '@/utils/highlight/slice-scheduler';
import { MENTION_PREFIX } from './page-highlights';
import type { OnScreenHighlights, PageMention } from './on-screen-highlights';

/** Elements whose text is never highlighted. */
// (One string split: the content script's size is budgeted, README "Size".)
const SKIPPED = new Set('script style noscript template textarea select option input button code pre kbd samp var svg math iframe object embed canvas video audio head title nav'.split(' '));

/**
 * Text nodes longer than this are read and sent in windows of this size (cut at a space), so one enormous text
 * node (a 5 MB dump) is never copied whole: measured on a 5 MB node, reading `data` costs ~40 ms in Firefox,
 * a 20,000-character window a few milliseconds.
 */
export const TEXT_WINDOW = 20_000;
/**
 * Characters per request. The first holds the text on screen and what follows, up to about an ordinary article
 * (the background answers for 16,000 characters in 2–3 ms), so most articles are one request, one answer and one
 * change of the registered highlights (each change costs a repaint of the page); then ~32,000 (each request
 * costs the page well under a millisecond to send).
 */
export const FIRST_CHUNK_CHARS = 16_000;
export const CHUNK_CHARS = 32_000;
/** Text nodes read per step of the walk; answers applied per step (ranges made). */
const NODES_PER_STEP = 64;
/**
 * Once the text on screen is sent, the walk waits up to this long for its answer before reading on, so the
 * answer is applied the moment it arrives rather than after a slice of reading (a background slow to answer,
 * just after an install, delays the rest of the scan by no more than this).
 */
const FIRST_ANSWER_WAIT_MS = 20;
/** Answers are applied before any further reading (the walk's priority is 0 or more). */
const APPLY_PRIORITY = -1;
const HITS_PER_STEP = 200;

/** A letter or a digit: a text without one holds no term. */
const HAS_WORD = /[\p{L}\p{N}]/u;

/** What the page's terms are called and which highlight each goes in, as the answers have told (by term id). */
export interface PageTermNames {
  names: Map<string, string>;
  kinds: Map<string, string>;
}

/** Asks the background for the terms in some texts. */
export type FindMentions = (texts: string[]) => Promise<MentionHits>;

/**
 * What a walk knows of the elements above its text: the last parent and its answer, and the chain of elements
 * from the top down to the last parent that was not skipped (all known not to be). A walk goes in page order, so a
 * new parent is almost always a child of an element in the chain: one or two elements to look at, nothing kept
 * per element (a Map of every element cost the 100 KB page ~1,500 entries; a native `closest()` with the skipped
 * tags as a selector cost 3 µs a call, more than both).
 */
interface SkipMemo {
  parent: Element | null;
  skipped: boolean;
  chain: Element[];
}

const skipMemo = (): SkipMemo => ({ parent: null, skipped: false, chain: [] });

/** Never highlighted: the skipped elements, editable regions (`contenteditable` other than "false"), Verbatim's UI. */
function skippedElement(el: Element, ownHost: Element | null): boolean {
  if (el === ownHost || SKIPPED.has(el.localName)) return true;
  const editable = el.getAttribute('contenteditable');
  return editable !== null && editable !== 'false';
}

interface Piece {
  node: Text;
  /** Where the sent text starts in the node (windows of a long node). */
  from: number;
  /** The node's length when it was read: an answer for a node that changed since is dropped. */
  length: number;
  text: string;
}

export class MentionScanner {
  /** True once the page reached `maxMentions`: nothing more is highlighted until a full rescan. */
  full = false;

  readonly #doc: Document;
  readonly #find: FindMentions;
  readonly #terms: PageTermNames;
  readonly #paint: OnScreenHighlights;
  readonly #ledger: MentionLedger<Text, PageMention>;
  readonly #scheduler: SliceScheduler;
  readonly #ownHost: () => Element | null;
  readonly #maxMentions: number;
  readonly #onError: (error: unknown) => void;
  #chunk: Piece[] = [];
  #chunkChars = 0;
  #sentFirst = false;
  /** The first answer (the text on screen) has been applied. */
  #firstApplied = false;
  #waited = false;
  /** Requests sent and answers not yet applied. */
  #busy = 0;
  #settledWaiters: Array<() => void> = [];
  /** Bumped by `reset`: answers to requests sent before are dropped. */
  #generation = 0;
  /** Requests sent (the benchmark and the test hooks report it). */
  requests = 0;

  constructor(
    doc: Document,
    find: FindMentions,
    terms: PageTermNames,
    paint: OnScreenHighlights,
    ledger: MentionLedger<Text, PageMention>,
    scheduler: SliceScheduler,
    ownHost: () => Element | null,
    onError: (error: unknown) => void,
    maxMentions = Infinity,
  ) {
    this.#doc = doc;
    this.#find = find;
    this.#terms = terms;
    this.#paint = paint;
    this.#ledger = ledger;
    this.#scheduler = scheduler;
    this.#ownHost = ownHost;
    this.#onError = onError;
    this.#maxMentions = maxMentions;
  }

  /** True while requests are out or answers wait to be applied. */
  get busy(): boolean {
    return this.#busy > 0 || this.#chunk.length > 0;
  }

  /** Resolves once every text read so far has been sent, answered and applied. */
  settled(): Promise<void> {
    this.#dispatch();
    if (!this.#busy) return Promise.resolve();
    return new Promise((resolve) => this.#settledWaiters.push(resolve));
  }

  /** The text of `node` is skipped (inside a script, a form field, an editable region, Verbatim's UI…); see SkipMemo. */
  #skipped(node: Text, memo: SkipMemo): boolean {
    // (The read loop has already compared the parent with the last one.)
    const parent = node.parentElement;
    if (!parent) return true;
    memo.parent = parent;
    const host = this.#ownHost();
    const { chain } = memo;
    const climbed: Element[] = [];
    let el: Element | null = parent;
    for (; el && !chain.includes(el); el = el.parentElement) {
      if (skippedElement(el, host)) return (memo.skipped = true);
      climbed.push(el);
    }
    chain.length = el ? chain.indexOf(el) + 1 : 0;
    for (let i = climbed.length - 1; i >= 0; i--) chain.push(climbed[i] as Element);
    return (memo.skipped = false);
  }

  /** Reads a text node (or one window of it, from `from`) into the current chunk; returns where to continue, or -1. */
  #read(node: Text, from: number): number {
    if (!node.isConnected) {
      this.drop(this.#ledger.remove(node));
      return -1;
    }
    // `length` and `substringData` rather than `data` for long nodes: reading `data` copies the whole text.
    const length = node.length;
    if (from === 0 && length < 2) {
      if (this.#ledger.count(node)) this.drop(this.#ledger.remove(node));
      return -1;
    }
    let text: string;
    if (length - from > TEXT_WINDOW) {
      text = node.substringData(from, TEXT_WINDOW);
      const space = text.lastIndexOf(' ');
      if (space > 0) text = text.slice(0, space);
    } else {
      text = from === 0 ? node.data : node.substringData(from, length - from);
      // Whitespace between tags (most of a page's text nodes): nothing to find, nothing to send.
      if (from === 0 && !HAS_WORD.test(text)) {
        if (this.#ledger.count(node)) this.drop(this.#ledger.remove(node));
        return -1;
      }
    }
    this.#chunk.push({ node, from, length, text });
    this.#chunkChars += text.length;
    if (this.#chunkChars >= (this.#sentFirst ? CHUNK_CHARS : FIRST_CHUNK_CHARS)) this.#dispatch();
    const to = from + text.length;
    return to < length ? to : -1;
  }

  /** Sends the current chunk. */
  #dispatch(): void {
    const pieces = this.#chunk;
    if (!pieces.length) return;
    this.#chunk = [];
    this.#chunkChars = 0;
    this.#sentFirst = true;
    this.#busy++;
    this.requests++;
    const generation = this.#generation;
    this.#find(pieces.map((p) => p.text)).then(
      (answer) => {
        if (generation !== this.#generation) return;
        this.#scheduler.add(this.#applyTask(pieces, answer, generation));
      },
      (error: unknown) => {
        if (generation !== this.#generation) return;
        this.#firstApplied = true;
        this.#onError(error);
        this.#doneOne();
      },
    );
  }

  #doneOne(): void {
    if (--this.#busy > 0) return;
    this.#busy = 0;
    const waiters = this.#settledWaiters;
    this.#settledWaiters = [];
    for (const w of waiters) w();
  }

  /** Turns one answer into ranges and ledger entries, a few hundred per step. */
  #applyTask(pieces: Piece[], answer: MentionHits, generation: number): SliceTask {
    const { ids, names, kinds, hits } = answer;
    for (let i = 0; i < ids.length; i++) {
      this.#terms.names.set(ids[i] as string, names[i] as string);
      this.#terms.kinds.set(ids[i] as string, kinds[i] as string);
    }
    let p = 0;
    let h = 0;
    return {
      // Before any reading: answers are what the reader sees.
      priority: APPLY_PRIORITY,
      step: () => {
        if (generation !== this.#generation) return true;
        const stopAt = h + HITS_PER_STEP * 4;
        while (p < pieces.length && h < stopAt) {
          const piece = pieces[p] as Piece;
          if (hits[h] !== p) {
            // No term in this piece: a rescanned node loses the mentions it had.
            if (piece.from === 0 && this.#ledger.count(piece.node) && piece.node.length === piece.length) this.drop(this.#ledger.remove(piece.node));
            p++;
            continue;
          }
          const entries: PageMention[] = [];
          // Hits come in text order: this piece's are the next ones.
          const fresh = piece.node.isConnected && piece.node.length === piece.length;
          let room = this.#maxMentions - this.#ledger.size + (piece.from === 0 ? this.#ledger.count(piece.node) : 0);
          for (; h < hits.length && hits[h] === p; h += 4) {
            if (!fresh || this.full) continue;
            const termId = ids[hits[h + 3] as number] as string;
            const kind = kinds[hits[h + 3] as number] as string;
            if (--room < 0) {
              this.full = true;
              continue;
            }
            const start = piece.from + (hits[h + 1] as number);
            const end = piece.from + (hits[h + 2] as number);
            // No range yet: one is made when the mention is registered (see OnScreenHighlights).
            const mention: PageMention = { termId, node: piece.node, start, end, name: MENTION_PREFIX + kind, range: null };
            this.#paint.add(mention);
            entries.push(mention);
          }
          // A node that changed since it was read is rescanned by the mutation handling; its old entries stay until then.
          if (fresh) {
            if (piece.from === 0) this.drop(this.#ledger.set(piece.node, entries));
            else this.#ledger.append(piece.node, entries);
          }
          p++;
        }
        if (p < pieces.length) return false;
        if (!this.#firstApplied) {
          // The text on screen: its highlights go up now, and the slice ends so the browser can paint them.
          this.#firstApplied = true;
          this.#paint.flush();
          this.#scheduler.pause();
        }
        this.#doneOne();
        return true;
      },
    };
  }

  /** Starts counting again and forgets requests in flight (a full rescan after the ledger was cleared). */
  reset(): void {
    this.full = false;
    this.#generation++;
    this.#chunk = [];
    this.#chunkChars = 0;
    this.#sentFirst = false;
    this.#firstApplied = false;
    this.#waited = false;
    // Answers still out are dropped when they come back (their generation is over) and counted no more.
    this.#busy = 0;
    const waiters = this.#settledWaiters;
    this.#settledWaiters = [];
    for (const w of waiters) w();
  }

  /** Removes ranges that no longer belong to the page. */
  drop(entries: readonly PageMention[]): void {
    for (const e of entries) this.#paint.delete(e);
  }

  /**
   * A task that reads text nodes as `next` hands them out (null: no more), a long node window by window (each
   * window a step of its own), leaving out skipped ones (see SkipMemo); `done` ends the task.
   */
  #readTask(priority: number, next: () => Text | null, done: () => boolean): SliceTask {
    let pending: { node: Text; from: number } | null = null;
    const memo = skipMemo();
    return {
      priority,
      step: () => {
        for (let n = 0; n < NODES_PER_STEP; n++) {
          if (pending) {
            const to = this.#read(pending.node, pending.from);
            pending = to < 0 ? null : { node: pending.node, from: to };
            return false;
          }
          const node = next();
          if (!node) return done();
          // Most text nodes share their parent with the one before: no call (this loop runs cold on every page).
          const parent = node.parentElement;
          if (parent !== null && parent === memo.parent ? memo.skipped : this.#skipped(node, memo)) {
            // A node now skipped (moved into a form field, made editable) loses what it had.
            if (this.#ledger.count(node)) this.drop(this.#ledger.remove(node));
            continue;
          }
          const to = this.#read(node, 0);
          if (to >= 0) pending = { node, from: to };
          // The text on screen is out: wait for its answer before reading on (see FIRST_ANSWER_WAIT_MS).
          if (this.#sentFirst && !this.#firstApplied && !this.#waited) {
            this.#waited = true;
            this.#scheduler.pause(FIRST_ANSWER_WAIT_MS);
            return false;
          }
        }
        return false;
      },
    };
  }

  /**
   * A task that reads `root`'s text nodes: from `startAt` (the first text on screen) to the end, then from the
   * start up to `startAt`, so what the reader sees is sent first. `onDone` runs once all of it is highlighted.
   */
  walkTask(root: Node, priority: number, startAt: Node | null = null, onDone?: () => void): SliceTask {
    const walker = () => this.#doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    let w = walker();
    let stopAt: Text | null = null;
    if (startAt && root.contains(startAt)) {
      if (startAt.nodeType === 3) stopAt = startAt as Text;
      else {
        w.currentNode = startAt;
        stopAt = w.nextNode() as Text | null;
      }
      w = walker();
      if (stopAt) w.currentNode = stopAt;
    }
    // From stopAt to the end first, then from the start up to stopAt.
    let first = stopAt !== null;
    let started = false;
    const next = (): Text | null => {
      if (this.full) return null;
      if (first && !started) {
        started = true;
        return stopAt;
      }
      const node = w.nextNode() as Text | null;
      if (node || !first) return node === stopAt ? null : node;
      first = false;
      w = walker();
      // The on-screen part goes out now if the first request is already out; else the text above it joins it.
      if (this.#sentFirst) this.#dispatch();
      return next();
    };
    return this.#readTask(
      priority,
      next,
      () => {
        if (onDone) void this.settled().then(onDone);
        else this.#dispatch();
        return true;
      },
    );
  }

  /** A task that rescans a few text nodes whose content changed. */
  textsTask(nodes: Text[], priority: number): SliceTask {
    let i = 0;
    // A node that left the page is dropped by #read; one now skipped, by the task.
    return this.#readTask(
      priority,
      () => nodes[i++] ?? null,
      () => {
        this.#dispatch();
        return true;
      },
    );
  }
}
