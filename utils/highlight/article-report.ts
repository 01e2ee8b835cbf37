/**
 * The article report's exports: Markdown for a fact-check write-up, JSON for scripts. Pure.
 */
import { formatCitation } from '../citation';
import type { TabResults } from '../messaging/page-messages';
import { VERDICT_WORDS } from './verdict-words';

/** Markdown: one section per quote with its verdict, the changes, the original and a citation. */
export function reportMarkdown(results: TabResults): string {
  const lines: string[] = [];
  lines.push(`# Quote check: ${results.title || results.url}`);
  lines.push('');
  lines.push(`Article: <${results.url}>  `);
  lines.push(`Checked: ${new Date(results.checkedAt).toISOString()} against the Kremlin's English transcript of the SCO summit in Astana (July 2024).`);
  if (results.problem) {
    lines.push('');
    lines.push(`**Incomplete:** Verbatim hit a problem on this page: ${results.problem.replace(/\n+/g, ' ')}`);
  }
  const checked = results.quotes.filter((q) => q.verdict !== 'scare');
  lines.push('');
  lines.push(`${checked.length} quote${checked.length === 1 ? '' : 's'} checked.`);
  checked.forEach((q, i) => {
    lines.push('');
    lines.push(`## ${i + 1}. ${VERDICT_WORDS[q.verdict].label}${q.misattributed ? ' — misattributed' : ''}`);
    lines.push('');
    lines.push(`> ${q.text.replace(/\n+/g, ' ')}`);
    lines.push('');
    if (q.attributedTo) lines.push(`Credited to: ${q.attributedTo}  `);
    lines.push(`Verdict: ${VERDICT_WORDS[q.verdict].label}. ${q.explanation}  `);
    if (q.misattribution) lines.push(`Attribution: ${q.misattribution}  `);
    if (q.changes.length) lines.push(`Changes: ${q.changes.join('; ')}  `);
    if (q.match) {
      const diff = q.diff.map((d) => (d.op === 'equal' ? d.text : d.op === 'removed' ? `~~${d.text}~~` : `**${d.text}**`)).join(' ');
      if (q.verdict !== 'verbatim' && diff) lines.push(`Difference (~~transcript~~ **article**): ${diff}  `);
      lines.push('');
      lines.push('Original:');
      lines.push('');
      if (q.citation) lines.push(formatCitation(q.citation, 'markdown'));
      else lines.push(`> ${q.match.original}`);
    }
  });
  lines.push('');
  return lines.join('\n');
}

/** JSON: the results as the background stored them, with a format tag for scripts. */
export function reportJson(results: TabResults): string {
  return JSON.stringify({ format: 'verbatim-article-report', version: 1, ...results }, null, 2);
}

/** A file name for the exports: the article's host and date. */
export function reportFileName(results: TabResults, extension: 'md' | 'json'): string {
  let host = 'article';
  try {
    host = new URL(results.url).hostname.replace(/[^a-z0-9.-]/gi, '') || host;
  } catch {
    // not a URL: keep the default
  }
  const day = new Date(results.checkedAt).toISOString().slice(0, 10);
  return `verbatim-report-${host}-${day}.${extension}`;
}
