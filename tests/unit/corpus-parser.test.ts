/**
 * The parser and compiler pinned on the REAL transcript (public/corpus/sco-astana-2024.txt): documents,
 * speakers, the traps the issue names, sentence-by-sentence attribution, and id/version stability.
 * The file is read, never written: modified copies are compiled in memory.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileCorpus, COMPILER_VERSION, parseTranscript, readLabel } from '../../utils/corpus';
import type { Corpus, Statement, StatementKind } from '../../utils/corpus/types';
import { compileTerms, findTerms } from '../../utils/matching/term-finder';
import { shortHash } from '../../utils/text/fold';

const SOURCE_PATH = join(process.cwd(), 'public/corpus/sco-astana-2024.txt');
const TEXT = readFileSync(SOURCE_PATH, 'utf8');
const LINES = TEXT.replace(/\r\n?/g, '\n').split('\n');
const corpus: Corpus = compileCorpus(TEXT, { sourceFile: 'corpus/sco-astana-2024.txt' });

/** The statement compiled from a 1-based line of the file (every paragraph is one line). */
function atLine(line: number): Statement {
  const found = corpus.statements.filter((s) => s.line === line);
  expect(found, `statements on line ${line}`).toHaveLength(1);
  return found[0] as Statement;
}

/** All statements of the turn a line belongs to. */
function turnOfLine(line: number): Statement[] {
  const turn = atLine(line).turn;
  return corpus.statements.filter((s) => s.turn === turn);
}

/** 1-based numbers of the lines that match. */
function linesMatching(re: RegExp): number[] {
  return LINES.flatMap((l, i) => (re.test(l.trim()) ? [i + 1] : []));
}

const JOURNALISTS = [
  ['anton-vernitsky', 'Anton Vernitsky', 'Channel One', 'Vernitsky'],
  ['alexander-gamov', 'Alexander Gamov', 'Komsomolskaya Pravda', 'Gamov'],
  ['donald-courter', 'Donald Courter', 'Russia today', 'Courter'],
  ['dmitry-laru', 'Dmitry Laru', 'Izvestia newspaper', 'Laru'],
  ['pavel-zarubin', 'Pavel Zarubin', 'Rossiya TV Channel', 'Zarubin'],
  ['aisel-gereikhanova', 'Aisel Gereikhanova', 'Rossiyskaya Gazeta', 'Gereikhanova'],
  ['andrei-kolesnikov', 'Andrei Kolesnikov', 'Kommersant newspaper', 'Kolesnikov'],
  ['yelena-mukhametshina', 'Yelena Mukhametshina', 'Vedomosti newspaper', 'Mukhametshina'],
  ['rossina-bodrova', 'Rossina Bodrova', 'Zvezda TV channel', 'Bodrova'],
  ['alexander-yunashev', 'Alexander Yunashev', 'Life', 'Yunashev'],
  ['anna-derkach', 'Anna Derkach', 'MIR', 'Derkach'],
  ['ksenia-chernyayeva', 'Ksenia Chernyayeva', 'Interfax agency', 'Chernyayeva'],
  ['yulia-bubnova', 'Yulia Bubnova', null, 'Bubnova'],
] as const;

const LEADERS = [
  ['vladimir-putin', 'Vladimir Putin', 'President of Russia', 'Russia', 'Putin'],
  ['xi-jinping', 'Xi Jinping', 'President of China', 'China', 'Xi'],
  ['mohammad-mokhber', 'Mohammad Mokhber', 'Acting Head of the Executive Branch of the Islamic Republic of Iran', 'Iran', 'Mokhber'],
  ['tamim-bin-hamad-al-thani', 'Tamim bin Hamad Al Thani', 'Emir of Qatar', 'Qatar', 'Al Thani'],
  ['recep-tayyip-erdogan', 'Recep Tayyip Erdoğan', 'President of Turkiye', 'Turkey', 'Erdogan'],
  ['shehbaz-sharif', 'Shehbaz Sharif', 'Prime Minister of Pakistan', 'Pakistan', 'Sharif'],
  ['ilham-aliyev', 'Ilham Aliyev', 'President of Azerbaijan', 'Azerbaijan', 'Aliyev'],
] as const;

