export { VerbatimDatabase, DB_NAME, CURRENT_SCHEMA_VERSION, type MetaRow } from './database';
export { seedCorpus, type SeedResult } from './seed';
