/**
 * Finds quotations in article text and who they are credited to.
 *
 * Quote marks: “…” ‘…’ "…" '…' «…» „…“ ‚…‘, mixed straight and curly; nested quotes stay inside the outer one;
 * apostrophes (Putin’s, don't, countries') are not marks; a quote that runs over several paragraphs (each
 * paragraph opens with a mark, only the last closes) is checked paragraph by paragraph, each with the run's credit;
 * a quote broken by an attribution
 * (“We are ready,” Putin said, “to start production.”) is one quote in two fragments; `<blockquote>` blocks
 * without marks are quotes. Ellipses (..., …, [...]) split a quote into fragments that must appear in order.
 */
import type { ArticleBlock, Attribution, FoundQuote } from './types';
import { ATTRIBUTION_AFTER, findAttribution, lastSentenceStart, lostMarkStart, personNamed, type AttributionFinder } from './attribution';
import { splitSentences } from '../text/sentences';

/** Quotes of this many words or fewer, not introduced as speech, are scare quotes ("so-called 'bet'"). */
export const SCARE_QUOTE_MAX_WORDS = 3;

/** Which marks close a quote opened by each mark (mixed straight/curly pairs are common in press copy). */
const CLOSERS: Record<string, string> = { '“': '”“"', '„': '“”', '«': '»', '‘': '’\'', '‚': '‘’', '"': '"”', "'": "'’", '»': '«', '”': '”' };
/** Marks of a quote nested inside another ("You said: ‘That bet has become questionable.’"). */
const INNER_OPENERS: Record<string, string> = { '“': '‘\'', '"': '‘\'', '„': '‚\'', '«': '“„‹"', '”': '’\'' };

interface Span {
  block: number;
  start: number;
  end: number;
  open: string;
  closed: boolean;
}

