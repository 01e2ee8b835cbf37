import type { CoreMessages } from '@/utils/messaging/core-messages';
import { corpus, databaseStatus } from './database';

type Handlers<M extends Record<string, { req: unknown; res: unknown }>> = { [K in keyof M]: (payload: M[K]['req'], sender: import('@/utils/messaging').SenderInfo) => Promise<M[K]['res']> | M[K]['res'] };

export const coreHandlers: Handlers<CoreMessages> = {
  'corpus:status': async () => {
    const counts = {
      documents: corpus.documents.length,
      speakers: corpus.speakers.length,
      statements: corpus.statements.length,
      entities: corpus.entities.length,
      topics: corpus.topics.length,
    };
    // Never throws: a database that is blocked, full or unreadable answers with zero counts and the problem text.
    const { stored, seed, problem } = await databaseStatus();
    return { version: corpus.version, counts, stored, seed, problem };
  },
};
export type { Handlers as AreaHandlers };
