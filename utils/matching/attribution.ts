/**
 * Who does the article credit for a quote? Looks, in this order, at the words between the parts of a broken
 * quote, right after the quote ("…,” Putin said / said the Russian president), right before it ("Erdogan told
 * reporters:", "According to Xi,"), then at the nearest person named in the same sentence or in the paragraph
 * that introduces a block quote. "He said" resolves to the last person named before the quote.
 */
import { compileTerms, findTerms, type TermIndex } from './term-finder';
import type { ArticleBlock, Attribution } from './types';

export interface PersonRef {
  id: string;
  name: string;
  speakerId: string | null;
  institution: boolean;
  aliases: string[];
}

export interface AttributionFinder {
  index: TermIndex;
  byId: Map<string, PersonRef>;
  /** Countries, places and organisations: capitalised words that are not people ("Russia, in his account, …"). */
  notPeople: TermIndex;
}

/** Institutions the press credits with words ("the Kremlin said"): quoting them for a leader's words is misattribution. */
const INSTITUTIONS: PersonRef[] = [
  { id: 'the-kremlin', name: 'the Kremlin', speakerId: null, institution: true, aliases: ['the Kremlin', 'Kremlin', 'Kremlin press service', "Kremlin's press service", 'the Kremlin press office'] },
  { id: 'russian-government', name: 'the Russian government', speakerId: null, institution: true, aliases: ['the Russian government', 'the Russian Foreign Ministry', 'Russian Foreign Ministry', 'Russian Defence Ministry', 'Russian Defense Ministry'] },
];

export const SPEECH_VERBS =
  'said|says|say|told|tells|added|adds|noted|notes|stressed|stresses|continued|insisted|insists|explained|warned|warns|declared|declares|argued|argues|claimed|claims|replied|answered|remarked|asserted|emphasised|emphasized|underlined|underscored|recalled|urged|suggested|acknowledged|admitted|conceded|quipped|joked|complained|vowed|promised|announced|assured|observed|commented|pointed out|went on|wrote|asked|stated|states|affirmed|reiterated|maintained|lamented|predicted|proclaimed|boasted|cautioned|concluded|responded|retorted|mused|opined|put it|cut in|interjected|described|called|calling|describing|writes|tweeted|posted';
const VERB = new RegExp(`\\b(?:${SPEECH_VERBS})\\b`, 'i');
const PRONOUN = /\b(he|she)\b/i;

export function createAttributionFinder(people: PersonRef[], notPeople: string[] = []): AttributionFinder {
  const all = [...people, ...INSTITUTIONS];
  const index = compileTerms(all.flatMap((p) => [p.name, ...p.aliases].map((term) => ({ term, id: p.id }))));
  return { index, byId: new Map(all.map((p) => [p.id, p])), notPeople: compileTerms(notPeople.map((term) => ({ term, id: 'x' }))) };
}

/** Forms of address and titles alone are not names ("Mr President", "Your Highness"). */
const TITLE_ONLY = /^(?:(?:Mr|Mrs|Ms|Dr|Mr\.|Mrs\.|Ms\.|Dr\.|Your|His|Her|Excellency|Highness|Majesty|President|Prime|Minister|Chairman|Secretary|General|Emir|Sheikh|King|Sir|Madam|Dear)\s*)+$/;

interface Located {
  ref: PersonRef | null;
  name: string;
  start: number;
  end: number;
}