describe('documents', () => {
  it('finds the ten documents of the file, in order, with id, kind and title', () => {
    expect(corpus.documents.map((d) => [d.order, d.id, d.kind, d.title])).toEqual([
      [0, 'overview', 'overview', 'Working visit to Astana: overview'],
      [1, 'press-conference', 'press-conference', 'SCO Summit in Astana: Answers to Russian media questions'],
      [2, 'speech-sco-heads-of-state-council', 'speech', 'Russian President remarks at the SCO Heads of State Council Meeting'],
      [3, 'speech-sco-plus', 'speech', 'Russian President Putin’s remarks the Meeting in the SCO Plus format'],
      [4, 'meeting-xi-jinping', 'bilateral-meeting', 'Russian President: Meeting with President of China Xi Jinping'],
      [
        5,
        'meeting-mohammad-mokhber',
        'bilateral-meeting',
        'Russian President: Meeting with Acting Head of the Executive Branch of the Islamic Republic of Iran Mohammad Mokhber',
      ],
      [6, 'meeting-tamim-bin-hamad-al-thani', 'bilateral-meeting', 'Russian President: Meeting with Emir of Qatar Sheikh Tamim Bin Hamad Al Thani'],
      [7, 'meeting-recep-tayyip-erdogan', 'bilateral-meeting', 'Russian President: Meeting with President of Turkiye Recep Tayyip Erdogan'],
      [8, 'meeting-shehbaz-sharif', 'bilateral-meeting', 'Russian President: Meeting with Prime Minister of Pakistan Shehbaz Sharif'],
      [9, 'meeting-ilham-aliyev', 'bilateral-meeting', 'Russian President: Meeting with President of Azerbaijan Ilham Aliyev'],
    ]);
  });

  it('places every document in Astana on the dateline’s date, published by the Kremlin', () => {
    for (const d of corpus.documents) {
      expect(d, d.id).toMatchObject({ place: 'Astana', date: '2024-07-05', dateline: 'Moscow, 5 July 2024', source: { name: 'The Kremlin' } });
    }
    expect(corpus.source).toMatchObject({ publisher: 'The Kremlin', dateline: 'Moscow, 5 July 2024', file: 'corpus/sco-astana-2024.txt' });
  });

  it('lists as participants those who speak, in order of first appearance', () => {
    const participants = Object.fromEntries(corpus.documents.map((d) => [d.id, d.participants]));
    expect(participants).toEqual({
      overview: [],
      'press-conference': ['vladimir-putin', ...JOURNALISTS.map(([id]) => id)],
      'speech-sco-heads-of-state-council': ['vladimir-putin'],
      'speech-sco-plus': ['vladimir-putin'],
      'meeting-xi-jinping': ['vladimir-putin', 'xi-jinping'],
      'meeting-mohammad-mokhber': ['vladimir-putin', 'mohammad-mokhber'],
      'meeting-tamim-bin-hamad-al-thani': ['vladimir-putin', 'tamim-bin-hamad-al-thani'],
      'meeting-recep-tayyip-erdogan': ['vladimir-putin', 'recep-tayyip-erdogan'],
      'meeting-shehbaz-sharif': ['vladimir-putin', 'shehbaz-sharif'],
      'meeting-ilham-aliyev': ['vladimir-putin', 'ilham-aliyev'],
    });
  });

  it('gives every statement a document id that exists, and keeps statements in file order', () => {
    const ids = new Set(corpus.documents.map((d) => d.id));
    for (const s of corpus.statements) expect(ids.has(s.documentId), s.id).toBe(true);
    const lines = corpus.statements.map((s) => s.line);
    expect(lines).toEqual([...lines].sort((a, b) => a - b));
    expect(corpus.statements.map((s) => s.order)).toEqual(corpus.statements.map((_, i) => i));
    expect(corpus.statements).toHaveLength(227);
  });
});

describe('speakers', () => {
  it('has exactly the 7 leaders and 13 journalists who speak', () => {
    expect(corpus.speakers.map((s) => s.id).sort()).toEqual([...LEADERS.map(([id]) => id), ...JOURNALISTS.map(([id]) => id)].sort());
  });

  it.each(LEADERS)('leader %s: name, role, country, no outlet', (id, name, role, country) => {
    const s = corpus.speakers.find((sp) => sp.id === id);
    expect(s).toMatchObject({ id, name, kind: 'leader', role, country, outlet: null });
  });

  it.each(JOURNALISTS)('journalist %s: name and the outlet they introduce themselves with', (id, name, outlet) => {
    const s = corpus.speakers.find((sp) => sp.id === id);
    expect(s).toMatchObject({ id, name, kind: 'journalist', role: null, country: null, outlet });
  });

  it('carries the gazetteer’s pronoun for the six women journalists, and no other', () => {
    expect(corpus.entities.filter((e) => e.pronoun === 'she').map((e) => e.id).sort()).toEqual(['aisel-gereikhanova', 'anna-derkach', 'ksenia-chernyayeva', 'rossina-bodrova', 'yelena-mukhametshina', 'yulia-bubnova']);
    expect(corpus.entities.filter((e) => e.pronoun && e.pronoun !== 'she')).toEqual([]);
  });

  it('gives every speaker their full name and surname as aliases', () => {
    for (const [id, name, , , surname] of LEADERS) {
      const aliases = corpus.speakers.find((s) => s.id === id)?.aliases ?? [];
      expect(aliases, id).toContain(name);
      expect(aliases, id).toContain(surname);
    }
    for (const [id, name, , surname] of JOURNALISTS) {
      const aliases = corpus.speakers.find((s) => s.id === id)?.aliases ?? [];
      expect(aliases, id).toContain(name);
      expect(aliases, id).toContain(surname);
    }
  });

  it('knows the role phrases and spelling variants the press uses', () => {
    const aliases = (id: string) => (corpus.speakers.find((s) => s.id === id)?.aliases ?? []).map((a) => a.toLowerCase());
    expect(aliases('vladimir-putin')).toContain('the russian president');
    expect(aliases('recep-tayyip-erdogan')).toEqual(expect.arrayContaining(['erdoğan', 'erdogan', 'recep tayyip erdogan', "turkey's president"]));
    expect(aliases('tamim-bin-hamad-al-thani')).toEqual(expect.arrayContaining(['the emir', 'al thani', 'al-thani']));
    expect(aliases('xi-jinping')).toEqual(expect.arrayContaining(['xi', 'president xi', 'the chinese president']));
    expect(aliases('shehbaz-sharif')).toContain('the pakistani prime minister');
    expect(aliases('ilham-aliyev')).toContain('the azerbaijani president');
    // Four speakers are presidents: "the president" names no one, so it is nobody's alias.
    for (const s of corpus.speakers) expect(s.aliases.map((a) => a.toLowerCase()), s.id).not.toContain('the president');
  });

  it('resolves the press’s ways of naming a speaker through the aliases', () => {
    const index = compileTerms(corpus.speakers.flatMap((s) => s.aliases.map((term) => ({ term, id: s.id }))));
    const who = (text: string) => findTerms(index, text).map((m) => m.id);
    expect(who('The Emir told reporters')).toEqual(['tamim-bin-hamad-al-thani']);
    expect(who('Erdoğan and Erdogan')).toEqual(['recep-tayyip-erdogan', 'recep-tayyip-erdogan']);
    expect(who('Turkey’s president said')).toEqual(['recep-tayyip-erdogan']);
    expect(who('the Russian president said')).toEqual(['vladimir-putin']);
    expect(who('Sheikh Tamim bin Hamad Al-Thani')).toEqual(['tamim-bin-hamad-al-thani']);
  });

  it('names people who do not speak as entities, with their spelling variants (Khurelsükh/Khurelsukh)', () => {
    const khurelsukh = corpus.entities.find((e) => e.id === 'ukhnaagiin-khurelsukh');
    expect(khurelsukh).toBeDefined();
    expect(khurelsukh?.type).toBe('person');
    expect(khurelsukh?.speakerId).toBeNull();
    expect(khurelsukh?.aliases).toEqual(expect.arrayContaining(['Khurelsükh', 'Khurelsukh']));
    expect(khurelsukh?.mentionedIn).toContain(atLine(3).id);
    expect(corpus.speakers.some((s) => s.id === 'ukhnaagiin-khurelsukh')).toBe(false);

    const erdogan = corpus.entities.find((e) => e.id === 'recep-tayyip-erdogan');
    expect(erdogan?.aliases).toEqual(expect.arrayContaining(['Erdoğan', 'Erdogan']));
    expect(erdogan?.speakerId).toBe('recep-tayyip-erdogan');
    expect(erdogan?.statementsBy).toEqual(corpus.statements.filter((s) => s.speakerId === 'recep-tayyip-erdogan').map((s) => s.id));
    // "Mr Erdogan" in Putin's answer (line 42) is a mention, not a statement by him.
    expect(erdogan?.mentionedIn).toContain(atLine(42).id);

    const emir = corpus.entities.find((e) => e.id === 'tamim-bin-hamad-al-thani');
    expect(emir?.aliases.map((a) => a.toLowerCase())).toContain('the emir');
  });
});

