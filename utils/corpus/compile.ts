/**
 * Compiles the transcript into the structured corpus (documents, speakers, statements, entities, topics).
 * Pure and deterministic: the same text always gives the same corpus, ids included.
 */
import { stemmer } from 'stemmer';
import { foldText, shortHash, slugify, tokenize } from '../text/fold';
import { splitSentences } from '../text/sentences';
import { findTerms, compileTerms } from '../matching/term-finder';
import { ENTITY_SEEDS } from './gazetteer';
import { TOPIC_SEEDS } from './topics';
import { findRunTogether } from './run-together';
import { parseTranscript, type RawDocument, type RawTurn } from './parse-transcript';
import type { Corpus, CorpusDocument, DocumentKind, Entity, EntitySeed, Speaker, Statement, StatementKind, Topic, TopicSeed } from './types';

/** Bump when the compiler's output changes for the same text: it is part of the corpus version. */
export const COMPILER_VERSION = 4;

/** How the press turns a country into an adjective, for role aliases ("the Turkish president"). */
const DEMONYMS: Record<string, string> = {
  russia: 'Russian', china: 'Chinese', turkey: 'Turkish', pakistan: 'Pakistani', azerbaijan: 'Azerbaijani',
  iran: 'Iranian', qatar: 'Qatari', kazakhstan: 'Kazakh', mongolia: 'Mongolian', belarus: 'Belarusian', india: 'Indian',
};

export interface CompileOptions {
  entities?: EntitySeed[];
  topics?: TopicSeed[];
  sourceFile?: string;
  /** English words (folded), to find the words the transcript runs together (run-together.ts); none: nothing is split. */
  dictionary?: ReadonlySet<string>;
}

export function compileCorpus(text: string, options: CompileOptions = {}): Corpus {
  const entitySeeds = options.entities ?? ENTITY_SEEDS;
  const topicSeeds = options.topics ?? TOPIC_SEEDS;
  const raw = parseTranscript(text);
  const countries = entitySeeds.filter((e) => e.type === 'country');
  const people = entitySeeds.filter((e) => e.type === 'person');

  const speakers = new Map<string, Speaker>();
  const documents: CorpusDocument[] = [];
  const statements: Statement[] = [];
  const usedIds = new Set<string>();
  let turnIndex = 0;

  const places = entitySeeds.filter((e) => e.type === 'place');
  let visitPlace = 'Astana';
  raw.documents.forEach((rawDoc, order) => {
    const place = placeOf(rawDoc, places) ?? visitPlace;
    if (order === 0) visitPlace = place;
    const kind = documentKind(rawDoc);
    const turnSpeakers = rawDoc.turns.map((t) => (t.speaker ? resolveSpeaker(t, speakers, countries, people, kind) : null));
    const participants = [...new Set(turnSpeakers.filter((s): s is Speaker => s !== null).map((s) => s.id))];
    const host = participants[0];
    const counterpart = participants.find((p) => p !== host);
    const id = uniqueDocId(documentId(rawDoc, kind, counterpart), documents);
    documents.push({
      id,
      title: rawDoc.title ?? `Working visit to ${place}: overview`,
      kind,
      place,
      date: isoDate(raw.dateline),
      dateline: raw.dateline,
      source: { name: 'The Kremlin', url: null },
      participants,
      order,
    });

    let lastQuestion: string | null = null;
    rawDoc.turns.forEach((turn, t) => {
      const speaker = turnSpeakers[t] ?? null;
      turn.paragraphs.forEach((p, paragraph) => {
        let stmtKind: StatementKind;
        if (!speaker) stmtKind = p.heading ? 'heading' : 'narration';
        else if (speaker.kind === 'journalist') stmtKind = 'question';
        else if (kind === 'press-conference' && lastQuestion) stmtKind = 'answer';
        else stmtKind = 'remark';
        const base = `${id}-${shortHash(`${speaker?.id ?? 'kremlin'}|${foldText(p.text)}`)}`;
        let sid = base;
        for (let n = 2; usedIds.has(sid); n++) sid = `${base}-${n}`;
        usedIds.add(sid);
        statements.push({
          id: sid,
          documentId: id,
          speakerId: speaker?.id ?? null,
          kind: stmtKind,
          text: p.text,
          sentences: splitSentences(p.text),
          turn: turnIndex,
          paragraph,
          order: statements.length,
          retranslated: turn.speaker?.retranslated ?? false,
          cutAfter: p.cutAfter,
          answersQuestionId: stmtKind === 'answer' ? lastQuestion : null,
          line: p.line,
        });
        if (stmtKind === 'question' && paragraph === 0) lastQuestion = sid;
      });
      turnIndex++;
    });
  });

  const speakerList = [...speakers.values()];
  for (const s of speakerList) s.aliases = speakerAliases(s, people, countries);
  // "the Emir" names one person in this corpus; "the president" would name four, so it is not an alias.
  const nouns = speakerList.map((s) => roleNoun(s)?.toLowerCase() ?? null);
  speakerList.forEach((s, i) => {
    const noun = nouns[i];
    if (noun && nouns.filter((n) => n === noun).length === 1) s.aliases.push(`the ${noun}`);
  });
  const entities = compileEntities(entitySeeds, statements, speakerList);
  const topics = compileTopics(topicSeeds, statements);
  const runTogether = options.dictionary ? findRunTogether(statements.map((st) => st.text), options.dictionary) : {};
  const body = { documents, speakers: speakerList, statements, entities, topics, runTogether };
  return {
    version: `${COMPILER_VERSION}-${shortHash(text)}-${shortHash(JSON.stringify(body))}`,
    source: { file: options.sourceFile ?? 'corpus/sco-astana-2024.txt', publisher: 'The Kremlin', dateline: raw.dateline },
    ...body,
  };
}

