/**
 * Finds corpus terms in the page's text nodes and highlights them, in slices. Walks text nodes with a
 * TreeWalker that rejects skipped subtrees (scripts, styles, form fields, editable regions, code, Verbatim's
 * own UI) and sends their text to the background in chunks (`page:mentions`: the term finding runs there, off
 * the page's main thread, see utils/highlight/mention-finder.ts); each answer becomes ranges in a slice of its
 * own. Very long text nodes are sent in windows.
 */
import type { MentionHits } from '@/utils/highlight/mention-finder';
import { MAX_MENTION_TEXTS, MIN_TERM_CHARS } from '@/utils/highlight/mention-limits';
import type { MentionLedger } from '@/utils/highlight/mention-ledger';
import type { SliceScheduler, SliceTask } from '@/utils/highlight/slice-scheduler';
import { MENTION_PREFIX } from './page-highlights';
import { SKIPPED, skippedElement } from './skipped-elements';
import type { OnScreenHighlights, PageMention } from './on-screen-highlights';

/**
 * Text nodes longer than this are read and sent in windows of this size (cut at a space), so one enormous text
 * node (a 5 MB dump) is never copied whole: measured on a 5 MB node, reading `data` costs ~40 ms in Firefox,
 * a 20,000-character window a few milliseconds.
 */
export const TEXT_WINDOW = 20_000;
/**
 * Characters per request. The first holds the text on screen and what follows, up to about an ordinary article
 * (the background answers for 16,000 characters in 2–3 ms), so most articles are one request, one answer and one
 * change of the registered highlights (each change costs a repaint of the page); then up to 100,000. Each request
 * costs the page a task for its answer and a slice to apply it, and sent as one string, well under a millisecond
 * to send.
 */
export const FIRST_CHUNK_CHARS = 16_000;
export const CHUNK_CHARS = 100_000;
/**
 * Once the text on screen is sent, the walk waits up to this long for its answer before reading on, so the
 * answer is applied the moment it arrives rather than after a slice of reading (a background slow to answer,
 * just after an install, delays the rest of the scan by no more than this).
 */
const FIRST_ANSWER_WAIT_MS = 20;
/** Answers are applied before any further reading (the walk's priority is 0 or more). */
const APPLY_PRIORITY = -1;
const HITS_PER_STEP = 200;

/** What the page's terms are called and which highlight each goes in, as the answers have told (by term id). */
export interface PageTermNames {
  names: Map<string, string>;
  kinds: Map<string, string>;
}

/** Asks the background for the terms in some texts, joined into one string (`ends`: where each text ends in it). */
export type FindMentions = (text: string, ends: number[]) => Promise<MentionHits>;

/** Text read and not sent yet, as parallel lists (no object per text node: this code runs cold on every page). */
class Chunk {
  nodes: Text[] = [];
  /** Where each sent text starts in its node (windows of a long node). */
  froms: number[] = [];
  /** Each node's length when it was read: an answer for a node that changed since is dropped. */
  lengths: number[] = [];
  /** The texts read, joined. */
  text = '';
  /** Where each text ends in `text`. */
  ends: number[] = [];
}

/** Selects the elements whose text is never highlighted (editable regions include `contenteditable="false"`: skippedElement decides). */
const SKIPPED_SELECTOR = `${[...SKIPPED].join()},[contenteditable]`;

/**
 * Text nodes read per step. A walk jumps over skipped elements instead of looking at each text node's ancestors,
 * so a text node costs little more than reading it: a step of 256 stays well under a millisecond (a rescan of
 * changed nodes looks at each one's ancestors: a few microseconds a node).
 */