describe('the transcript’s traps', () => {
  it('reads the dateline and never makes it a statement', () => {
    const raw = parseTranscript(TEXT);
    expect(raw.dateline).toBe('Moscow, 5 July 2024');
    expect(raw.documents).toHaveLength(10);
    expect(corpus.statements.some((s) => s.line === 1)).toBe(false);
  });

  it('ends documents at every "Source – The Kremlin" variant and never makes them statements', () => {
    const sourceLines = linesMatching(/^Source\b/);
    expect(sourceLines).toEqual([6, 66, 108, 132, 158, 178, 203, 226, 245, 268]);
    const raw = parseTranscript(TEXT);
    expect(raw.documents.map((d) => d.sourceLine)).toEqual(sourceLines.map((n) => LINES[n - 1]?.trim()));
    // The three variants the file uses: dash, colon, nothing.
    expect(new Set(raw.documents.map((d) => d.sourceLine))).toEqual(
      new Set(['Source – The Kremlin – VISIT WEBSITE', 'Source – The Kremlin: VISIT WEBSITE', 'Source – The Kremlin VISIT WEBSITE']),
    );
    for (const n of sourceLines) expect(corpus.statements.some((s) => s.line === n), `line ${n}`).toBe(false);
    expect(corpus.statements.filter((s) => /Source|VISIT WEBSITE/.test(s.text))).toEqual([]);
  });

  it('takes the line after a Source line as the next title, colons and all, never as a label', () => {
    const titleLines = [7, 67, 109, 133, 159, 179, 204, 227, 246];
    const raw = parseTranscript(TEXT);
    expect(raw.documents.map((d) => d.titleLine)).toEqual([null, ...titleLines]);
    for (const n of titleLines) expect(corpus.statements.some((s) => s.line === n), `line ${n}`).toBe(false);
    expect(corpus.documents.filter((d) => d.title.startsWith('Russian President: Meeting with'))).toHaveLength(6);
    expect(corpus.speakers.some((s) => /russian president/i.test(s.name))).toBe(false);
  });

  it('reads inline labels: the rest of the line is the first paragraph', () => {
    const goodAfternoon = atLine(9);
    expect(goodAfternoon).toMatchObject({ speakerId: 'vladimir-putin', text: 'Good afternoon. Go ahead, please.', paragraph: 0 });
    expect(atLine(10)).toMatchObject({ speakerId: 'anton-vernitsky', paragraph: 0 });
    expect(atLine(10).text.startsWith('Mr President, my name is Anton Vernitsky')).toBe(true);
    // An inline label followed by several paragraphs: Putin's answer to Vernitsky (lines 11–14).
    expect(turnOfLine(11).map((s) => [s.line, s.paragraph, s.speakerId])).toEqual([
      [11, 0, 'vladimir-putin'],
      [12, 1, 'vladimir-putin'],
      [13, 2, 'vladimir-putin'],
      [14, 3, 'vladimir-putin'],
    ]);
    expect(turnOfLine(18).map((s) => s.line)).toEqual([18, 19, 20, 21, 22]);
    expect(turnOfLine(35).map((s) => s.line)).toEqual([35, 36, 37, 38, 39]);
    expect(turnOfLine(57).map((s) => s.line)).toEqual([57, 58, 59, 60, 61, 62]);
  });

  it('reads labels alone on their line, followed by several paragraphs', () => {
    const turns: Array<[number, string, number]> = [
      [79, 'vladimir-putin', 29], // SCO Heads of State Council address, lines 79–107
      [116, 'vladimir-putin', 16], // SCO Plus, lines 116–131
      [135, 'vladimir-putin', 14],
      [150, 'xi-jinping', 7],
      [162, 'vladimir-putin', 8],
      [171, 'mohammad-mokhber', 6],
      [184, 'vladimir-putin', 8],
      [193, 'tamim-bin-hamad-al-thani', 9],
      [207, 'vladimir-putin', 9],
      [217, 'recep-tayyip-erdogan', 8],
      [230, 'vladimir-putin', 8],
      [239, 'shehbaz-sharif', 5],
      [249, 'vladimir-putin', 8],
      [258, 'ilham-aliyev', 9],
    ];
    for (const [first, speaker, count] of turns) {
      const turn = turnOfLine(first);
      expect(turn, `turn starting on line ${first}`).toHaveLength(count);
      expect(turn[0]?.line).toBe(first);
      expect(turn.map((s) => s.paragraph)).toEqual([...Array(count).keys()]);
      expect(new Set(turn.map((s) => s.speakerId))).toEqual(new Set([speaker]));
      // The label line itself ("President of Russia Vladimir Putin:") is not a statement.
      expect(corpus.statements.some((s) => s.line === first - 1), `label line ${first - 1}`).toBe(false);
    }
    // Short salutation paragraphs stay paragraphs of the speaker's turn.
    expect(atLine(207)).toMatchObject({ text: 'Mr President,', speakerId: 'vladimir-putin', kind: 'remark' });
    expect(atLine(230)).toMatchObject({ text: 'Mr Prime Minister,', speakerId: 'vladimir-putin' });
    expect(atLine(235)).toMatchObject({ text: 'Mr Prime Minister,', speakerId: 'vladimir-putin' });
  });

  it('keeps a journalist’s question that continues on the next line in the same turn (Donald Courter)', () => {
    const turn = turnOfLine(23);
    expect(turn.map((s) => [s.line, s.paragraph, s.speakerId, s.kind])).toEqual([
      [23, 0, 'donald-courter', 'question'],
      [24, 1, 'donald-courter', 'question'],
    ]);
    expect(atLine(23).text).toBe('Donald Courter, Russia today.');
    expect(atLine(24).text.startsWith('Mr President, terrorist organisations on Afghan territory')).toBe(true);
    expect(atLine(25).answersQuestionId).toBe(atLine(23).id);
  });

  it('keeps narration lines that end with a colon as narration, not labels', () => {
    const spoke = atLine(114);
    expect(spoke).toMatchObject({ text: 'Vladimir Putin spoke at an SCO Plus format meeting:', speakerId: null, kind: 'narration' });
    expect(atLine(3)).toMatchObject({ speakerId: null, kind: 'narration' });
    expect(atLine(3).text.startsWith('Vladimir Putin held a series of bilateral meetings on the sidelines of the SCO summit: with')).toBe(true);
    // The label on the next line starts Putin's turn.
    expect(atLine(116)).toMatchObject({ speakerId: 'vladimir-putin', paragraph: 0 });
    expect(atLine(116).turn).not.toBe(spoke.turn);
  });

  it('makes subheadings heading statements without a speaker', () => {
    const headings = corpus.statements.filter((s) => s.kind === 'heading');
    expect(headings.map((s) => [s.line, s.documentId, s.speakerId, s.text])).toEqual([
      [77, 'speech-sco-heads-of-state-council', null, 'The Russian President’s address at the SCO summit'],
      [182, 'meeting-tamim-bin-hamad-al-thani', null, 'The beginning of Russia-Qatar talks'],
    ]);
  });

  it('gives the Kremlin’s narration (scene-setting, documents signed) no speaker', () => {
    const narration = corpus.statements.filter((s) => s.speakerId === null);
    expect(narration.map((s) => s.line)).toEqual([2, 3, 4, 5, 8, 68, 69, 70, 71, 72, 73, 74, 75, 77, 110, 111, 112, 113, 114, 160, 180, 181, 182, 205, 228, 247]);
    for (const s of narration) expect(['narration', 'heading'], s.id).toContain(s.kind);
    // The lists of documents signed at the Council meeting.
    expect(atLine(71).text.startsWith('The heads of state also signed a package of other documents.')).toBe(true);
    expect(atLine(75)).toMatchObject({ speakerId: null, kind: 'narration', documentId: 'speech-sco-heads-of-state-council' });
    for (const s of narration) expect(s.retranslated).toBe(false);
  });

  it('separates the narration from the address at "* * *"', () => {
    expect(LINES[75]?.trim()).toBe('* * *');
    expect(corpus.statements.some((s) => s.line === 76 || /^\*/.test(s.text))).toBe(false);
    const before = atLine(75);
    const heading = atLine(77);
    const address = atLine(79);
    expect(before).toMatchObject({ speakerId: null, kind: 'narration' });
    expect(heading.turn).toBeGreaterThan(before.turn);
    expect(address.turn).toBeGreaterThan(heading.turn);
    expect(address).toMatchObject({ speakerId: 'vladimir-putin', kind: 'remark', documentId: 'speech-sco-heads-of-state-council' });
  });

  it('sets cutAfter on the statement before each "<…>", and only there', () => {
    expect(linesMatching(/^<…>$/)).toEqual([157, 177, 202, 225, 244, 267]);
    const cut = corpus.statements.filter((s) => s.cutAfter);
    expect(cut.map((s) => [s.line, s.speakerId])).toEqual([
      [156, 'xi-jinping'],
      [176, 'mohammad-mokhber'],
      [201, 'tamim-bin-hamad-al-thani'],
      [224, 'recep-tayyip-erdogan'],
      [243, 'shehbaz-sharif'],
      [266, 'ilham-aliyev'],
    ]);
    expect(corpus.statements.some((s) => s.text.includes('<…>'))).toBe(false);
  });

  it('marks "(retranslated)" speech: Xi, Mokhber, the Emir and Erdogan, not Sharif or Aliyev', () => {
    const flags = new Map<string, Set<boolean>>();
    for (const s of corpus.statements) {
      if (!s.speakerId) continue;
      flags.set(s.speakerId, (flags.get(s.speakerId) ?? new Set()).add(s.retranslated));
    }
    for (const id of ['xi-jinping', 'mohammad-mokhber', 'tamim-bin-hamad-al-thani', 'recep-tayyip-erdogan']) {
      expect([...(flags.get(id) ?? [])], id).toEqual([true]);
    }
    for (const id of ['shehbaz-sharif', 'ilham-aliyev', 'vladimir-putin', ...JOURNALISTS.map(([j]) => j)]) {
      expect([...(flags.get(id) ?? [])], id).toEqual([false]);
    }
    expect(corpus.statements.filter((s) => s.retranslated)).toHaveLength(7 + 6 + 9 + 8);
    // The marker is not part of any name or text.
    expect(corpus.speakers.some((s) => /retranslated/i.test(s.name))).toBe(false);
    expect(corpus.statements.some((s) => /\(retranslated\)/i.test(s.text))).toBe(false);
  });

  it('splits sentences where the source misses the space after a full stop', () => {
    const cases: Array<[number, string, string]> = [
      [25, 'from the international community.', 'In fact, we should keep in mind that the Taliban controls the country.'],
      [38, 'continue the armed conflict.', 'We must ensure that the opposing side agrees'],
      [83, 'submitted for approval at the summit.', 'Additionally, it emphasises the commitment'],
      [116, 'Mr Tokayev, colleagues.', 'Once again, I would like to extend greetings'],
      [113, 'Striving for Sustainable Peace and Development.', 'The agenda includes international and regional issues'],
      [189, 'arising from the Ukrainian crisis.', 'It is through your mediation'],
      [220, 'continues its contacts with colleagues in Russia.', 'Following their meetings'],
      [231, 'I am very glad to see you.', 'Wemettwo years ago'],
    ];
    for (const [line, endOfOne, startOfNext] of cases) {
      const s = atLine(line);
      const sentences = s.sentences.map(([a, b]) => s.text.slice(a, b));
      const i = sentences.findIndex((t) => t.endsWith(endOfOne));
      expect(i, `line ${line}: a sentence ends with "${endOfOne}"`).toBeGreaterThanOrEqual(0);
      expect(sentences[i + 1]?.startsWith(startOfNext), `line ${line}: next sentence starts "${startOfNext}"`).toBe(true);
    }
  });

  it('keeps sentence boundaries inside the text, ordered and trimmed', () => {
    for (const s of corpus.statements) {
      expect(s.sentences.length, s.id).toBeGreaterThan(0);
      let last = 0;
      for (const [a, b] of s.sentences) {
        expect(a).toBeGreaterThanOrEqual(last);
        expect(b).toBeGreaterThan(a);
        expect(b).toBeLessThanOrEqual(s.text.length);
        const sentence = s.text.slice(a, b);
        expect(sentence).toBe(sentence.trim());
        last = b;
      }
      // Nothing but spaces is left out between sentences.
      const rest = s.sentences.reduceRight((t, [a, b]) => t.slice(0, a) + t.slice(b), s.text);
      expect(rest.trim(), s.id).toBe('');
    }
  });
});

