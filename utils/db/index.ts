export { VerbatimDatabase, DB_NAME, CURRENT_SCHEMA_VERSION, type MetaRow } from './database';
export { seedCorpus, inspectCorpus, CORPUS_TABLES, type SeedResult, type CorpusDamage, type TableDamage, type CorpusTable } from './seed';
export { CorpusDatabase, OPEN_TIMEOUT_MS, type DatabaseStatus, type StoredCounts } from './corpus-database';
export { BLOCKED_MESSAGE, DatabaseProblem, classifyDbError, describeDbError, errorNames, repairNotice, type DbProblemKind } from './db-problems';
