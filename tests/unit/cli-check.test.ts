/** `verbatim check` through the real CLI entry: the JSON the issue specifies, and clear errors for bad input. */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const cli = (args: string[], input?: string) =>
  spawnSync(process.execPath, ['--import', 'tsx', join(root, 'scripts/cli.ts'), ...args], { cwd: root, input, encoding: 'utf8' });

describe('verbatim check', () => {
  it('prints every quotation of an article, in order, as JSON', () => {
    const out = execFileSync(process.execPath, ['--import', 'tsx', 'scripts/cli.ts', 'check', 'tests/fixtures/articles/allied-press-putin-taliban-allies.html', '--json'], { cwd: root, encoding: 'utf8' });
    const json = JSON.parse(out) as { quotes: Array<Record<string, unknown>>; mentions: Array<Record<string, unknown>> };
    expect(json.quotes.length).toBeGreaterThan(3);
    for (const q of json.quotes) {
      expect(Object.keys(q)).toEqual(expect.arrayContaining(['text', 'attributedTo', 'verdict', 'misattributed', 'score', 'match', 'diff']));
      if (q.match) expect(Object.keys(q.match as object)).toEqual(expect.arrayContaining(['statementIds', 'speaker', 'document', 'original']));
    }
    expect(json.mentions.find((m) => m.entityId === 'taliban')).toMatchObject({ name: 'Taliban' });
  });

  it('reads standard input and prints a readable report', () => {
    const r = cli(['check', '-'], 'Putin said: “The Taliban are, of course, our allies in countering terrorism.”\n');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/VERBATIM/);
    expect(r.stdout).toMatch(/Vladimir Putin/);
  });

  it('refuses empty and binary files with a clear message', () => {
    const dir = mkdtempSync(join(tmpdir(), 'verbatim-cli-'));
    writeFileSync(join(dir, 'empty.txt'), '  \n');
    writeFileSync(join(dir, 'image.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]));
    const empty = cli(['check', join(dir, 'empty.txt')]);
    expect(empty.status).toBe(2);
    expect(empty.stderr).toMatch(/is empty/);
    const binary = cli(['check', join(dir, 'image.png')]);
    expect(binary.status).toBe(2);
    expect(binary.stderr).toMatch(/not HTML or text/);
    const missing = cli(['check', join(dir, 'nope.html')]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/no such file/);
  });
});
