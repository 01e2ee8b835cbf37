/** The user's collection of saved quotes: editing, search/filter, export, import, and its database store. */
export type { SavedQuote, SyncedQuote, SyncedField, CollectionItem } from './types';
export { createQuote, editQuote, deleteQuote, restoreQuote, normalizeTags, normalizeNote, spanText, MAX_NOTE_LENGTH, MAX_TAGS, MAX_TAG_LENGTH, type QuotePatch, type EditContext, type StatementInfo } from './quote-edits';
export { applyQuery, facets, fold, parseTagInput, EMPTY_QUERY, SORT_LABELS, type CollectionQuery, type SortKey, type Facet, type Facets } from './query';
export { lookupFromView, toCollectionItem, citationSourceOf, type CorpusLookup } from './corpus-lookup';
export { exportCollection, exportJson, exportCsv, exportMarkdown, exportCslJson, csvCell, storedFields, EXPORT_FORMATS, EXPORT_LABELS, EXPORT_FORMAT_NAME, EXPORT_FORMAT_VERSION, type ExportFormat, type ExportedFile, type CollectionFile } from './export';
export { checkImportFile, mergeImport, describeImportReport, MAX_IMPORT_CHARS, type ImportReport, type ImportCheck } from './import';
export { MAX_IMPORT_QUOTES } from './import-schema';
export { CollectionStore, randomId, type ImportOutcome, type SaveInput } from './collection-store';