const NODES_PER_STEP = 256;

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
  #chunk: Chunk = new Chunk();
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
    return this.#busy > 0 || this.#chunk.nodes.length > 0;
  }

  /** Resolves once every text read so far has been sent, answered and applied. */
  settled(): Promise<void> {
    this.#dispatch();
    if (!this.#busy) return Promise.resolve();
    return new Promise((resolve) => this.#settledWaiters.push(resolve));
  }

  /** The outermost skipped element `node` is in (itself included), or null. */
  #skippedAncestor(node: Node): Element | null {
    const host = this.#ownHost();
    let found: Element | null = null;
    for (let el = node.nodeType === 1 ? (node as Element) : node.parentElement; el; el = el.parentElement) if (skippedElement(el, host)) found = el;
    return found;
  }

  /** A node holds no text now (empty, whitespace, skipped): it loses the mentions it had. */
  #forget(node: Text): void {
    if (this.#ledger.count(node)) this.drop(this.#ledger.remove(node));
  }

  /** Reads a text node (or one window of it, from `from`) into the current chunk; returns where to continue, or -1. */
  #read(node: Text, from: number): number {
    // `length` and `substringData` rather than `data` for long nodes: reading `data` copies the whole text.
    const length = node.length;
    let text: string;
    if (from || length > TEXT_WINDOW) {
      text = node.substringData(from, TEXT_WINDOW);
      const space = text.lastIndexOf(' ');
      if (length - from > TEXT_WINDOW && space > 0) text = text.slice(0, space);
    } else {
      text = node.data;
      // Whitespace between tags (most of a page's text nodes): nothing to find, nothing to send. (Not a test for a
      // letter: a Unicode property class costs ~3 ms to compile, and this code runs cold on every page.)
      if (!text.trim()) {
        this.#forget(node);
        return -1;
      }
    }
    const chunk = this.#chunk;
    chunk.nodes.push(node);
    chunk.froms.push(from);
    chunk.lengths.push(length);
    chunk.ends.push((chunk.text += text).length);
    if (chunk.text.length >= (this.#sentFirst ? CHUNK_CHARS : FIRST_CHUNK_CHARS) || chunk.nodes.length >= MAX_MENTION_TEXTS) this.#dispatch();
    const to = from + text.length;
    return to < length ? to : -1;
  }

  /** Sends the current chunk. */
  #dispatch(): void {
    const chunk = this.#chunk;
    if (!chunk.nodes.length) return;
    this.#chunk = new Chunk();
    this.#sentFirst = true;
    this.#busy++;
    this.requests++;
    const generation = this.#generation;
    this.#find(chunk.text, chunk.ends).then(
      (answer) => {
        if (generation !== this.#generation) return;
        this.#scheduler.add(this.#applyTask(chunk, answer, generation));
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

  /** Turns one answer into mentions and ledger entries, a few hundred per step. */
  #applyTask(chunk: Chunk, answer: MentionHits, generation: number): SliceTask {
    const { ids, names, kinds, hits } = answer;
    const highlightNames: string[] = [];
    for (let i = 0; i < ids.length; i++) {
      this.#terms.names.set(ids[i] as string, names[i] as string);
      this.#terms.kinds.set(ids[i] as string, kinds[i] as string);
      highlightNames.push(MENTION_PREFIX + (kinds[i] as string));
    }
    const { nodes, froms, lengths } = chunk;
    const ledger = this.#ledger;
    let p = 0;
    let h = 0;
    return {
      // Before any reading: answers are what the reader sees.
      priority: APPLY_PRIORITY,
      step: () => {
        if (generation !== this.#generation) return true;
        const stopAt = h + HITS_PER_STEP * 4;
        while (p < nodes.length && h < stopAt) {
          const node = nodes[p] as Text;
          const from = froms[p] as number;
          if (hits[h] !== p) {
            // No term in this text: a rescanned node loses the mentions it had (changed or gone since, it had to lose
            // them too). The page is asked nothing about the many texts without a term.
            if (!from) this.#forget(node);
            p++;
            continue;
          }
          const fresh = node.length === lengths[p] && node.isConnected;
          const entries: PageMention[] = [];
          let room = this.#maxMentions - ledger.size + (from ? 0 : ledger.count(node));
          // Hits come in text order: this text's are the next ones.
          for (; h < hits.length && hits[h] === p; h += 4) {
            if (!fresh || this.full) continue;
            if (--room < 0) {
              this.full = true;
              continue;
            }
            const term = hits[h + 3] as number;
            // No range yet: one is made when the mention is registered (see OnScreenHighlights).
            const mention: PageMention = { termId: ids[term] as string, node, start: from + (hits[h + 1] as number), end: from + (hits[h + 2] as number), name: highlightNames[term] as string, range: null };
            this.#paint.add(mention);
            entries.push(mention);
          }
          // A node that changed since it was read is rescanned by the mutation handling; its old entries stay until then.
          if (fresh) {
            if (from) ledger.append(node, entries);
            else this.drop(ledger.set(node, entries));
          }
          p++;
        }
        if (p < nodes.length) return false;
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
    this.#chunk = new Chunk();
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
   * A task that reads the text nodes `next` hands out (null: no more; skipped ones are left out by `next`), a long
   * node window by window (each window a step of its own); `done` ends the task.
   */
  #readTask(priority: number, next: () => Text | null, done: () => boolean, begin?: () => void): SliceTask {
    let pending: Text | null = null;
    let from = 0;
    return {
      priority,
      step: () => {
        begin?.();
        if (pending) {
          from = this.#read(pending, from);
          if (from < 0) pending = null;
          return false;
        }
        for (let n = 0; n < NODES_PER_STEP; n++) {
          const node = next();
          if (!node) return done();
          from = this.#read(node, 0);
          if (from >= 0) {
            pending = node;
            return false;
          }
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
   *
   * Skipped elements are found once, with one selector query, and the walk jumps over each when it reaches its
   * first text node, so no text node's ancestors are looked at (on the 100 KB bench page that look cost more
   * than reading the text). An element made skipped while the walk goes on (a script added) is caught by its text
   * node's parent; deeper ones are rescanned by the mutation handling.
   */
  walkTask(root: Node, priority: number, startAt: Node | null = null, onDone?: () => void): SliceTask {
    const finish = () => {
      if (onDone) void this.settled().then(onDone);
      else this.#dispatch();
      return true;
    };
    // A subtree added inside a skipped element (moved into a form field, an editable region): nothing in it is read,
    // and its text loses the mentions it had.
    const inSkipped = this.#skippedAncestor(root);
    const host = this.#ownHost();
    // 4: NodeFilter.SHOW_TEXT.
    const w = this.#doc.createTreeWalker(root, 4);
    // Each skipped element by the first text node in it, in page order (empty ones left out; one inside another is
    // passed over with it, see `pass`).
    const firsts: Text[] = [];
    const skips: Element[] = [];
    // (Verbatim's UI keeps its text in its shadow root, which a walk never enters; text the page put in the host is
    // caught by its parent below.)
    const found = (root as Element).querySelectorAll?.(SKIPPED_SELECTOR) ?? [];
    for (const el of found) {
      if (!skippedElement(el, host)) continue;
      w.currentNode = el;
      const first = w.nextNode() as Text | null;
      if (first && el.contains(first)) {
        firsts.push(first);
        skips.push(el);
      }
    }
    /** The next skipped element to watch for (its first text is at or after the walk's). */
    let k = 0;
    /**
     * A skipped element whose first text left the page: the next one is the one to watch for. Looked at whenever the
     * walk moves on to another one and at each step (the page changes only between steps), not at each text node.
     */
    const gone = () => {
      while (k < firsts.length && !(firsts[k] as Text).isConnected) k++;
    };
    /** The text node `node`, or the next one not in a skipped element. */
    const pass = (node: Text | null): Text | null => {
      while (node && node === firsts[k]) {
        const el = skips[k] as Element;
        w.currentNode = el;
        node = w.nextSibling() as Text | null;
        for (k++; k < firsts.length && el.contains(firsts[k] as Text); ) k++;
        gone();
      }
      return node;
    };
    let stopAt: Text | null = null;
    if (startAt && root.contains(startAt)) {
      // The first text on screen, or the first after the skipped element it is in (a sticky menu).
      const skippedAt = this.#skippedAncestor(startAt);
      w.currentNode = skippedAt ?? startAt;
      stopAt = skippedAt ? (w.nextSibling() as Text | null) : startAt.nodeType === 3 ? (startAt as Text) : (w.nextNode() as Text | null);
      // The first skipped element whose text comes at or after it (4: it follows the skipped element's first text).
      if (stopAt) while (k < firsts.length && (firsts[k] as Text).compareDocumentPosition(stopAt) & 4) k++;
      stopAt = pass(stopAt);
    }
    // From stopAt to the end first, then from the start up to stopAt.
    let queued = stopAt;
    let wrapped = !stopAt;
    let lastParent: Node | null = null;
    let lastSkipped = false;
    w.currentNode = stopAt ?? root;
    const next = (): Text | null => {
      for (;;) {
        if (this.full) return null;
        const node = queued ?? pass(w.nextNode() as Text | null);
        queued = null;
        if (!node && !wrapped) {
          wrapped = true;
          w.currentNode = root;
          k = 0;
          gone();
          // The on-screen part goes out now if the first request is already out; else the text above it joins it.
          if (this.#sentFirst) this.#dispatch();
          continue;
        }
        if (!node || (wrapped && node === stopAt)) return null;
        // One character (a line break between tags: most of a page's text nodes) holds no term: not read, nor its parent.
        if (node.length >= MIN_TERM_CHARS) {
          // A script or style added while the walk went on (its text is its child).
          const parent = node.parentNode as Element | null;
          if (parent !== lastParent) {
            lastParent = parent;
            lastSkipped = parent === host || SKIPPED.has(parent?.localName as string);
          }
          if (!lastSkipped && !inSkipped) return node;
        }
        this.#forget(node);
      }
    };
    return this.#readTask(priority, next, finish, gone);
  }

  /** A task that rescans a few text nodes whose content changed. */
  textsTask(nodes: Text[], priority: number): SliceTask {
    let i = 0;
    const next = (): Text | null => {
      for (;;) {
        const node = nodes[i++];
        if (!node) return null;
        // A node that left the page, or is now skipped (moved into a form field, made editable), loses what it had.
        if (node.isConnected && !this.#skippedAncestor(node)) return node;
        this.#forget(node);
      }
    };
    return this.#readTask(priority, next, () => {
      this.#dispatch();
      return true;
    });
  }
}