describe('press conference: questions and answers', () => {
  it('marks journalists’ paragraphs as questions and Putin’s replies as answers', () => {
    const press = corpus.statements.filter((s) => s.documentId === 'press-conference');
    for (const s of press) {
      if (s.speakerId === null) expect(s.kind).toBe('narration');
      else if (s.speakerId === 'vladimir-putin') expect(s.kind, `line ${s.line}`).toBe(s.line === 9 ? 'remark' : 'answer');
      else expect(s.kind, `line ${s.line}`).toBe('question');
    }
    // Before the first question Putin opens the conference: that is not an answer.
    expect(atLine(9).answersQuestionId).toBeNull();
    // Nothing outside the press conference answers a question.
    for (const s of corpus.statements.filter((st) => st.documentId !== 'press-conference')) {
      expect(s.answersQuestionId).toBeNull();
      expect(['question', 'answer']).not.toContain(s.kind);
    }
  });

  it('points each answer at the first statement of the question it answers', () => {
    const cases: Array<[answerLine: number, questionLine: number]> = [
      [11, 10],
      [14, 10], // the last paragraph of a multi-paragraph answer
      [16, 15],
      [18, 17], // Gamov's follow-up: answered separately from his first question
      [22, 17],
      [25, 23], // Courter's question spans lines 23–24; the answer points at its first line
      [27, 26],
      [29, 28],
      [31, 28], // "Please, go ahead." closes Putin's answer to Zarubin
      [33, 32],
      [39, 34],
      [42, 40],
      [45, 43],
      [47, 46],
      [49, 48], // Yunashev's follow-up
      [52, 48],
      [55, 53],
      [62, 56],
      [65, 63],
    ];
    for (const [answer, question] of cases) {
      expect(atLine(answer).answersQuestionId, `line ${answer} answers line ${question}`).toBe(atLine(question).id);
    }
    // Every answer points at a question's first paragraph that comes before it.
    const byId = new Map(corpus.statements.map((s) => [s.id, s]));
    for (const s of corpus.statements.filter((st) => st.kind === 'answer')) {
      const q = byId.get(s.answersQuestionId ?? '');
      expect(q, s.id).toBeDefined();
      expect(q).toMatchObject({ kind: 'question', paragraph: 0, documentId: 'press-conference' });
      expect(q?.order).toBeLessThan(s.order);
    }
  });
});

