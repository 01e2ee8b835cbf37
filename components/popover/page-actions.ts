/**
 * What the popover's buttons do. One implementation talks to the background through the message protocol;
 * the same components run in the page (content script) and on extension pages (the report).
 */
import { citationText, type CitationSource } from '@/utils/citation';
import { send } from '@/utils/messaging/client';
import type { MentionDetails, StatementContext } from '@/utils/messaging/page-messages';

export interface PageActions {
  /** Saves a statement (or a span of it) to the collection; resolves to a message for the user. */
  save(statementId: string, span?: [number, number] | null): Promise<string>;
  copyCitation(citation: CitationSource): Promise<string>;
  openReader(statementId: string): Promise<void>;
  openReport?(): Promise<void>;
  statementContext(statementId: string): Promise<StatementContext>;
  mentionDetails(termId: string): Promise<MentionDetails>;
}

export function messageActions(copyText: (text: string) => Promise<void>, withReport: boolean): PageActions {
  return {
    async save(statementId, span) {
      await send('collection:save', { statementId, span: span ?? null });
      return 'Saved to your collection.';
    },
    async copyCitation(citation) {
      await copyText(citationText(citation));
      return 'Citation copied.';
    },
    openReader: (statementId) => send('page:open-reader', { statementId }),
    openReport: withReport ? () => send('page:open-report') : undefined,
    statementContext: (statementId) => send('statement:context', { statementId }),
    mentionDetails: (termId) => {
      const [kind, id = ''] = termId.split(':', 2) as [string, string | undefined];
      return kind === 'topic' ? send('topic:details', { topicId: id }) : send('entity:details', { entityId: id });
    },
  };
}

/** Turns a failure into words for the status line (the messaging layer already words its errors for users). */
export function failure(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
