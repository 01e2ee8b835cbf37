/**
 * `verbatim corpus [--json]` run as the user runs it: the CLI entry through tsx in a child process.
 * Three spawns in all (tsx takes about a second to start).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readDictionary } from '../../scripts/dictionary';
import { compileCorpus } from '../../utils/corpus';
import type { Corpus } from '../../utils/corpus/types';

const ROOT = process.cwd();
const TSX = join(ROOT, 'node_modules/tsx/dist/cli.mjs');
const GENERATED = JSON.parse(readFileSync(join(ROOT, 'generated/corpus.json'), 'utf8')) as Corpus;

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function cli(...args: string[]): Run {
  const r = spawnSync(process.execPath, [TSX, 'scripts/cli.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    timeout: 60_000,
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
  });
  if (r.error) throw r.error;
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('verbatim corpus --json', () => {
  let run: Run;
  let json: Corpus;
  beforeAll(() => {
    run = cli('corpus', '--json');
    json = JSON.parse(run.stdout) as Corpus;
  }, 60_000);

  it('exits 0 and prints one JSON document on stdout, nothing on stderr', () => {
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout.trimEnd().split('\n')).toHaveLength(1);
  });

  it('has the shape the issue requires', () => {
    expect(Object.keys(json)).toEqual(expect.arrayContaining(['version', 'documents', 'speakers', 'statements', 'entities', 'topics']));
    expect(typeof json.version).toBe('string');
    expect(json.version.length).toBeGreaterThan(0);
    for (const key of ['documents', 'speakers', 'statements', 'entities', 'topics'] as const) {
      expect(Array.isArray(json[key]), key).toBe(true);
      expect(json[key].length, key).toBeGreaterThan(0);
    }
    for (const d of json.documents) {
      expect(d).toEqual(expect.objectContaining({ id: expect.any(String), title: expect.any(String), kind: expect.any(String) }));
      expect(['overview', 'press-conference', 'speech', 'bilateral-meeting']).toContain(d.kind);
    }
    for (const s of json.speakers) {
      // role and outlet are present on every speaker, null where they do not apply.
      expect(Object.keys(s)).toEqual(expect.arrayContaining(['id', 'name', 'role', 'outlet', 'aliases']));
      expect(typeof s.id).toBe('string');
      expect(typeof s.name).toBe('string');
      expect(s.role === null || typeof s.role === 'string').toBe(true);
      expect(s.outlet === null || typeof s.outlet === 'string').toBe(true);
      expect(Array.isArray(s.aliases)).toBe(true);
    }
    for (const s of json.statements) {
      expect(Object.keys(s)).toEqual(expect.arrayContaining(['id', 'documentId', 'speakerId', 'text', 'retranslated']));
      expect(typeof s.id).toBe('string');
      expect(typeof s.documentId).toBe('string');
      expect(s.speakerId === null || typeof s.speakerId === 'string').toBe(true);
      expect(typeof s.text).toBe('string');
      expect(typeof s.retranslated).toBe('boolean');
    }
    expect(json.speakers.find((s) => s.id === 'anton-vernitsky')).toMatchObject({ name: 'Anton Vernitsky', role: null, outlet: 'Channel One' });
    expect(json.speakers.find((s) => s.id === 'recep-tayyip-erdogan')).toMatchObject({ role: 'President of Turkiye', outlet: null });
    expect(json.statements.some((s) => s.speakerId === null)).toBe(true);
    expect(json.statements.some((s) => s.retranslated)).toBe(true);
  });

  it('is exactly the compiled corpus the extension bundles (generated/corpus.json)', () => {
    expect(json).toEqual(GENERATED);
  });

  it('and that is what the compiler makes of the transcript today (otherwise: npm run compile)', () => {
    const text = readFileSync(join(ROOT, 'public/corpus/sco-astana-2024.txt'), 'utf8');
    const fresh = compileCorpus(text, { sourceFile: GENERATED.source.file, dictionary: readDictionary() });
    expect(fresh.version).toBe(json.version);
    expect(JSON.parse(JSON.stringify(fresh))).toEqual(json);
  });
});

describe('verbatim corpus', () => {
  it('prints the version and the five counts', () => {
    const run = cli('corpus');
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain(GENERATED.version);
    const counts: Array<[string, number]> = [
      ['documents', GENERATED.documents.length],
      ['speakers', GENERATED.speakers.length],
      ['statements', GENERATED.statements.length],
      ['entities', GENERATED.entities.length],
      ['topics', GENERATED.topics.length],
    ];
    for (const [name, count] of counts) expect(run.stdout).toMatch(new RegExp(`^\\s*${name}\\s+${count}\\s*$`, 'm'));
    expect(GENERATED.documents).toHaveLength(10);
  }, 60_000);
});

describe('verbatim <unknown command>', () => {
  it('exits 2 with the usage on stderr', () => {
    const run = cli('frobnicate');
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('unknown command "frobnicate"');
    expect(run.stderr).toContain('Usage: verbatim <command>');
    expect(run.stderr).toMatch(/^\s*corpus \[--json\]/m);
  }, 60_000);
});