/**
 * Sentence-by-sentence attribution. Each sentence is copied character for character from the file; the test
 * finds the one statement whose `sentences` contain exactly that sentence and checks who said it, where.
 */
const ATTRIBUTION: Array<[sentence: string, documentId: string, speakerId: string | null, kind: StatementKind]> = [
  // overview
  ['The President of Russia took part in the meeting of the SCO Heads of State Council.', 'overview', null, 'narration'],
  [
    'Vladimir Putin held a series of bilateral meetings on the sidelines of the SCO summit: with President of Mongolia Ukhnaagiin Khurelsükh, President of Azerbaijan Ilham Aliyev, Prime Minister of Pakistan Shehbaz Sharif, President of Turkiye Recep Tayyip Erdogan, President of China Xi Jinping, President of Kazakhstan Kassym-Jomart Tokayev, Acting President of Iran Mohammad Mokhber, and Emir of Qatar Tamim bin Hamad Al-Thani.',
    'overview',
    null,
    'narration',
  ],
  ['In conclusion of his visit, Vladimir Putin answered media questions.', 'overview', null, 'narration'],
  // press conference
  ['In conclusion of his working visit to Astana, Vladimir Putin answered questions from representatives of Russian media.', 'press-conference', null, 'narration'],
  ['Go ahead, please.', 'press-conference', 'vladimir-putin', 'remark'],
  ['Are you satisfied with the SCO’s effectiveness in this turbulent global envoronment?', 'press-conference', 'anton-vernitsky', 'question'],
  [
    'As I have said, the GDP grew by 5.4 or 5.3 percent, and the industrial production grew 4.5 percent at the inflation rate of 2.4 percent.',
    'press-conference',
    'vladimir-putin',
    'answer',
  ],
  ['I am Alexander Gamov, Komsomolskaya Pravda.', 'press-conference', 'alexander-gamov', 'question'],
  ['It is not we who say this but the constitution of Ukraine.', 'press-conference', 'vladimir-putin', 'answer'],
  ['Isn’t it time to return to creating the union we dreamed about in 1999?', 'press-conference', 'alexander-gamov', 'question'],
  ['Donald Courter, Russia today.', 'press-conference', 'donald-courter', 'question'],
  ['My question is, should the Taliban join the dialogue on terrorist threats?', 'press-conference', 'donald-courter', 'question'],
  ['In fact, we should keep in mind that the Taliban controls the country.', 'press-conference', 'vladimir-putin', 'answer'],
  ['Is Russia planning to remove the Taliban from the list of banned organisations?', 'press-conference', 'dmitry-laru', 'question'],
  ['Several months ago, I was lucky to ask you: who is better for us, Biden or Trump?', 'press-conference', 'pavel-zarubin', 'question'],
  ['You said: “That ‘bet’ has become questionable.”', 'press-conference', 'vladimir-putin', 'answer'],
  ['There are also some reports that Trump may stop NATO expansion to the East.', 'press-conference', 'aisel-gereikhanova', 'question'],
  ['Or is it also subject to negotiation?', 'press-conference', 'andrei-kolesnikov', 'question'],
  [
    'We must ensure that the opposing side agrees to take steps that would be irreversible and acceptable to the Russian Federation.',
    'press-conference',
    'vladimir-putin',
    'answer',
  ],
  [
    'Several days ago, Vladimir Zelensky said that he considered negotiations with Russia possible through mediators, the way it was with the grain deal.',
    'press-conference',
    'yelena-mukhametshina',
    'question',
  ],
  ['Are we talking about a new weapon?', 'press-conference', 'rossina-bodrova', 'question'],
  [
    'If US-made medium-range and shorter-range missiles appear in some place, we reserve the right to respond tit-for-tat.',
    'press-conference',
    'vladimir-putin',
    'answer',
  ],
  ['What is the most important issue in Russia-Turkiye relations?', 'press-conference', 'alexander-yunashev', 'question'],
  ['It is growing now.', 'press-conference', 'vladimir-putin', 'answer'],
  ['As of today, Belarus is officially a SCO member.', 'press-conference', 'anna-derkach', 'question'],
  [
    'At the moment, in fact, the entire previous system of strategic stability has been cancelled: START-3, the INF Treaty and the CTBT are not in effect.',
    'press-conference',
    'ksenia-chernyayeva',
    'question',
  ],
  ['Will it be new treaties, our written proposals to the West, or something else?', 'press-conference', 'yulia-bubnova', 'question'],
  [
    'We should wait for the elections in the United States to take place and see the future administration’s disposition and preferences.',
    'press-conference',
    'vladimir-putin',
    'answer',
  ],
  // SCO Heads of State Council
  [
    'At the beginning of the meeting, the leaders signed a resolution on granting Belarus the status of an SCO member state.',
    'speech-sco-heads-of-state-council',
    null,
    'narration',
  ],
  ['The Russian President’s address at the SCO summit', 'speech-sco-heads-of-state-council', null, 'heading'],
  [
    'Additionally, it emphasises the commitment of all SCO countries to shaping a fair multipolar world order based on the central role of the UN, international law and the striving of sovereign states for mutually beneficial partnerships.',
    'speech-sco-heads-of-state-council',
    'vladimir-putin',
    'remark',
  ],
  [
    'We firmly believe that the Shanghai Cooperation Organisation and BRICS are the main pillars of this new world order.',
    'speech-sco-heads-of-state-council',
    'vladimir-putin',
    'remark',
  ],
  // SCO Plus
  ['A meeting in the SCO Plus format was held in Astana.', 'speech-sco-plus', null, 'narration'],
  ['Vladimir Putin spoke at an SCO Plus format meeting:', 'speech-sco-plus', null, 'narration'],
  [
    'Once again, I would like to extend greetings to everyone, especially to the guests participating in the meeting under the SCO Plus format.',
    'speech-sco-plus',
    'vladimir-putin',
    'remark',
  ],
  [
    'In this context, we appreciate the sincere and concrete proposals from SCO member countries for the peaceful resolution of the Ukrainian crisis, a result of the reckless and intrusive policies of the United States and its satellites.',
    'speech-sco-plus',
    'vladimir-putin',
    'remark',
  ],
  // Xi Jinping
  ['We will certainly support China’s chairmanship of the SCO in 2024–2025 in every way.', 'meeting-xi-jinping', 'vladimir-putin', 'remark'],
  ['Mr President Putin, my dear friend,', 'meeting-xi-jinping', 'xi-jinping', 'remark'],
  ['Tomorrow’s summit in Astana will become a crucial event for the Shanghai Cooperation Organisation this year.', 'meeting-xi-jinping', 'xi-jinping', 'remark'],
  // Mokhber
  [
    'Vladimir Putin meets with Acting Head of the Executive Branch of the Islamic Republic of Iran Mohammad Mokhber on the sidelines of the Shanghai Cooperation Organisation summit.',
    'meeting-mohammad-mokhber',
    null,
    'narration',
  ],
  ['The number of Russian tourists to Iran has increased by a quarter.', 'meeting-mohammad-mokhber', 'vladimir-putin', 'remark'],
  [
    'According to the spiritual leader, our relations with Russia are so deep and enduring that no changes in the government can harm them.',
    'meeting-mohammad-mokhber',
    'mohammad-mokhber',
    'remark',
  ],
  // The Emir of Qatar
  [
    'Foreign Minister Sergei Lavrov and Presidential Aide Yury Ushakov attended the meeting from the Russian side.',
    'meeting-tamim-bin-hamad-al-thani',
    null,
    'narration',
  ],
  ['The beginning of Russia-Qatar talks', 'meeting-tamim-bin-hamad-al-thani', null, 'heading'],
  [
    'It is through your mediation that we have been able to reunite children with their families on both the Russian and Ukrainian sides.',
    'meeting-tamim-bin-hamad-al-thani',
    'vladimir-putin',
    'remark',
  ],
  [
    'Qatar’s investments in the Russian economy and projects in Russia currently amount to approximately $13 billion, and we are committed to increasing this figure.',
    'meeting-tamim-bin-hamad-al-thani',
    'tamim-bin-hamad-al-thani',
    'remark',
  ],
  ['It is imperative to establish a Palestinian state based on the 1967 borders.', 'meeting-tamim-bin-hamad-al-thani', 'tamim-bin-hamad-al-thani', 'remark'],
  // Erdogan
  ['Vladimir Putin met with President of the Republic of Turkiye Recep Tayyip Erdogan in Astana.', 'meeting-recep-tayyip-erdogan', null, 'narration'],
  [
    'The last few months saw a slight decline in trade, but it still remains relatively high: US$55 billion, if we count in US dollars.',
    'meeting-recep-tayyip-erdogan',
    'vladimir-putin',
    'remark',
  ],
  ['Mr President.', 'meeting-recep-tayyip-erdogan', 'recep-tayyip-erdogan', 'remark'],
  [
    'Following their meetings, I want to note that the companies Botas and Gazprom continue their contacts based on sincere grounds.',
    'meeting-recep-tayyip-erdogan',
    'recep-tayyip-erdogan',
    'remark',
  ],
  // Sharif
  [
    'Vladimir Putin had a meeting with Prime Minister of the Islamic Republic of Pakistan Shehbaz Sharif on the sidelines of the Shanghai Cooperation Organisation summit.',
    'meeting-shehbaz-sharif',
    null,
    'narration',
  ],
  [
    'Wemettwo years ago, also on the sidelines of the Shanghai Cooperation Organisation summit in Samarkand, where we had the opportunity to discuss bilateral relations and our cooperation on the international stage.',
    'meeting-shehbaz-sharif',
    'vladimir-putin',
    'remark',
  ],
  ['We can certainly enhance our trade, which is at the moment approaching US$1 billion.', 'meeting-shehbaz-sharif', 'shehbaz-sharif', 'remark'],
  [
    'If you remember, I mentioned it to you last time: during the 1950s, 1960s and 1970s, we had bilateral trade under barter.',
    'meeting-shehbaz-sharif',
    'shehbaz-sharif',
    'remark',
  ],
  // Aliyev
  ['Vladimir Putin met with President of the Republic of Azerbaijan Ilham Aliyev.', 'meeting-ilham-aliyev', null, 'narration'],
  [
    'Our trade volume exceeds US$4 billion, and Russian direct investments in Azerbaijan’s economy amount to US$4.3–4.5 billion.',
    'meeting-ilham-aliyev',
    'vladimir-putin',
    'remark',
  ],
  ['We discussed the North-South project at our previous meeting in Moscow.', 'meeting-ilham-aliyev', 'ilham-aliyev', 'remark'],
  [
    'As you noted, in 2022 we signed the Allied Declaration, which is being successfully implemented; all the provisions of that declaration are reflected in real life.',
    'meeting-ilham-aliyev',
    'ilham-aliyev',
    'remark',
  ],
];