function documentKind(doc: RawDocument): DocumentKind {
  const title = doc.title ?? '';
  if (!doc.title) return 'overview';
  if (/\b(answers?|questions?|press conference|news conference)\b/i.test(title)) return 'press-conference';
  if (/\bmeeting with\b|\btalks with\b/i.test(title)) return 'bilateral-meeting';
  return 'speech';
}

function documentId(doc: RawDocument, kind: DocumentKind, counterpart: string | undefined): string {
  if (kind === 'overview') return 'overview';
  if (kind === 'press-conference') return 'press-conference';
  if (kind === 'bilateral-meeting' && counterpart) return `meeting-${counterpart}`;
  // Speeches: the event named in the title, e.g. "…remarks at the SCO Heads of State Council Meeting" → "speech-sco-heads-of-state-council".
  const event = /\b(?:at|in) the (.+?)(?: meeting| format)?$/i.exec(doc.title ?? '')?.[1] ?? doc.title ?? 'speech';
  return `speech-${slugify(event.replace(/\bmeeting in the\b/i, ''))}`;
}

function uniqueDocId(id: string, docs: CorpusDocument[]): string {
  let out = id;
  for (let n = 2; docs.some((d) => d.id === out); n++) out = `${id}-${n}`;
  return out;
}

/**
 * Where a document took place: a gazetteer place named "in"/"to" in its title or the Kremlin's narration
 * (never in speeches, which mention other cities: "we met in Samarkand"); otherwise the visit's place.
 */
function placeOf(doc: RawDocument, places: EntitySeed[]): string | null {
  const text = [doc.title ?? '', ...doc.turns.filter((t) => !t.speaker).flatMap((t) => t.paragraphs.map((p) => p.text))].join(' ');
  for (const m of text.matchAll(/\b(?:in|to) ([A-Z][\p{L}-]+)/gu)) {
    const place = places.find((p) => [p.name, ...p.aliases].includes(m[1] ?? ''));
    if (place) return place.name;
  }
  return null;
}

function isoDate(dateline: string): string {
  const m = /(\d{1,2}) ([A-Z][a-z]+) (\d{4})/.exec(dateline);
  if (!m) return '';
  const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  const month = months.indexOf(m[2] ?? '') + 1;
  return `${m[3]}-${String(month).padStart(2, '0')}-${String(m[1]).padStart(2, '0')}`;
}

/** Splits "President of Turkiye Recep Tayyip Erdogan" into role and name using the gazetteer's countries. */
export function splitRoleAndName(label: string, countries: EntitySeed[]): { role: string | null; country: string | null; name: string } {
  let best: { end: number; country: string } | null = null;
  const folded = foldText(label);
  for (const c of countries) {
    for (const alias of [c.name, ...c.aliases]) {
      const a = foldText(alias);
      for (let i = folded.indexOf(` of ${a} `); i >= 0; i = folded.indexOf(` of ${a} `, i + 1)) {
        const end = i + 4 + a.length;
        if (!best || end > best.end) best = { end, country: c.name };
      }
      for (let i = folded.indexOf(` of the ${a} `); i >= 0; i = folded.indexOf(` of the ${a} `, i + 1)) {
        const end = i + 8 + a.length;
        if (!best || end > best.end) best = { end, country: c.name };
      }
    }
  }
  if (!best) return { role: null, country: null, name: label };
  return { role: label.slice(0, best.end).trim(), country: best.country, name: label.slice(best.end).trim() };
}

function resolveSpeaker(turn: RawTurn, speakers: Map<string, Speaker>, countries: EntitySeed[], people: EntitySeed[], kind: DocumentKind): Speaker {
  const { role, country, name } = splitRoleAndName(turn.speaker?.label ?? '', countries);
  const foldedName = foldText(name);
  const person = people.find((p) => [p.name, ...p.aliases].some((a) => foldText(a) === foldedName));
  const id = person?.id ?? slugify(name);
  let speaker = speakers.get(id);
  if (!speaker) {
    speaker = { id, name: person?.name ?? name, kind: role ? 'leader' : 'journalist', role, country, outlet: null, aliases: [] };
    speakers.set(id, speaker);
  } else if (role && !speaker.role) {
    Object.assign(speaker, { role, country, kind: 'leader' });
  }
  if (speaker.kind === 'journalist' && kind === 'press-conference' && !speaker.outlet) {
    speaker.outlet = outletOf(turn.paragraphs[0]?.text ?? '', speaker.name);
  }
  return speaker;
}

