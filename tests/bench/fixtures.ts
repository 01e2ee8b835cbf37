/**
 * The benchmark's pages, made at bench time from the real fixture articles (tests/fixtures/articles/*.html)
 * and served from memory: nothing of their megabytes is committed.
 *
 * Each page is the fixture articles' <body> content (scripts and styles removed), in file-name order, repeated
 * until the page holds at least the target amount of text, so the text reads like news and mentions the
 * corpus's people and topics at the same density as the fixtures. Deterministic: same fixtures, same pages.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const ARTICLES = join(import.meta.dirname, '..', 'fixtures', 'articles');

export interface BenchPage {
  name: '10k' | '100k' | '2mb';
  path: string;
  html: string;
  /** Characters of text (tags removed), roughly what `document.body.textContent` holds. */
  textChars: number;
}

export const PAGE_SIZES = [
  { name: '10k', chars: 10_000 },
  { name: '100k', chars: 100_000 },
  { name: '2mb', chars: 2_000_000 },
] as const;

function bodies(): Array<{ html: string; text: number }> {
  return readdirSync(ARTICLES)
    .filter((f) => f.endsWith('.html'))
    .sort()
    .map((f) => {
      const html = readFileSync(join(ARTICLES, f), 'utf8')
        .replace(/^[\s\S]*?<body[^>]*>/i, '')
        .replace(/<\/body>[\s\S]*$/i, '')
        .replace(/<script[\s\S]*?<\/script>/gi, '')
        .replace(/<style[\s\S]*?<\/style>/gi, '');
      return { html, text: html.replace(/<[^>]+>/g, '').length };
    });
}

function page(title: string, content: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>
<style>body{font:16px/1.5 Georgia,serif;max-width:760px;margin:0 auto;padding:0 12px}</style></head>
<body>${content}</body></html>`;
}

export function makePages(): BenchPage[] {
  const parts = bodies();
  return PAGE_SIZES.map(({ name, chars }) => {
    const out: string[] = [];
    let text = 0;
    for (let i = 0; text < chars; i++) {
      const part = parts[i % parts.length]!;
      out.push(`<div class="story" data-copy="${Math.floor(i / parts.length)}">${part.html}</div>`);
      text += part.text;
    }
    return { name, path: `/bench-${name}.html`, html: page(`Verbatim bench page, ${name}`, out.join('\n')), textChars: text };
  });
}

/**
 * A page with nothing to highlight: an article-shaped page (so article detection says yes and the content
 * script does its whole start-up) whose text names no corpus person, place or topic.
 */
export function quietPage(): { path: string; html: string } {
  const para =
    'The gardeners of the old town met on a bright morning to compare their tomatoes, beans and marrows. ' +
    'Rain had come late this year, and most of them agreed that the soil needed more compost before autumn. ';
  const paragraphs = Array.from({ length: 24 }, (_, i) => `<p>${para}Note ${i + 1}: the committee will report again next week.</p>`).join('\n');
  return {
    path: '/bench-quiet.html',
    html: page('Gardeners compare their harvest', `<article><h1>Gardeners compare their harvest</h1><p class="byline">By A. Writer, 3 July 2024</p>${paragraphs}</article>`),
  };
}
