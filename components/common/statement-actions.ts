/**
 * What the Save / Copy citation / Open in context buttons do on extension pages (popup, reader). Each action
 * resolves to a short message for the status line, or rejects with one meant for the user.
 */
import { browser } from 'wxt/browser';
import type { CorpusView } from '@/utils/corpus/corpus-view';
import { citationSourceFor, formatCitation, readerLink, type CitationFormat } from '@/utils/citation';
import { send } from '@/utils/messaging/client';
import { copyText } from './copy-text';

export interface StatementActions {
  save(statementId: string): Promise<string>;
  copyCitation(statementId: string, format: CitationFormat): Promise<string>;
  /** Opens the statement in the reader, in a new tab. */
  open(statementId: string): Promise<string>;
  /** The statement's deep link (`reader.html#<id>`). */
  link(statementId: string): string;
}

/**
 * The URL of one of Verbatim's pages. Typed loosely on purpose: WXT types `getURL` with the pages that exist
 * when types were generated, and the collection and report pages are built by other areas in parallel.
 */
export function extensionPage(name: string): string {
  return (browser.runtime.getURL as (path: string) => string)(`/${name}`);
}

export function readerUrl(): string {
  return extensionPage('reader.html');
}

export function statementActions(view: CorpusView): StatementActions {
  const reader = readerUrl();
  return {
    async save(statementId) {
      await send('collection:save', { statementId });
      return 'Saved to your collection.';
    },
    async copyCitation(statementId, format) {
      const source = citationSourceFor(view, statementId, { readerUrl: reader });
      if (!source) throw new Error('This statement is no longer in the transcripts.');
      await copyText(formatCitation(source, format));
      return format === 'markdown' ? 'Citation copied as Markdown.' : 'Citation copied.';
    },
    async open(statementId) {
      await browser.tabs.create({ url: readerLink(reader, statementId) });
      return 'Opened in the reader.';
    },
    link: (statementId) => readerLink(reader, statementId),
  };
}

export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