const isLetter = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
const isSpaceOrStart = (c: string | undefined) => c === undefined || /[\s([{\u2014\u2013\-/]/.test(c);

/** Is the character at i an opening quote mark in its context? */
function opensAt(text: string, i: number): boolean {
  const c = text[i] as string;
  const prev = text[i - 1];
  const next = text[i + 1];
  // French style puts a (no-break) space inside guillemets: « Le monde… ».
  if (c === '«') return next !== undefined && (!/\s/.test(next) || (/[\u00a0\u202f ]/.test(next) && isLetter(text[i + 2])));
  if (c === '“' || c === '„') return next !== undefined && !/\s/.test(next);
  if (c === '‘' || c === '‚') return isSpaceOrStart(prev) || prev === '“' || prev === '"';
  if (c === '"') return (isSpaceOrStart(prev) || prev === '“' || prev === '‘') && next !== undefined && !/\s/.test(next);
  // A straight single mark before a letter or a figure, or before an amount ("eyes '$100 billion' in trade"); not before
  // a year or a decade cut short, "in '24", "the '90s" (unless an amount follows, "'92 percent'").
  if (c === "'") return isSpaceOrStart(prev) && ((isLetter(next) && !/^'\d\ds?\b(?!\s*(?:%|per\s*cent|percent|billion|million|trillion))/.test(text.slice(i, i + 24))) || /^'[$€£¥₽]\d/.test(text.slice(i, i + 3)));
  // A closing mark used as an opener (”…” or »…« styles).
  if (c === '”' || c === '»') return isSpaceOrStart(prev) && isLetter(next);
  return false;
}

function closesAt(text: string, i: number, open: string): boolean {
  const c = text[i] as string;
  if (!(CLOSERS[open] ?? '').includes(c)) return false;
  const next = text[i + 1];
  // ’ and ' followed by a letter are apostrophes (don’t, Putin’s).
  if ((c === '’' || c === "'") && isLetter(next)) return false;
  if (c === "'" && !isLetter(text[i - 1]) && !/[.,!?;:…]/.test(text[i - 1] ?? '')) return false;
  return true;
}

/** A quote's own words that give the floor to the speaker himself, right before a quote nested in them ("I told him: ‘…’"). */
const FIRST_PERSON_SAID = /\b(?:I|[Ww]e)\s+(?:\p{Ll}+\s+){0,2}(?:said|say|told|tell|asked|ask|wrote|write|replied|reply|added|stressed|noted|put\s+it)\b[^.!?“”"‘’]{0,60}[:,]?\s*[‘'"“]?$/u;

/** Where the nested quote opened at `at` closes (its closer, not an apostrophe), or -1. */
function innerClose(text: string, at: number): number {
  const opener = text[at] as string;
  for (let j = at + 1; j < text.length; j++) if (closesAt(text, j, opener) && j > at + 1) return j;
  return -1;
}

const DOUBLED_SINGLE = "''";

function spansIn(text: string, block: number): Span[] {
  const spans: Span[] = [];
  let open: string | null = null;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    // Two apostrophes for a double mark, as typewriter-era house styles in South Asian and Iranian papers print them
    // (''new heights''): one mark of two characters.
    if (open === DOUBLED_SINGLE) {
      if (c === "'" && text[i + 1] === "'" && !isLetter(text[i + 2])) {
        spans.push({ block, start, end: i, open, closed: true });
        open = null;
        i++;
      }
      continue;
    }
    if (open === null && c === "'" && text[i + 1] === "'" && isSpaceOrStart(text[i - 1]) && isLetter(text[i + 2])) {
      open = DOUBLED_SINGLE;
      start = i + 2;
      i++;
      continue;
    }
    if (open === null) {
      if (opensAt(text, i)) {
        open = c;
        start = i + 1;
      } else if (!spans.length && (c === '”' || c === '"') && /[\p{L}\p{N},.!?…]/u.test(text[i - 1] ?? '') && (ATTRIBUTION_AFTER.test(text.slice(i + 1, i + 100)) || (/^\s*$/.test(text.slice(i + 1)) && /:\s+\p{Lu}/u.test(text.slice(0, i))))) {
        // (Or it ends the paragraph after a colon that gave the floor: "Zelensky told allies: If we want to win …”".)
        // The opening mark was lost: I agree with Mr Lukashenko … within five years,” Putin said. The quote runs from
        // the paragraph's start, past the writer's own sentences before it (see lostMarkStart).
        spans.push({ block, start: lostMarkStart(text, firstNonSpace(text), i), end: i, open: '“', closed: true });
      } else if (c === '”' && /[\p{L}\p{N},.!?…]/u.test(text[i - 1] ?? '') && !isLetter(text[i + 1])) {
        // A curly closing mark whose opener was lost mid-paragraph, after a speech verb in its own sentence ("President
        // Tokayev said that Afghanistan must not become a source of threats to its neighbours” — that's …", "He added:
        // I expect that …”"): the quote runs from the verb's words.
        const from = Math.max(spans.length ? spans[spans.length - 1]!.end + 1 : 0, lastSentenceStart(text.slice(0, i)));
        const intro = [...text.slice(from, i).matchAll(LOST_INTRO)].pop();
        const at = intro ? from + (intro.index ?? 0) + intro[0].length : -1;
        if (intro && wordsIn(text.slice(at, i)) >= 3 && !/[“”"«»]/.test(text.slice(at, i))) spans.push({ block, start: at, end: i, open: '“', closed: true });
      }
      continue;
    }
    // A quote nested inside this one (“You said: ‘That “bet” has become…’ Nothing…”): its marks, and any quoted
    // inside it, are passed over up to its closing mark, when it has one in the paragraph.
    if ((INNER_OPENERS[open] ?? '').includes(c) && opensAt(text, i)) {
      const close = innerClose(text, i);
      if (close > 0) {
        i = close;
        continue;
      }
    }
    if (closesAt(text, i, open)) {
      spans.push({ block, start, end: i, open, closed: true });
      open = null;
    } else if (c === open && (c === '“' || c === '«' || c === '„') && opensAt(text, i)) {
      // The same opener again: the previous quote was never closed.
      spans.push({ block, start, end: i, open, closed: false });
      start = i + 1;
    }
  }
  if (open !== null) spans.push({ block, start, end: text.length, open, closed: false });
  return spans;
}

/** A speech verb that opens a quote whose opening mark was lost: "said that ", "added: ", "told reporters ". */
const LOST_INTRO = /\b(?:said|says|added|adds|noted|stressed|told (?:reporters|journalists|the press))(?:\s+that)?\s*[:,]?\s+(?=\p{L})/giu;

/** Quotes marked by spoken words, as broadcast transcripts print them. */
function spokenSpans(text: string, block: number): Span[] {
  return [...text.matchAll(SPOKEN_QUOTE)].map((m) => {
    const start = (m.index ?? 0) + m[0].indexOf(m[1] ?? '');
    return { block, start, end: start + (m[1] ?? '').length, open: '“', closed: true };
  });
}

const ELLIPSIS = /\s*(?:\[\s*(?:\.\s*){3}\]|\[\s*…\s*\]|\(\s*…\s*\)|(?:\.\s*){3,}|…)\s*/g;

export function splitFragments(text: string): string[] {
  return text
    .split(ELLIPSIS)
    .map((f) => f.trim())
    .filter((f) => /[\p{L}\p{N}]/u.test(f));
}

function clean(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

export function wordsIn(text: string): number {
  return (text.match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu) ?? []).length;
}

/** Joins spans that are one quote: continued over paragraphs, or broken by an attribution. */
function groupSpans(blocks: ArticleBlock[], spans: Span[]): Span[][] {
  const groups: Span[][] = [];
  for (let i = 0; i < spans.length; i++) {
    const span = spans[i] as Span;
    const prevGroup = groups[groups.length - 1];
    const prev = prevGroup?.[prevGroup.length - 1];
    if (prev && !prev.closed && prev.block + 1 === span.block && span.start === firstNonSpace(blocks[span.block]?.text ?? '') + 1) {
      prevGroup?.push(span); // paragraph continuation: “… (no close) / “…”
      continue;
    }
    if (prev && prev.closed && prev.block === span.block) {
      const text = blocks[span.block]?.text ?? '';
      const between = text.slice(prev.end + 1, span.start - 1);
      const inner = text.slice(prev.start, prev.end).trim();
      // “We are ready,” Putin said, “to start production.” — a short attribution ending in a comma, and the
      // second part carries on the sentence, a capital too (a name: “We will certainly support,” Putin told Xi,
      // “India's chairmanship…”); a new sentence would follow a full stop (“…,” Putin said. “We…”), and
      // “…,” Erdogan said, adding: “We have…” is two quotes.
      const brokenByAttribution =
        /^[\s,]*[^.!?“”"«»:]{1,80}?,\s*$/.test(between) &&
        between.trim().split(/\s+/).length <= 8 &&
        BROKEN_ATTRIBUTION.test(between) &&
        // (Not one that reports what follows: "…“final stages”, told Putin that according to the Leader, “our ties…”"
        // — a fragment of one sentence, then another quote.)
        !/\bthat\b/i.test(between) &&
        // (Not an attribution that goes on to a clause of its own: "“…,” he said, calling the decision mutually
        // beneficial and, “…”" quotes something else.)
        !/,[^,]*\S[^,]*,\s*$/.test(between.slice(between.search(BROKEN_ATTRIBUTION))) &&
        // The comma inside the marks (“…,” Putin said) or, in British and European styles, outside (‘…’, Putin said, ‘…’).
        (/[,]$/.test(inner) || /^\s*,/.test(between)) &&
        /^\s*[\p{L}\p{N}]/u.test(text.slice(span.start));
      if (brokenByAttribution) {
        prevGroup?.push(span);
        continue;
      }
    }
    groups.push([span]);
  }
  return groups;
}

const BROKEN_ATTRIBUTION = /\b(said|says|added|adds|told|noted|stressed|continued|went on|insisted|explained|warned|declared|argued|asked|replied|remarked)\b/i;

function firstNonSpace(text: string): number {
  const m = /\S/.exec(text);
  return m ? m.index : 0;
}

/** A tag in brackets before a label ("[CLIP]", "[SOUNDBITE]"); a timestamp ("12:31", "00:12:31"). */
const CLIP_TAG = String.raw`(?:\[\p{Lu}[\p{Lu} ]{1,14}\]\s*)?`;
const TIMESTAMP = String.raw`\d{1,2}(?::\d{2}){1,2}`;
/**
 * A broadcast transcript's speaker label in capitals, a title after a comma and a note in brackets ("PUTIN (through
 * interpreter):"), after a timestamp or a tag in brackets ("[CLIP] PUTIN (interpreter):").
 */
const BROADCAST_LABEL = new RegExp(String.raw`^\s*${CLIP_TAG}(?:\[?${TIMESTAMP}\]?\s*)?(\p{Lu}[\p{Lu} .’'-]{2,60}?)(?:,\s*\p{Lu}[\p{Lu} .’'-]*)?(?:\s*\([^)]{1,40}\))?:\s+`, 'u');
/**
 * A podcast's or show's label in ordinary case, with a timestamp before it or an interpreter after it ("[00:03:10] Xi
 * Jinping (interpreter):", "Putin (via translator):"): without one, "Name:" in ordinary case is too common in prose.
 */
const BROADCAST_LABEL_CASED = new RegExp(String.raw`^\s*${CLIP_TAG}(?:(?:\[${TIMESTAMP}\]|${TIMESTAMP})\s*(\p{Lu}[\p{L} .’'-]{2,60}?)(?:\s*\([^)]{1,40}\))?|(\p{Lu}[\p{L} .’'-]{2,60}?)\s*\([^)]*(?:interpret|translat)[^)]*\)):\s+`, 'u');
/** A broadcast transcript's label at the start of a paragraph: its whole length and the name in it. */
function broadcastLabel(text: string): { length: number; name: string } | null {
  const m = BROADCAST_LABEL.exec(text);
  if (m) return { length: m[0].length, name: m[1] ?? '' };
  const c = BROADCAST_LABEL_CASED.exec(text);
  return c ? { length: c[0].length, name: c[1] ?? c[2] ?? '' } : null;
}
/** Marks spoken on air: "were, quote, thrown in the trash, unquote", "and I quote, … end quote". */
const SPOKEN_QUOTE = /(?<=^|[\s,(—–])quote[,:]?\s+(\p{L}[^“”"]*?)[,.]?\s+(?:end quote|unquote|close quote)\b/giu;

/** A transcript's line: "Q:", "A:", "Question (Name, Outlet):", "A (continued):". */
const TRANSCRIPT_LINE = /^\s*(Q|A|Question|Answer)(?:\s*\(([^)]{1,80})\))?\s*:\s*/;

/** `limit`: stop after that many quotes in page order (each costs an attribution search); `found` counts them all. */
export function extractQuotes(blocks: ArticleBlock[], finder: AttributionFinder, limit = Infinity, found: { count: number } = { count: 0 }): FoundQuote[] {
  const spans: Span[] = [];
  blocks.forEach((b, i) => spans.push(...spansIn(b.text, i), ...spokenSpans(b.text, i)));
  spans.sort((a, b) => a.block - b.block || a.start - b.start);
  const quotes: FoundQuote[] = [];
  const quotedBlocks = new Set(spans.map((s) => s.block));
  const groups = groupSpans(blocks, spans);
  const blockQuotes = blocks
    .map((b, i) => ({ b, i }))
    // Not a block quote's credit line (its <footer>: "— Vladimir Putin, meeting Ilham Aliyev").
    .filter(({ b, i }) => b.kind === 'blockquote' && !quotedBlocks.has(i) && wordsIn(b.text) > SCARE_QUOTE_MAX_WORDS && !/^\s*[—–-]\s*\p{Lu}/u.test(b.text));

  const items: Array<{ at: number; make: () => FoundQuote }> = [];
  // Quotes inside quotes, when long enough to be statements (“When Putin calls the SCO ‘an independent centre of …’”).
  for (const span of spans) {
    const text = blocks[span.block]?.text ?? '';
    const inner = text.slice(span.start, span.end);
    const openers = INNER_OPENERS[span.open] ?? '';
    for (const nested of spansIn(inner, span.block)) {
      if (!openers.includes(nested.open) || !nested.closed) continue;
      const innerText = clean(inner.slice(nested.start, nested.end)).replace(/[,;:]$/, '');
      if (wordsIn(innerText) <= SCARE_QUOTE_MAX_WORDS) continue;
      const start = span.start + nested.start;
      const end = span.start + nested.end;
      items.push({
        at: span.block * 1e7 + start,
        make: () => ({
          text: innerText,
          fragments: splitFragments(innerText),
          ranges: [{ block: span.block, start, end }],
          // (Words the outer speaker says he said himself — "I said to President Putin, ‘…’" — are the outer quote's
          // speaker's, not the one spoken to.)
          attribution: FIRST_PERSON_SAID.test(inner.slice(0, nested.start)) ? findAttribution(blocks, [span], finder) : findAttribution([{ text: inner }], [{ block: 0, start: nested.start, end: nested.end }], finder),
          context: sentenceAround(inner, nested.start),
          source: 'marks',
          scare: false,
        }),
      });
    }
  }
  for (const run of groups) {
    // A quote run over paragraphs (each opens with a mark, only the last closes) is checked paragraph by paragraph, each
    // with the credit of the whole run: a reader sees a verdict beside each paragraph, and one paragraph altered or
    // from elsewhere does not hide behind the others.
    const paragraphs: Span[][] = [];
    for (const span of run) {
      const last = paragraphs[paragraphs.length - 1];
      if (last && last[0]!.block === span.block) last.push(span);
      else paragraphs.push([span]);
    }
    let runCredit: { value: Attribution | null } | null = null;
    const creditOfRun = () => (runCredit ??= { value: findAttribution(blocks, run, finder) }).value;
    for (const group of paragraphs) {
    const first = group[0] as Span;
    items.push({
      at: first.block * 1e7 + first.start,
      make: () => {
        const pieces = group.map((s) => clean((blocks[s.block]?.text ?? '').slice(s.start, s.end)).replace(/^[,;:]\s*|\s*[,;:]$/g, '').trim());
        const text = pieces.join(' ');
        const block = blocks[first.block] as ArticleBlock;
        const attribution = creditOfRun();
        const context = sentenceAround(block.text, first.start);
        const sentenceBefore = sentenceBeforeAt(block.text, first.start);
        const speechLike = attribution !== null && attribution.confident;
        const words = wordsIn(text);
        // (A figure quoted is a claim to check, never a scare quote: "“nearly $4 billion” — trade, according to Putin",
        // "“about seven million” Russians".)
        // (Nor is a question: "he had once been asked “Biden or Trump?”" quotes words put to him.)
        const scare = words <= SCARE_QUOTE_MAX_WORDS && !/\d|\b(?:hundred|thousand|million|billion|trillion)s?\b|\b(?:two|three|four|five|six|seven|eight|nine|ten)\s+(?:percent|per\s+cent)\b/i.test(text) && !/\?\s*$/.test(text) && (!speechLike || /so-called\s*$/i.test(block.text.slice(0, first.start - 1)));
        return {
          text,
          fragments: pieces.flatMap(splitFragments),
          ranges: group.map((s) => ({ block: s.block, start: s.start, end: s.end })),
          attribution,
          context,
          ...(sentenceBefore ? { sentenceBefore } : {}),
          source: block.kind === 'heading' ? 'heading' : 'marks',
          scare,
          ...(pieces.length > 1 ? { pieces } : {}),
        };
      },
    });
    }
  }
  for (const { b, i } of blockQuotes) {
    items.push({
      at: i * 1e7,
      make: () => {
        const range = { block: i, start: 0, end: b.text.length };
        // (A credit line under it, "— Vladimir Putin, in Beijing in May", is read with it: it may date the words.)
        const credit = blocks[i + 1]?.text ?? '';
        const text = clean(b.text);
        return { ...unmarked(text, range, findAttribution(blocks, [range], finder)), ...(CREDIT_UNDER.test(credit) ? { context: `${text} ${credit.trim()}` } : {}) };
      },
    });
  }
  // The lines of a printed transcript ("Q (Anton Vernitsky, Channel One): …", "A: …"), marks or none: a question is the
  // words of the one its label names, an answer those of the one the page's headline names, to whom the questions were
  // put ("Transcript: what Putin told reporters in Astana"). Only on a page with both; an editor's summary in brackets
  // ("A: [Putin said …]") is no one's words.
  const lines = blocks.map((b, i) => ({ b, i, m: b.kind !== 'heading' && !quotedBlocks.has(i) ? TRANSCRIPT_LINE.exec(b.text) : null }));
  const transcript = lines.some((l) => l.m && /^q/i.test(l.m[1] ?? '')) && lines.some((l) => l.m && /^a/i.test(l.m[1] ?? ''));
  const headline = blocks.find((b) => b.kind === 'heading');
  for (const { b: label, i: labelAt, m } of transcript ? lines : []) {
    if (!m) continue;
    // (A label standing alone, its words in the next block — a definition list's <dt>Q (…):</dt><dd>…</dd> — reads
    // the next block, when that is no label of its own and holds no quote marks.)
    const next = lines[labelAt + 1];
    const apart = m[0].length === label.text.length && next !== undefined && !next.m && next.b.kind !== 'heading' && !quotedBlocks.has(next.i);
    const b = apart ? next.b : label;
    const i = apart ? next.i : labelAt;
    const start = apart ? 0 : m[0].length;
    const text = clean(b.text.slice(start));
    if (text.startsWith('[') || wordsIn(text) <= SCARE_QUOTE_MAX_WORDS) continue;
    const question = /^q/i.test(m[1] ?? '');
    const who = question ? (m[2] ?? '').replace(/^(?:continued|cont'd)$/i, '') : '';
    if (question && !who) continue;
    items.push({
      at: i * 1e7 + start,
      make: () => {
        const said = question ? `${who} asked: “${text}”` : `He answered: “${text}”`;
        const before = question || !headline ? [] : [headline];
        const attribution = findAttribution([...before, { text: said }], [{ block: before.length, start: said.indexOf('“') + 1, end: said.length - 1 }], finder);
        return unmarked(text, { block: i, start, end: b.text.length }, attribution);
      },
    });
  }
  // A broadcast transcript's turn whose label names someone the corpus or the gazetteer knows ("PRESIDENT VLADIMIR PUTIN
  // (through interpreter): We can't simply announce a truce …"): the clip is that person's words, marks or none. Hosts,
  // correspondents and guests ("MARGARET ELLERY, HOST:", "INGRID SOLBERG:") are nobody the corpus holds: their own
  // talk is not checked, only what they quote. On a page of two labelled turns or more; a journalist's label is left.
  const turns = blocks.map((b, i) => ({ b, i, m: b.kind !== 'heading' ? broadcastLabel(b.text) : null }));
  for (const { b, i, m } of turns.filter((t) => t.m).length >= 2 ? turns : []) {
    if (!m || quotedBlocks.has(i)) continue;
    const name = m.name.toLowerCase().replace(/(^|[\s'’-])\p{L}/gu, (c) => c.toUpperCase());
    const ref = personNamed(finder, name);
    const start = m.length;
    const text = clean(b.text.slice(start));
    if (!ref || ref.institution || ref.outlet || text.startsWith('[') || wordsIn(text) <= SCARE_QUOTE_MAX_WORDS) continue;
    const speaker = { name: ref.name, speakerId: ref.speakerId, institution: false, confident: true };
    items.push({ at: i * 1e7 + start, make: () => unmarked(text, { block: i, start, end: b.text.length }, speaker) });
  }
  items.sort((a, b) => a.at - b.at);
  found.count = items.length;
  for (const item of items) {
    if (quotes.length >= limit) break;
    const quote = item.make();
    if (quote.fragments.length > 0) quotes.push(quote);
  }
  return quotes;
}

/** A block quote's credit line: "— Vladimir Putin, in Beijing in May". */
const CREDIT_UNDER = /^\s*[—–-]\s*\S[^“”"]{0,118}$/;

/** Words printed without quote marks (a block quote, a transcript's line): the whole of them is the quote and its context. */
function unmarked(text: string, range: { block: number; start: number; end: number }, attribution: Attribution | null): FoundQuote {
  return { text, fragments: splitFragments(text), ranges: [range], attribution, context: text, source: 'blockquote', scare: false };
}

function sentenceAround(text: string, offset: number): string {
  for (const [a, b] of splitSentences(text)) if (offset >= a && offset < b + 1) return text.slice(a, b);
  return text;
}

/** The sentence before the one around offset, in the same block ('' for the block's first). */
function sentenceBeforeAt(text: string, offset: number): string {
  let previous = '';
  for (const [a, b] of splitSentences(text)) {
    if (offset >= a && offset < b + 1) return previous;
    previous = text.slice(a, b);
  }
  return '';
}
