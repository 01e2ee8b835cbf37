/**
 * The compiled corpus: what the build makes of the Kremlin transcript.
 * Pure data; shared by the extension, the CLI and the tests.
 */

export type DocumentKind = 'overview' | 'press-conference' | 'speech' | 'bilateral-meeting';

export interface CorpusDocument {
  /** Stable, human-readable id (slug), e.g. `press-conference`, `meeting-xi-jinping`. */
  id: string;
  title: string;
  kind: DocumentKind;
  place: string;
  /** ISO date the text supports (the file's dateline). */
  date: string;
  /** The dateline as printed: "Moscow, 5 July 2024". */
  dateline: string;
  source: { name: string; url: string | null };
  /** Speaker ids of those who speak in the document, in order of first appearance. */
  participants: string[];
  /** Position of the document in the transcript file (0-based). */
  order: number;
}

export type SpeakerKind = 'leader' | 'journalist';

export interface Speaker {
  /** Slug of the full name, e.g. `vladimir-putin`, `anton-vernitsky`. */
  id: string;
  name: string;
  kind: SpeakerKind;
  /** E.g. "President of Turkiye"; null for journalists. */
  role: string | null;
  /** Country the speaker represents (leaders), or null. */
  country: string | null;
  /** For journalists: the outlet they introduce themselves with ("Channel One"). */
  outlet: string | null;
  /** Every way the press names this person (surname, role phrases, spelling variants). */
  aliases: string[];
}

export type StatementKind = 'narration' | 'heading' | 'remark' | 'question' | 'answer';

export interface Statement {
  /** Stable id: document id + hash of speaker and text (+ occurrence); survives rebuilds and unrelated corpus edits. */
  id: string;
  documentId: string;
  /** null for the Kremlin's narration (headings, scene-setting, lists of documents). */
  speakerId: string | null;
  kind: StatementKind;
  text: string;
  /** Sentence boundaries as [start, end) offsets into `text`. */
  sentences: Array<[number, number]>;
  /** Index of the speaker turn within the whole corpus (narration blocks count as turns too). */
  turn: number;
  /** Paragraph index within its turn. */
  paragraph: number;
  /** Global order of the statement in the transcript. */
  order: number;
  /** The speech was given through an interpreter ("(retranslated)" in the label). */
  retranslated: boolean;
  /** The transcript cuts text right after this statement (`<…>`). */
  cutAfter: boolean;
  /** For press-conference answers: id of the first statement of the question being answered. */
  answersQuestionId: string | null;
  /** 1-based line number in the source file, for provenance. */
  line: number;
}

export type EntityType = 'person' | 'country' | 'organisation' | 'agreement' | 'project' | 'place';

export interface Entity {
  id: string;
  name: string;
  type: EntityType;
  /** Every spelling the press uses; matched case- and diacritics-insensitively on word boundaries. */
  aliases: string[];
  /** One line on who or what this is, shown in popovers. */
  description: string;
  /** For people who speak in the corpus. */
  speakerId: string | null;
  /** Statements that mention the entity. */
  mentionedIn: string[];
  /** Statements made by the entity (speakers only). */
  statementsBy: string[];
  /** The pronoun the press uses for a person, where the gazetteer knows it: a "he" is never a "she" named before it. */
  pronoun?: 'he' | 'she';
}

export interface Topic {
  id: string;
  name: string;
  /** Words and phrases that signal the topic (lower case, matched on word boundaries). */
  terms: string[];
  statementIds: string[];
}

export interface Corpus {
  /** Content hash of the source text and the compiler version. */
  version: string;
  source: { file: string; publisher: string; dateline: string };
  documents: CorpusDocument[];
  speakers: Speaker[];
  statements: Statement[];
  entities: Entity[];
  topics: Topic[];
  /**
   * Words the transcript runs together ("Wemettwo" → we, met, two), found with a dictionary at build time: the quote
   * engine reads them as their words (see utils/corpus/run-together.ts). Empty when compiled without a dictionary.
   */
  runTogether: Record<string, string[]>;
}

/** Gazetteer entry before compilation (mentions are found by the compiler). */
export interface EntitySeed {
  id: string;
  name: string;
  type: EntityType;
  aliases: string[];
  description: string;
  pronoun?: 'he' | 'she';
}

/** Topic definition before compilation. */
export interface TopicSeed {
  id: string;
  name: string;
  terms: string[];
}
