/**
 * `verbatim check <file.html|file.txt|-> [--json]`: every quotation in an article, checked against the corpus.
 */
import { readFileSync, statSync } from 'node:fs';
import { ArticleChecker, htmlToBlocks, type ArticleBlock, type ArticleCheck } from '../../utils/matching';
import { corpus, synonyms, UsageError, type Command } from './compiled';

/** Larger inputs are refused: no news article comes near it, and the check would take minutes. */
export const MAX_INPUT_BYTES = 20 * 1024 * 1024;

function readInput(path: string): string {
  if (path !== '-') {
    let size: number;
    try {
      size = statSync(path).size;
    } catch {
      throw new UsageError(`cannot read "${path}": no such file`);
    }
    if (size > MAX_INPUT_BYTES) throw new UsageError(`"${path}" is ${(size / 1048576).toFixed(1)} MB; the limit is ${MAX_INPUT_BYTES / 1048576} MB`);
  }
  const buffer = readFileSync(path === '-' ? 0 : path);
  if (buffer.length > MAX_INPUT_BYTES) throw new UsageError(`the input is larger than ${MAX_INPUT_BYTES / 1048576} MB`);
  if (buffer.includes(0)) throw new UsageError(`"${path}" is not HTML or text (it contains binary data)`);
  const text = new TextDecoder('utf-8', { fatal: false }).decode(buffer).replace(/^\uFEFF/, '');
  if (!text.trim()) throw new UsageError(`"${path}" is empty`);
  return text;
}

export function toBlocks(text: string): ArticleBlock[] {
  const looksLikeHtml = /<(html|body|p|div|article|span|h[1-6]|blockquote)[\s>]/i.test(text);
  if (looksLikeHtml) return htmlToBlocks(text);
  return text
    .split(/\n\s*\n|\r\n\s*\r\n/)
    .map((t) => t.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .map((t) => ({ text: t, kind: 'paragraph' as const }));
}

export function toJson(result: ArticleCheck) {
  return {
    quotes: result.quotes.map((q) => ({
      text: q.text,
      attributedTo: q.attributedTo,
      verdict: q.verdict,
      misattributed: q.misattributed,
      score: q.score,
      match: q.match
        ? { statementIds: q.match.statementIds, speaker: q.match.speaker, document: q.match.document, original: q.match.original }
        : null,
      diff: q.diff,
      changes: q.changes,
      misattribution: q.misattribution,
      explanation: q.explanation,
    })),
    mentions: result.mentions,
  };
}

const LABEL: Record<string, string> = {
  verbatim: 'VERBATIM',
  close: 'CLOSE',
  altered: 'ALTERED',
  translation: 'TRANSLATION',
  partial: 'PARTIAL',
  not_found: 'NOT FOUND',
  scare: 'NOT CHECKED',
};

export const checkCommand: Command = (args) => {
  const json = args.includes('--json');
  const files = args.filter((a) => a !== '--json');
  if (files.length !== 1) throw new UsageError('check takes one file (or - for standard input)');
  const blocks = toBlocks(readInput(files[0] as string));
  const result = new ArticleChecker(corpus, synonyms).checkArticle(blocks);
  if (json) {
    process.stdout.write(`${JSON.stringify(toJson(result), null, 2)}\n`);
    return 0;
  }
  const lines: string[] = [];
  lines.push(`${result.quotes.length} quotation(s) found; ${result.quotes.filter((q) => q.verdict !== 'scare').length} checked against ${corpus.source.publisher} transcripts (${corpus.source.dateline}).`, '');
  result.quotes.forEach((q, i) => {
    lines.push(`${i + 1}. ${LABEL[q.verdict] ?? q.verdict}${q.misattributed ? ' · MISATTRIBUTED' : ''}  “${q.text}”`);
    lines.push(`   credited to: ${q.attributedTo ?? '(nobody named)'}`);
    lines.push(`   ${q.explanation}`);
    if (q.match) {
      lines.push(`   original (${q.match.speaker}, ${q.match.document}): “${q.match.original}”`);
      lines.push(`   statement: ${q.match.statementIds.join(', ')}`);
    }
    if (q.changes.length) lines.push(`   meaning-bearing changes: ${q.changes.join('; ')}`);
    if (q.diff.some((d) => d.op !== 'equal')) {
      lines.push(`   diff: ${q.diff.map((d) => (d.op === 'equal' ? d.text : d.op === 'removed' ? `[-${d.text}-]` : `{+${d.text}+}`)).join(' ')}`);
    }
    lines.push('');
  });
  if (result.mentions.length) {
    lines.push(`Mentions: ${result.mentions.map((m) => `${m.name} (${m.count})`).join(', ')}`);
  }
  console.log(lines.join('\n'));
  return 0;
};