/**
 * Journalists introduce themselves in several ways: "My name is Anton Vernitsky, Channel One.",
 * "I am Alexander Gamov, Komsomolskaya Pravda.", "Donald Courter, Russia today.",
 * "Rossiyskaya Gazeta, Aisel Gereikhanova.", "Vedomosti newspaper." (the name is sometimes misspelt).
 */
export function outletOf(text: string, name: string): string | null {
  const sentences = splitSentences(text).slice(0, 3).map(([a, b]) => text.slice(a, b).replace(/[.!?]+$/, '').trim());
  const nameWords = tokenize(name).map((t) => t.norm);
  const isName = (part: string) => {
    const words = tokenize(part).map((t) => t.norm);
    return words.length > 0 && words.length <= 4 && words.some((w) => nameWords.some((n) => w.slice(0, 4) === n.slice(0, 4)));
  };
  for (const s of sentences) {
    const intro = /(?:my name is|i am|this is)\s+(.+)$/i.exec(s);
    const parts = (intro?.[1] ?? s).split(/,\s*/);
    if (parts.length === 2) {
      const [a = '', b = ''] = parts;
      if (isName(a) && !isName(b)) return b.trim();
      if (isName(b) && !isName(a)) return a.trim();
    }
    if (/^[\p{Lu}][\p{L} ]{1,40}\b(newspaper|agency|channel|tv|radio|news)$/iu.test(s)) return s;
  }
  return null;
}

function roleNoun(s: Speaker): string | null {
  if (!s.role) return null;
  const noun = s.role.replace(/\s+of\s+(the\s+)?.+$/i, '').trim();
  return noun.split(/\s+/).length <= 2 ? noun : null;
}

function speakerAliases(s: Speaker, people: EntitySeed[], countries: EntitySeed[]): string[] {
  const out = new Set<string>([s.name]);
  const person = people.find((p) => p.id === s.id);
  for (const a of person?.aliases ?? []) out.add(a);
  const words = s.name.split(/\s+/);
  if (words.length > 1) out.add(words[words.length - 1] ?? s.name);
  const plain = foldText(s.name);
  if (plain !== s.name.toLowerCase()) out.add(s.name.normalize('NFD').replace(/\p{M}+/gu, ''));
  if (s.role && s.country) {
    out.add(s.role);
    const noun = s.role.replace(/\s+of\s+(the\s+)?.+$/i, '').trim();
    const countryId = countries.find((c) => c.name === s.country)?.id ?? slugify(s.country);
    const demonym = DEMONYMS[countryId];
    if (noun.split(/\s+/).length <= 2) {
      const lower = noun.toLowerCase();
      if (demonym) {
        out.add(`${demonym} ${lower}`);
        out.add(`the ${demonym} ${lower}`);
        out.add(`the ${demonym} leader`);
      }
      out.add(`${s.country}'s ${lower}`);
      out.add(`${s.country}'s leader`);
    }
  }
  return [...out];
}

function compileEntities(seeds: EntitySeed[], statements: Statement[], speakers: Speaker[]): Entity[] {
  const index = compileTerms(seeds.flatMap((e) => [e.name, ...e.aliases].map((term) => ({ term, id: e.id }))));
  const mentions = new Map<string, string[]>();
  for (const st of statements) {
    const ids = new Set(findTerms(index, st.text).map((m) => m.id));
    for (const id of ids) mentions.set(id, [...(mentions.get(id) ?? []), st.id]);
  }
  return seeds
    .map((seed) => {
      const speaker = speakers.find((s) => s.id === seed.id);
      return {
        id: seed.id,
        name: seed.name,
        type: seed.type,
        aliases: [...new Set([seed.name, ...seed.aliases, ...(speaker ? speaker.aliases : [])])],
        description: seed.description,
        speakerId: speaker?.id ?? null,
        mentionedIn: mentions.get(seed.id) ?? [],
        statementsBy: speaker ? statements.filter((st) => st.speakerId === speaker.id).map((st) => st.id) : [],
        ...(seed.pronoun ? { pronoun: seed.pronoun } : {}),
      };
    })
    .filter((e) => e.mentionedIn.length > 0 || e.statementsBy.length > 0);
}

/** A topic term matches its inflections: both sides are compared word by word after Porter stemming. */
function compileTopics(seeds: TopicSeed[], statements: Statement[]): Topic[] {
  const stemmed = statements.map((st) => ` ${tokenize(st.text).map((t) => stemmer(t.norm)).join(' ')} `);
  return seeds.map((seed) => {
    const terms = seed.terms.map((term) => ` ${tokenize(term).map((t) => stemmer(t.norm)).join(' ')} `);
    return {
      id: seed.id,
      name: seed.name,
      terms: seed.terms,
      statementIds: statements.filter((_, i) => terms.some((t) => stemmed[i]?.includes(t))).map((st) => st.id),
    };
  });
}
