/**
 * Transcript → documents, speaker turns and paragraphs. Pure; runs at build time.
 *
 * The Kremlin's text is a flat list of lines. Its traps, each handled below and pinned by tests:
 * - a document ends with a "Source – The Kremlin …" line (dash, colon or nothing between the parts);
 *   the line after it is the next document's title; the first document has no title (an overview);
 * - speaker labels come inline ("Vladimir Putin: Good afternoon.") or alone on a line
 *   ("President of Russia Vladimir Putin:") followed by several paragraphs; "(retranslated)" marks speech
 *   given through an interpreter;
 * - narration lines may end with a colon without being labels ("Vladimir Putin spoke at an SCO Plus format meeting:"),
 *   and titles contain colons ("Russian President: Meeting with …");
 * - subheadings (short lines without final punctuation) and "* * *" separate parts of a document;
 * - "<…>" marks a cut in the transcript.
 */

export interface RawLabel {
  /** The label as printed, without "(retranslated)" and the colon. */
  label: string;
  retranslated: boolean;
}

export interface RawParagraph {
  text: string;
  line: number;
  heading: boolean;
  cutAfter: boolean;
}

export interface RawTurn {
  /** null for the Kremlin's narration. */
  speaker: RawLabel | null;
  paragraphs: RawParagraph[];
}

export interface RawDocument {
  title: string | null;
  titleLine: number | null;
  sourceLine: string | null;
  turns: RawTurn[];
}

export interface RawTranscript {
  dateline: string;
  documents: RawDocument[];
}

const SOURCE_LINE = /^Source\s*[–—-]\s*The Kremlin\b/i;
const SECTION_BREAK = /^\*(\s*\*)+$/;
const CUT = /^<\s*(…|\.\.\.)\s*>$/;
const DATELINE = /^[A-Z][a-z]+, \d{1,2} [A-Z][a-z]+ \d{4}$/;

/** Lower-case words a person's name or role may contain: "President of the Republic", "Tamim bin Hamad". */
const NAME_PARTICLES = new Set(['of', 'the', 'bin', 'ibn', 'al', 'el', 'de', 'da', 'van', 'von', 'and']);
/** A label names a person, so it cannot end in a bare role noun ("Russian President: Meeting with …" is a title). */
const ROLE_NOUNS = new Set(['president', 'minister', 'emir', 'head', 'chairman', 'secretary', 'leader', 'spokesman', 'king', 'premier']);

/**
 * Reads a speaker label at the start of a line, or returns null.
 * A label is at most 16 words of capitalised name/role words and name particles, ending in a name,
 * optionally followed by "(retranslated)", then a colon.
 */
export function readLabel(line: string): { label: RawLabel; rest: string } | null {
  const m = /^([^:()]{2,160}?)\s*(\((retranslated|interpreted)\))?\s*:\s*(.*)$/.exec(line);
  if (!m) return null;
  const label = (m[1] ?? '').trim();
  const words = label.split(/\s+/);
  if (words.length > 16) return null;
  for (const w of words) {
    if (NAME_PARTICLES.has(w)) continue;
    if (!/^\p{Lu}[\p{L}’'.-]*$/u.test(w)) return null;
  }
  const last = words[words.length - 1] ?? '';
  if (NAME_PARTICLES.has(last) || ROLE_NOUNS.has(last.toLowerCase())) return null;
  if (/^source$/i.test(words[0] ?? '')) return null;
  return { label: { label, retranslated: Boolean(m[2]) }, rest: (m[4] ?? '').trim() };
}

/** A subheading: a short line with no final punctuation, seen where no one is speaking. */
function looksLikeHeading(line: string): boolean {
  return line.length <= 120 && !/[.!?:,;…”"’)]$/.test(line);
}

export function parseTranscript(text: string): RawTranscript {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const documents: RawDocument[] = [];
  let dateline = '';
  let doc: RawDocument = { title: null, titleLine: null, sourceLine: null, turns: [] };
  let turn: RawTurn | null = null;
  let expectTitle = false;

  const closeDocument = () => {
    if (doc.turns.length > 0 || doc.title) documents.push(doc);
    doc = { title: null, titleLine: null, sourceLine: null, turns: [] };
    turn = null;
  };
  const narration = (): RawTurn => {
    if (!turn || turn.speaker) {
      turn = { speaker: null, paragraphs: [] };
      doc.turns.push(turn);
    }
    return turn;
  };
  const lastParagraph = (): RawParagraph | undefined => {
    const turns = doc.turns;
    for (let i = turns.length - 1; i >= 0; i--) {
      const ps = turns[i]?.paragraphs ?? [];
      if (ps.length) return ps[ps.length - 1];
    }
    return undefined;
  };

  lines.forEach((rawLine, index) => {
    const lineNo = index + 1;
    const line = rawLine.replace(/\s+/g, ' ').trim();
    if (!line) return;
    if (!dateline && documents.length === 0 && doc.turns.length === 0 && DATELINE.test(line)) {
      dateline = line;
      return;
    }
    if (SOURCE_LINE.test(line)) {
      doc.sourceLine = line;
      closeDocument();
      expectTitle = true;
      return;
    }
    if (expectTitle) {
      expectTitle = false;
      doc.title = line;
      doc.titleLine = lineNo;
      return;
    }
    if (SECTION_BREAK.test(line)) {
      turn = null;
      return;
    }
    if (CUT.test(line)) {
      const p = lastParagraph();
      if (p) p.cutAfter = true;
      turn = null;
      return;
    }
    const labelled = readLabel(line);
    if (labelled) {
      turn = { speaker: labelled.label, paragraphs: [] };
      doc.turns.push(turn);
      if (labelled.rest) turn.paragraphs.push({ text: labelled.rest, line: lineNo, heading: false, cutAfter: false });
      return;
    }
    const current: RawTurn | null = turn;
    if (current && current.speaker) {
      current.paragraphs.push({ text: line, line: lineNo, heading: false, cutAfter: false });
      return;
    }
    narration().paragraphs.push({ text: line, line: lineNo, heading: looksLikeHeading(line), cutAfter: false });
  });
  closeDocument();
  return { dateline, documents };
}