describe('attribution, sentence by sentence', () => {
  it('samples at least 40 sentences covering every document, every speaker and the narration', () => {
    expect(ATTRIBUTION.length).toBeGreaterThanOrEqual(40);
    expect(new Set(ATTRIBUTION.map(([, doc]) => doc))).toEqual(new Set(corpus.documents.map((d) => d.id)));
    expect(new Set(ATTRIBUTION.map(([, , speaker]) => speaker))).toEqual(new Set([null, ...corpus.speakers.map((s) => s.id)]));
  });

  it.each(ATTRIBUTION)('%s', (sentence, documentId, speakerId, kind) => {
    // The sample is copied from the file, not made up.
    expect(TEXT.includes(sentence)).toBe(true);
    const found = corpus.statements.filter((s) => s.sentences.some(([a, b]) => s.text.slice(a, b) === sentence));
    expect(found, 'exactly one statement has this sentence').toHaveLength(1);
    expect(found[0]).toMatchObject({ documentId, speakerId, kind });
  });
});

describe('stability', () => {
  it('compiles to the same JSON twice', () => {
    expect(JSON.stringify(compileCorpus(TEXT, { sourceFile: 'corpus/sco-astana-2024.txt' }))).toBe(JSON.stringify(corpus));
  });

  it('gives every statement a unique id', () => {
    const ids = corpus.statements.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    // Ids are scoped by document: "<document id>-<hash>".
    for (const s of corpus.statements) expect(s.id.startsWith(`${s.documentId}-`), s.id).toBe(true);
    // The only repeated paragraph ("Mr Prime Minister," twice in one turn) still gets two ids.
    expect(atLine(230).id).not.toBe(atLine(235).id);
  });

  it('keeps statement ids when unrelated paragraphs are inserted elsewhere', () => {
    const lines = [...LINES];
    // Insert from the bottom up so the line numbers above stay valid.
    lines.splice(214, 0, 'We also discussed the weather, which was pleasant.'); // a new paragraph in Putin's turn (Erdogan meeting)
    lines.splice(49, 0, 'This is a new paragraph inserted into an answer.'); // inside Putin's answer to Yunashev
    lines.splice(4, 0, 'The weather in the capital was warm and dry.'); // a new narration paragraph in the overview
    const modified = compileCorpus(lines.join('\n'));
    expect(modified.statements).toHaveLength(corpus.statements.length + 3);
    const byId = new Map(modified.statements.map((s) => [s.id, s]));
    for (const s of corpus.statements) {
      const after = byId.get(s.id);
      expect(after, `${s.id} survives`).toBeDefined();
      expect(after).toMatchObject({ text: s.text, speakerId: s.speakerId, documentId: s.documentId, kind: s.kind, answersQuestionId: s.answersQuestionId });
    }
    const added = modified.statements.filter((s) => !corpus.statements.some((o) => o.id === s.id));
    expect(added.map((s) => [s.documentId, s.speakerId, s.kind])).toEqual([
      ['overview', null, 'narration'],
      ['press-conference', 'vladimir-putin', 'answer'],
      ['meeting-recep-tayyip-erdogan', 'vladimir-putin', 'remark'],
    ]);
    expect(modified.documents.map((d) => d.id)).toEqual(corpus.documents.map((d) => d.id));
    expect(new Set(modified.statements.map((s) => s.id)).size).toBe(modified.statements.length);
  });

  it('changes the version when the text changes, and only then', () => {
    expect(compileCorpus(TEXT).version).toBe(corpus.version);
    const typoFixed = TEXT.replace('turbulent global envoronment', 'turbulent global environment');
    expect(typoFixed).not.toBe(TEXT);
    expect(compileCorpus(typoFixed).version).not.toBe(corpus.version);
    const inserted = TEXT.replace('Please go ahead.\n', 'Please go ahead.\nThank you.\n');
    expect(compileCorpus(inserted).version).not.toBe(corpus.version);
  });

  it('is a content hash: the compiler version, a hash of the text and a hash of the compiled data', () => {
    expect(corpus.version).toMatch(new RegExp(`^${COMPILER_VERSION}-${shortHash(TEXT)}-[0-9a-z]{7}$`));
    // Same text, different gazetteer: the compiled data differs, so does the version.
    const noEntities = compileCorpus(TEXT, { entities: [] });
    expect(noEntities.version.startsWith(`${COMPILER_VERSION}-${shortHash(TEXT)}-`)).toBe(true);
    expect(noEntities.version).not.toBe(corpus.version);
  });
});

