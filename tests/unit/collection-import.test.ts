/**
 * Import of collection files: every bad file (empty, truncated, 100 MB, wrong types, unknown version, prototype
 * pollution keys, duplicate ids) gives a clear message and changes nothing; a good file merges and reports.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CorpusView } from '../../utils/corpus/corpus-view';
import type { Corpus } from '../../utils/corpus/types';
import { VerbatimDatabase } from '../../utils/db/database';
import { checkImportFile, CollectionStore, lookupFromView, MAX_IMPORT_CHARS } from '../../utils/collection';
import { buildImportValidator, GENERATED_PATH } from '../../utils/collection/build-import-validator';

const corpus = JSON.parse(readFileSync(join(__dirname, '../../generated/corpus.json'), 'utf8')) as Corpus;
const lookup = lookupFromView(new CorpusView(corpus));
const [s1, s2, s3] = corpus.statements.filter((s) => s.speakerId && s.text.length > 60);

let db: VerbatimDatabase;
let store: CollectionStore;
let n = 0;
beforeEach(async () => {
  db = new VerbatimDatabase(`collection-import-${++n}`);
  store = await CollectionStore.open(db, lookup);
});
afterEach(async () => {
  db.close();
  await db.delete();
});

async function exported(): Promise<string> {
  return (await store.export('json', null, () => null)).content;
}

/** The stored collection, without the export time. */
async function snapshot(): Promise<unknown> {
  return JSON.parse(await exported()).quotes;
}

async function seed(): Promise<string> {
  await store.save({ statementId: s1!.id, note: 'Ünïcödé “note”, with, commas\nand lines', tags: ['a', 'b'] });
  await store.save({ statementId: s2!.id, span: [0, 20] });
  return exported();
}

describe('the ahead-of-time validator', () => {
  it('is up to date with the schema (regenerate: npx tsx utils/collection/build-import-validator.ts)', () => {
    expect(readFileSync(GENERATED_PATH, 'utf8')).toBe(buildImportValidator());
  });
});

describe('bad files change nothing', () => {
  const cases: Array<[string, () => string, RegExp]> = [
    ['empty', () => '', /empty/],
    ['whitespace only', () => ' \n ', /empty/],
    ['not JSON', () => 'quote,speaker\n"a",b', /not valid JSON/],
    ['a JSON array', () => '[1,2,3]', /not a Verbatim collection file/],
    ['unknown version', () => JSON.stringify({ format: 'verbatim-collection', version: 2, exportedAt: '', corpusVersion: '', quotes: [] }), /newer version of Verbatim \(format 2\)/],
    ['nonsense version', () => JSON.stringify({ format: 'verbatim-collection', version: 'one', quotes: [] }), /Unknown collection file version "one"/],
    ['deeply nested', () => `{"format":"verbatim-collection","version":1,"x":${'['.repeat(5000)}${']'.repeat(5000)}}`, /nested too deeply/],
  ];
  for (const [name, file, message] of cases)
    it(`refuses a file that is ${name}`, async () => {
      const before = await seed();
      const outcome = await store.import(file());
      expect(outcome.ok).toBe(false);
      expect(outcome.ok ? '' : outcome.errors.join('\n')).toMatch(message);
      expect(await snapshot()).toEqual(JSON.parse(before).quotes);
    });

  it('refuses a truncated export', async () => {
    const before = await seed();
    const outcome = await store.import(before.slice(0, Math.floor(before.length * 0.7)));
    expect(outcome).toMatchObject({ ok: false, errors: [expect.stringMatching(/truncated/)] });
    expect(await snapshot()).toEqual(JSON.parse(before).quotes);
  });

  it('refuses a 100 MB file without parsing it', async () => {
    const before = await seed();
    const huge = `{"format":"verbatim-collection","version":1,"quotes":[${'0,'.repeat(50 * 1024 * 1024)}0]}`;
    expect(huge.length).toBeGreaterThan(100 * 1024 * 1024);
    const parse = JSON.parse;
    let parsed = false;
    JSON.parse = ((...args: Parameters<typeof JSON.parse>) => {
      parsed = true;
      return parse(...args);
    }) as typeof JSON.parse;
    let outcome: ReturnType<typeof checkImportFile>;
    try {
      outcome = checkImportFile(huge);
    } finally {
      JSON.parse = parse;
    }
    expect(parsed).toBe(false);
    expect(outcome).toMatchObject({ ok: false, errors: [expect.stringMatching(/too large \(100\.0 MB\).*up to 20\.0 MB/)] });
    expect(MAX_IMPORT_CHARS).toBe(20 * 1024 * 1024);
    expect(await snapshot()).toEqual(JSON.parse(before).quotes);
  });

  it('lists wrong types with where they are', async () => {
    const before = await seed();
    const file = JSON.parse(before);
    file.quotes[0].note = 42;
    file.quotes[0].tags = 'a,b';
    file.quotes[1].span = [5];
    delete file.quotes[1].createdAt;
    file.quotes[1].extra = true;
    const outcome = await store.import(JSON.stringify(file));
    expect(outcome.ok).toBe(false);
    const errors = outcome.ok ? [] : outcome.errors;
    expect(errors).toEqual(
      expect.arrayContaining([
        'quotes[0].note must be string.',
        'quotes[0].tags must be array.',
        'quotes[1] is missing "createdAt".',
        'quotes[1] has an unknown field "extra".',
      ]),
    );
    expect(errors.some((e) => e.startsWith('quotes[1].span'))).toBe(true);
    expect(await snapshot()).toEqual(JSON.parse(before).quotes);
  });

  it('refuses prototype-pollution keys anywhere, and pollutes nothing', async () => {
    const before = await seed();
    const file = before.replace('"note":', '"__proto__": {"polluted": true}, "note":');
    const outcome = await store.import(file);
    expect(outcome).toMatchObject({ ok: false, errors: [expect.stringMatching(/forbidden key "__proto__"/)] });
    const ctor = before.replace('"format"', '"constructor": {"prototype": {"polluted": true}}, "format"');
    expect((await store.import(ctor)).ok).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(await snapshot()).toEqual(JSON.parse(before).quotes);
  });

  it('refuses duplicate ids', async () => {
    const before = await seed();
    const file = JSON.parse(before);
    file.quotes.push({ ...file.quotes[0], note: 'twin' });
    const outcome = await store.import(JSON.stringify(file));
    expect(outcome).toMatchObject({ ok: false, errors: [expect.stringMatching(/quotes\[2\] repeats the id .* of quotes\[0\]/)] });
    expect(await snapshot()).toEqual(JSON.parse(before).quotes);
  });

  it('accepts a BOM but nothing beyond the schema reaches the database', async () => {
    const text = await seed();
    const outcome = await store.import(`\uFEFF${text}`);
    expect(outcome).toMatchObject({ ok: true, report: { added: 0, updated: 0, unchanged: 2 } });
  });
});