/** Named people (known, or unknown capitalised names next to a speech verb) and pronouns in a stretch of text. */
function mentions(text: string, finder: AttributionFinder, offset = 0): Located[] {
  const found: Located[] = findTerms(finder.index, text).map((m) => ({
    ref: finder.byId.get(m.id) ?? null,
    name: text.slice(m.start, m.end).replace(/['’]s$/, ''),
    start: m.start + offset,
    end: m.end + offset,
  }));
  // Someone the corpus does not know ("Kassym-Jomart Tokayev said", "said analyst Maria Ivanova").
  const unknown = new RegExp(`(?:\\b(?:${SPEECH_VERBS})\\s+(?:[a-z]+\\s+){0,3}|^|[,;]\\s*)((?:[A-Z][\\p{L}’'-]+\\s+){0,3}[A-Z][\\p{L}’'-]+)(?=\\s*(?:,[^,]{0,60},\\s*)?(?:has\\s+|had\\s+)?(?:${SPEECH_VERBS})\\b|\\s*[,.]|$)`, 'gu');
  for (const m of text.matchAll(unknown)) {
    const name = (m[1] ?? '').trim();
    const start = (m.index ?? 0) + (m[0] ?? '').indexOf(name);
    if (!name || /^(The|A|An|But|And|He|She|It|They|We|In|On|At|As|This|That|When|While|Asked|Speaking|According|Meanwhile|However|Earlier|Later|Still|Then|Now|On|For|If|Yet|So)$/.test(name.split(/\s+/)[0] ?? '')) continue;
    if (TITLE_ONLY.test(name) || findTerms(finder.notPeople, name).length > 0) continue;
    if (found.some((f) => f.start - offset <= start && start < f.end - offset)) continue;
    found.push({ ref: null, name, start: start + offset, end: start + name.length + offset });
  }
  for (const m of text.matchAll(new RegExp(PRONOUN.source, 'gi'))) found.push({ ref: null, name: m[0], start: (m.index ?? 0) + offset, end: (m.index ?? 0) + m[0].length + offset });
  return found.sort((a, b) => a.start - b.start);
}

function toAttribution(l: Located, lastPerson: Located | null): (Attribution & { viaVerb: boolean }) | null {
  if (PRONOUN.test(l.name) && l.name.length <= 3) {
    if (!lastPerson) return null;
    return toAttribution(lastPerson, null);
  }
  return { name: l.ref?.name ?? l.name, speakerId: l.ref?.speakerId ?? null, institution: l.ref?.institution ?? false, viaVerb: true };
}

/** Quoted words are not the narrator's: blank them out (same length, so offsets hold). */
function unquoted(text: string): string {
  return text.replace(/[“«„"][^”»“"]*[”»“"]/g, (m) => ' '.repeat(m.length));
}

/**
 * Whom "he"/"she" refers to: the subject of the nearest sentence before the quote that names someone —
 * the first person named in it ("The emir told Putin … “…,” he said" → the emir).
 */
function lastPersonBefore(blocks: ArticleBlock[], block: number, pos: number, finder: AttributionFinder): Located | null {
  for (let b = block; b >= 0 && b >= block - 4; b--) {
    const text = unquoted((blocks[b]?.text ?? '').slice(0, b === block ? pos : undefined));
    const sentences = text.split(/(?<=[.!?])\s+/);
    for (let i = sentences.length - 1; i >= 0; i--) {
      const persons = mentions(sentences[i] ?? '', finder).filter((m) => !(PRONOUN.test(m.name) && m.name.length <= 3) && !m.ref?.institution);
      if (persons[0]) return persons[0];
    }
  }
  return null;
}

export function findAttribution(
  blocks: ArticleBlock[],
  spans: Array<{ block: number; start: number; end: number }>,
  finder: AttributionFinder,
): (Attribution & { viaVerb: boolean }) | null {
  const first = spans[0];
  const last = spans[spans.length - 1];
  if (!first || !last) return null;
  const text = blocks[first.block]?.text ?? '';
  const lastText = blocks[last.block]?.text ?? '';
  const resolve = (l: Located | undefined) => (l ? toAttribution(l, lastPersonBefore(blocks, first.block, Math.max(0, first.start - 1), finder)) : null);

  // 1. Between the parts of a broken quote: “We are ready,” Putin said, “to start…”
  for (let i = 1; i < spans.length; i++) {
    const a = spans[i - 1];
    const b = spans[i];
    if (!a || !b || a.block !== b.block) continue;
    const between = text.slice(a.end + 1, b.start - 1);
    if (VERB.test(between)) {
      const hit = mentions(between, finder, a.end + 1)[0];
      if (hit) return resolve(hit);
    }
  }
  // 2. Right after the quote, up to the end of the sentence: …,” Putin said. / …,” said the Russian president.
  const after = /^[^.!?“”"«»]*/.exec(lastText.slice(last.end + 1))?.[0] ?? '';
  if (VERB.test(after)) {
    const verbAt = after.search(VERB);
    const list = mentions(unquoted(after), finder, last.end + 1);
    const near = list.filter((l) => Math.abs(l.start - (last.end + 1 + verbAt)) <= 60);
    if (near[0]) return resolve(near[0]);
  }
  // 3. Right before: Erdogan told reporters: “…” / According to Xi, “…” / Putin said that “…”
  const beforeFull = text.slice(0, Math.max(0, first.start - 1));
  const sentenceStart = Math.max(beforeFull.lastIndexOf('. ') + 1, beforeFull.lastIndexOf('? ') + 1, beforeFull.lastIndexOf('! ') + 1, 0);
  const before = beforeFull.slice(sentenceStart);
  if (VERB.test(before) || /according to/i.test(before)) {
    const list = mentions(unquoted(before), finder, sentenceStart);
    const pick = list[list.length - 1];
    if (pick) return resolve(pick);
  }
  // 4. A block quote or a quote-only paragraph introduced by the paragraph before ("Putin said:").
  const intro = blocks[first.block - 1]?.text ?? '';
  if (first.start <= 1 && /[:,]\s*$/.test(intro.trim()) ) {
    const tail = intro.slice(Math.max(0, intro.lastIndexOf('. ') + 1));
    const list = mentions(tail, finder);
    const pick = list[list.length - 1];
    if (pick) return toAttribution(pick, lastPersonBefore(blocks, first.block - 1, intro.length, finder));
  }
  // 5. The nearest person named in the same sentence, without a speech verb.
  const sentence = before + ' ' + after;
  const list = mentions(sentence, finder);
  const named = list.find((l) => !PRONOUN.test(l.name) && l.ref);
  if (named) return { ...(toAttribution(named, null) as Attribution & { viaVerb: boolean }), viaVerb: false };
  return null;
}
