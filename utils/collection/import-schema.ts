/**
 * JSON Schema of a Verbatim collection file (format version 1, see export.ts). Import validates against it
 * with a validator that ajv compiles ahead of time (import-validator.generated.ts): extension pages run under a
 * CSP without `unsafe-eval`, where ajv cannot compile at run time. `tests/unit/collection-import.test.ts`
 * fails when the generated file is out of date; regenerate with `npx tsx utils/collection/build-import-validator.ts`.
 */
import { EXPORT_FORMAT_NAME, EXPORT_FORMAT_VERSION } from './export';
import { MAX_NOTE_LENGTH, MAX_TAG_LENGTH, MAX_TAGS } from './quote-edits';

/** At most 20,000 quotes in one file: ten times a very large collection, and still a few seconds to merge. */
export const MAX_IMPORT_QUOTES = 20_000;

const time = { type: 'number', minimum: 0, maximum: 8.64e15 } as const; // the largest valid Date
const device = { type: 'string', maxLength: 32, pattern: '^[A-Za-z0-9_-]*$' } as const;
const fieldSet = <T>(schema: T) => ({
  type: 'object',
  additionalProperties: false,
  required: ['note', 'tags', 'span', 'deleted'],
  properties: { note: schema, tags: schema, span: schema, deleted: schema },
});

export const quoteSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['id', 'statementId', 'span', 'text', 'speakerId', 'documentId', 'note', 'tags', 'corpusVersion', 'createdAt', 'updatedAt', 'fieldTimes', 'fieldDevices', 'noteAncestors', 'deviceId', 'deletedAt'],
  properties: {
    id: { type: 'string', minLength: 1, maxLength: 64, pattern: '^[A-Za-z0-9_-]+$' },
    statementId: { type: 'string', minLength: 1, maxLength: 200 },
    span: {
      anyOf: [{ type: 'null' }, { type: 'array', minItems: 2, maxItems: 2, items: { type: 'integer', minimum: 0, maximum: 1_000_000 } }],
    },
    text: { type: 'string', maxLength: 100_000 },
    speakerId: { type: ['string', 'null'], maxLength: 200 },
    documentId: { type: 'string', maxLength: 200 },
    note: { type: 'string', maxLength: MAX_NOTE_LENGTH },
    tags: { type: 'array', maxItems: MAX_TAGS, items: { type: 'string', maxLength: MAX_TAG_LENGTH } },
    corpusVersion: { type: 'string', maxLength: 200 },
    createdAt: time,
    updatedAt: time,
    fieldTimes: fieldSet(time),
    fieldDevices: fieldSet(device),
    noteAncestors: { type: 'array', maxItems: 16, items: { type: 'string', maxLength: 64 } },
    deviceId: device,
    deletedAt: time,
  },
} as const;

export const collectionFileSchema = {
  $id: 'https://verbatim.example/schemas/collection-v1.json',
  type: 'object',
  additionalProperties: false,
  required: ['format', 'version', 'exportedAt', 'corpusVersion', 'quotes'],
  properties: {
    format: { const: EXPORT_FORMAT_NAME },
    version: { const: EXPORT_FORMAT_VERSION },
    exportedAt: { type: 'string', maxLength: 64 },
    corpusVersion: { type: 'string', maxLength: 200 },
    quotes: { type: 'array', maxItems: MAX_IMPORT_QUOTES, items: quoteSchema },
  },
} as const;
