import type { CoreMessages } from '@/utils/messaging/core-messages';
import { corpus, database, lastSeed, problem } from './database';

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
    try {
      const db = await database();
      const [documents, speakers, statements, entities, topics, savedQuotes] = await Promise.all([
        db.documents.count(), db.speakers.count(), db.statements.count(), db.entities.count(), db.topics.count(), db.savedQuotes.count(),
      ]);
      return { version: corpus.version, counts, stored: { documents, speakers, statements, entities, topics, savedQuotes }, seed: lastSeed, problem };
    } catch {
      return { version: corpus.version, counts, stored: { documents: 0, speakers: 0, statements: 0, entities: 0, topics: 0, savedQuotes: 0 }, seed: lastSeed, problem };
    }
  },
};
export type { Handlers as AreaHandlers };