describe('good files merge', () => {
  it('round trip: export → import into an empty collection is lossless', async () => {
    const file = await seed();
    await store.save({ statementId: s3!.id, note: 'third' });
    const all = await exported();
    const other = new VerbatimDatabase(`collection-import-other-${n}`);
    const target = await CollectionStore.open(other, lookup);
    const outcome = await target.import(all);
    expect(outcome).toMatchObject({ ok: true, report: { added: 3, updated: 0 } });
    const again = (await target.export('json', null, () => null)).content;
    const strip = (t: string) => ({ ...JSON.parse(t), exportedAt: null });
    expect(strip(again)).toEqual(strip(all));
    expect(file).toContain('Ünïcödé');
    other.close();
    await other.delete();
  });

  it('newer edits win, older ones do not, and the report says what happened', async () => {
    const file = JSON.parse(await seed());
    const [first, second] = await store.list().then((l) => l.sort((a, b) => a.createdAt - b.createdAt));
    // Locally, the first quote's note is edited after the export; in the file, the second one's tags are newer.
    await store.update(first!.id, { note: 'edited here later' });
    const q2 = file.quotes.find((q: { id: string }) => q.id === second!.id);
    q2.tags = ['from-file'];
    q2.fieldTimes.tags = Date.now() + 60_000;
    file.quotes.push({ ...q2, id: 'brandnew0001', statementId: s3!.id, note: 'new one', tags: [] });
    const outcome = await store.import(JSON.stringify(file));
    expect(outcome).toMatchObject({ ok: true, report: { added: 1, updated: 1, unchanged: 1, total: 3 } });
    expect(outcome.ok && outcome.message).toBe('Imported 3 quotes: 1 added, 1 updated, 1 already up to date.');
    const list = await store.list();
    expect(list.find((q) => q.id === first!.id)!.note).toBe('edited here later');
    expect(list.find((q) => q.id === second!.id)!.tags).toEqual(['from-file']);
    // Importing the same file again changes nothing.
    expect(await store.import(JSON.stringify(file))).toMatchObject({ ok: true, report: { added: 0, updated: 0, unchanged: 3 } });
  });

  it('a quote deleted here after the export stays deleted', async () => {
    const file = await seed();
    const [q] = await store.list();
    await store.remove([q!.id]);
    const outcome = await store.import(file);
    expect(outcome).toMatchObject({ ok: true, report: { stayedDeleted: 1, unchanged: 1 } });
    expect(await store.list()).toHaveLength(1);
  });
});