describe('readLabel on the real parser', () => {
  const LABELS: Array<[line: string, label: string, retranslated: boolean, rest: string]> = [
    ['Vladimir Putin: Good afternoon. Go ahead, please.', 'Vladimir Putin', false, 'Good afternoon. Go ahead, please.'],
    ['President of Russia Vladimir Putin: Good afternoon.', 'President of Russia Vladimir Putin', false, 'Good afternoon.'],
    ['President of Russia Vladimir Putin:', 'President of Russia Vladimir Putin', false, ''],
    ['Donald Courter: Donald Courter, Russia today.', 'Donald Courter', false, 'Donald Courter, Russia today.'],
    ['Aisel Gereikhanova: Rossiyskaya Gazeta, Aisel Gereikhanova.', 'Aisel Gereikhanova', false, 'Rossiyskaya Gazeta, Aisel Gereikhanova.'],
    ['Yelena Mukhametshina: Vedomosti newspaper.', 'Yelena Mukhametshina', false, 'Vedomosti newspaper.'],
    ['President of China Xi Jinping (retranslated):', 'President of China Xi Jinping', true, ''],
    ['Emir of Qatar Tamim bin Hamad bin Khalifa Al Thani (retranslated):', 'Emir of Qatar Tamim bin Hamad bin Khalifa Al Thani', true, ''],
    [
      'Acting Head of the Executive Branch of the Islamic Republic of Iran Mohammad Mokhber (retranslated):',
      'Acting Head of the Executive Branch of the Islamic Republic of Iran Mohammad Mokhber',
      true,
      '',
    ],
    ['President of Turkiye Recep Tayyip Erdogan (retranslated):', 'President of Turkiye Recep Tayyip Erdogan', true, ''],
    ['President of Türkiye Recep Tayyip Erdoğan (interpreted): Thank you.', 'President of Türkiye Recep Tayyip Erdoğan', true, 'Thank you.'],
    ['Prime Minister of Pakistan Shehbaz Sharif:', 'Prime Minister of Pakistan Shehbaz Sharif', false, ''],
    ['President of Azerbaijan Ilham Aliyev:', 'President of Azerbaijan Ilham Aliyev', false, ''],
  ];

  it.each(LABELS)('label: %s', (line, label, retranslated, rest) => {
    expect(readLabel(line)).toEqual({ label: { label, retranslated }, rest });
  });

  const NOT_LABELS = [
    'Vladimir Putin spoke at an SCO Plus format meeting:',
    'Vladimir Putin held a series of bilateral meetings on the sidelines of the SCO summit: with President of Mongolia Ukhnaagiin Khurelsükh.',
    'Russian President: Meeting with President of Turkiye Recep Tayyip Erdogan',
    'Russian President: Meeting with Acting Head of the Executive Branch of the Islamic Republic of Iran Mohammad Mokhber',
    'SCO Summit in Astana: Answers to Russian media questions',
    'Source – The Kremlin: VISIT WEBSITE',
    'Source – The Kremlin – VISIT WEBSITE',
    'You said: “That ‘bet’ has become questionable.” Nothing has become questionable.',
    'Second, it is a platform to agree positions among the member countries: China, Russia, India and Pakistan.',
    'Mutual tourist flow is growing: last year, over 1.2 million trips were taken.',
    'I would like to particularly emphasise two key areas: cooperation in the energy and agro-industrial sectors.',
    'Mr President, dear friend,',
    'The Russian President’s address at the SCO summit',
    'Moscow, 5 July 2024',
    '* * *',
    '<…>',
  ];

  it.each(NOT_LABELS)('not a label: %s', (line) => {
    expect(readLabel(line)).toBeNull();
  });
});
