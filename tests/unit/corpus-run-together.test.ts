/**
 * Words the transcript runs together ("Wemettwo years ago"): found at build time with an English dictionary, read by
 * the quote engine as their words, the transcript's text left as published.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findRunTogether } from '../../utils/corpus/run-together';
import { matchTokens, readRunTogether } from '../../utils/matching/tokens';
import { readDictionary } from '../../scripts/dictionary';
import { loadCompiled } from '../eval/evaluate';

const TEXT = readFileSync(join(__dirname, '../../public/corpus/sco-astana-2024.txt'), 'utf8');
const { corpus } = loadCompiled();

describe('words the transcript runs together', () => {
  it('are the two the Kremlin text lost a space in, and nothing else of the real transcript', () => {
    const found = findRunTogether(TEXT.split('\n'), readDictionary());
    expect(found).toEqual({ organisationuntil: ['organisation', 'until'], wemettwo: ['we', 'met', 'two'] });
    // The build put them in the corpus, and left the statements' text as published.
    expect(corpus.runTogether).toEqual(found);
    expect(corpus.statements.some((s) => s.text.includes('Wemettwo years ago'))).toBe(true);
  });

  it('a dictionary word, a word the text uses often, or one made of rare pieces is never split', () => {
    const dictionary = new Set(['we', 'met', 'two', 'al', 'though', 'although', 'put', 'in', 'years']);
    const common = 'We met. We met. We met two. Two in. Two in. Al said. Al said. Al came. Though it was. Though it was. Though yes. Put in. Put it. Put on.';
    // "although" is in the dictionary; "putin" is not, but is used three times; "wemettwo" splits; "zzmet" has a piece no word.
    expect(findRunTogether([common, 'Although Putin, Putin, Putin. Wemettwo years ago. Zzmet.'], dictionary)).toEqual({ wemettwo: ['we', 'met', 'two'] });
    // Without a dictionary, nothing is split.
    expect(findRunTogether([common, 'Wemettwo'], new Set())).toEqual({});
  });

  it('the engine reads a run-together word as its words, each with its own place and spelling', () => {
    readRunTogether(corpus.runTogether);
    const tokens = matchTokens('I am very glad to see you.Wemettwo years ago');
    expect(tokens.slice(7, 10).map((t) => [t.w, t.s, t.num])).toEqual([
      ['we', 'We', null],
      ['met', 'met', null],
      ['two', 'two', 2],
    ]);
    expect(tokens[9]?.start).toBe('I am very glad to see you.Wemettwo'.length - 3);
  });
});
