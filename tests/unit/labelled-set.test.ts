/**
 * The quote engine on the project's labelled set (tests/fixtures: 26 news-style articles, 222 quotes written
 * for the project — verbatim, edited, altered, independently translated, spliced, misattributed, and near-miss
 * quotes of the same speakers at other events). The bars are the goals, a little under today's figures
 * (see README "Quote verdicts" for the measured values), so a regression fails.
 */
import { describe, expect, it } from 'vitest';
import { ArticleChecker } from '../../utils/matching';
import { FIFTH_SET, FOURTH_SET, SEVENTH_SET, SIXTH_SET, SECOND_SET, THIRD_SET, evaluate, loadCompiled, loadLabelsIn, summarise } from '../eval/evaluate';

const { corpus, synonyms } = loadCompiled();
const rows = evaluate(new ArticleChecker(corpus, synonyms), corpus);
const s = summarise(rows);

describe('labelled set', () => {
  it('has at least 150 labelled quotes and finds nearly all of them in their articles', () => {
    expect(s.total).toBeGreaterThanOrEqual(150);
    expect(s.extracted / s.total).toBeGreaterThanOrEqual(0.98);
  });

  it('finds the right original first for ≥ 93% of quotes that report a corpus statement', () => {
    expect(s.foundFirst).toBeGreaterThanOrEqual(0.93);
  });

  it('says not_found for ≥ 96% of quotes that are not in the corpus (near misses included)', () => {
    expect(s.notFoundRate).toBeGreaterThanOrEqual(0.96);
  });

  it('flags ≥ 90% of misattributions, and at most one correct attribution is flagged', () => {
    expect(s.misattributionRecall).toBeGreaterThanOrEqual(0.9);
    expect(s.falseMisattributions).toBeLessThanOrEqual(1);
  });

  it('calls a quote altered only when it is (precision ≥ 95%) and catches most alterations', () => {
    expect(s.perVerdict.altered?.precision).toBeGreaterThanOrEqual(0.95);
    expect(s.perVerdict.altered?.recall).toBeGreaterThanOrEqual(0.75);
  });

  it('gets the exact verdict right for ≥ 85% of quotes', () => {
    expect(s.accuracy).toBeGreaterThanOrEqual(0.85);
  });
});

/**
 * The second set (tests/fixtures/quotes-second: 9 articles, 89 quotes) was written after the engine and labelled
 * before the engine was run on it. Run then, it found four meaning-changing edits judged close (an antonym, an
 * "un-" prefix, shifted decades) and a one-word quote matched to a journalist instead of the credited leader; the
 * engine was mended and these bars hold it there.
 */
describe('second labelled set (held out when written)', () => {
  const second = summarise(evaluate(new ArticleChecker(corpus, synonyms), corpus, loadLabelsIn(SECOND_SET), SECOND_SET));

  it('extracts every quote and gets the exact verdict right for ≥ 92% of them', () => {
    expect(second.total).toBe(89);
    expect(second.extracted).toBe(89);
    expect(second.accuracy).toBeGreaterThanOrEqual(0.92);
  });

  it('catches ≥ 90% of the alterations (antonyms, negating prefixes, numbers) with ≥ 90% precision', () => {
    expect(second.perVerdict.altered?.recall).toBeGreaterThanOrEqual(0.9);
    expect(second.perVerdict.altered?.precision).toBeGreaterThanOrEqual(0.9);
  });

  it('finds the right original, says not_found for words nobody said, and flags misattributions only when they are', () => {
    expect(second.foundFirst).toBeGreaterThanOrEqual(0.93);
    expect(second.notFoundRate).toBeGreaterThanOrEqual(0.95);
    expect(second.misattributionRecall).toBeGreaterThanOrEqual(0.9);
    expect(second.falseMisattributions).toBe(0);
  });
});

/**
 * The third set (tests/fixtures/quotes-third: 9 articles in the styles of a wire, TASS, Xinhua, Turkish, Azerbaijani
 * and Pakistani outlets, a live blog, an opinion piece and a fact-check; 97 quotes, a third not in the corpus), also
 * labelled before the engine saw it. Its first run: 85.6% exact verdicts, with a title before a known name ("said
 * President Aliyev") taken for a stranger (a false misattribution), a moved adverb and a spelling at an ellipsis
 * called altered, and invented endings called translations. Mended; these bars hold it there.
 */
describe('third labelled set (held out when written)', () => {
  const third = summarise(evaluate(new ArticleChecker(corpus, synonyms), corpus, loadLabelsIn(THIRD_SET), THIRD_SET));

  it('extracts every quote and gets the exact verdict right for ≥ 88% of them', () => {
    expect(third.total).toBe(97);
    expect(third.extracted).toBe(97);
    expect(third.accuracy).toBeGreaterThanOrEqual(0.88);
  });

  it('never calls a faithful quote altered here, and says not_found for every quote nobody said', () => {
    expect(third.perVerdict.altered?.precision).toBe(1);
    expect(third.notFoundRate).toBe(1);
  });

  it('flags every misattribution and no correct attribution', () => {
    expect(third.misattributionRecall).toBe(1);
    expect(third.falseMisattributions).toBe(0);
  });
});

/**
 * The fourth set (tests/fixtures/quotes-fourth: 10 articles, 110 quotes) concentrates on the hard parts: 27 near misses
 * of the same speakers at other events, short fragments, messy or missing quote marks, an unmarked block quote.
 * Labelled before the engine saw it; its first run: 81.8%, four unknown quotes matched to a statement, three swapped
 * words judged close, a quote with a lost opening mark not found at all. Mended; these bars hold it there.
 */
describe('fourth labelled set (held out when written)', () => {
  const fourth = summarise(evaluate(new ArticleChecker(corpus, synonyms), corpus, loadLabelsIn(FOURTH_SET), FOURTH_SET));

  it('extracts every quote, even with a lost opening mark, and gets the exact verdict right for ≥ 86% of them', () => {
    expect(fourth.total).toBe(110);
    expect(fourth.extracted).toBe(110);
    expect(fourth.accuracy).toBeGreaterThanOrEqual(0.86);
  });

  it('catches ≥ 75% of the alterations without calling a faithful quote altered', () => {
    // Two swapped words ("currency" for "parliament", "defence" for "agro-industrial") come out close, with the swap
    // named for the reader: the engine cannot tell them from a faithful "bin" for "trash".
    expect(fourth.perVerdict.altered?.recall).toBeGreaterThanOrEqual(0.75);
    expect(fourth.perVerdict.altered?.precision).toBe(1);
  });

  it('says not_found for ≥ 90% of the near misses and unknown quotes, and flags misattributions only when they are', () => {
    expect(fourth.notFoundRate).toBeGreaterThanOrEqual(0.9);
    expect(fourth.misattributionRecall).toBe(1);
    expect(fourth.falseMisattributions).toBe(0);
  });
});

/**
 * The fifth set (tests/fixtures/quotes-fifth: 8 articles, 103 quotes) sets 50 independent translations of the kind
 * wires make from the Russian against 36 near misses in the same vocabulary. Labelled before the engine saw it; its
 * first run: 68.9%, translation recall 44% (21 translations called not found), one near miss matched (partial and
 * misattributed). Now 74.8%: no near miss matched, and the translations that keep the sentence's frame are found.
 * Translation recall is the engine's known weak side (it errs towards not found); the bars hold the gains.
 */
describe('fifth labelled set (held out when written)', () => {
  const fifth = summarise(evaluate(new ArticleChecker(corpus, synonyms), corpus, loadLabelsIn(FIFTH_SET), FIFTH_SET));

  it('extracts every quote and never matches a near miss', () => {
    expect(fifth.total).toBe(103);
    expect(fifth.extracted).toBe(103);
    expect(fifth.notFoundRate).toBe(1);
    expect(fifth.falseMisattributions).toBe(0);
  });

  it('finds ≥ 50% of the independent translations, and what it calls a translation is one (≥ 95%)', () => {
    expect(fifth.perVerdict.translation?.recall).toBeGreaterThanOrEqual(0.5);
    expect(fifth.perVerdict.translation?.precision).toBeGreaterThanOrEqual(0.95);
    expect(fifth.accuracy).toBeGreaterThanOrEqual(0.72);
  });
});

/**
 * The sixth set (tests/fixtures/quotes-sixth: 10 articles, 127 quotes in MATCHING.md's proportions: two thirds of the
 * quotes found are translations, 37% are not in the corpus, one in five is under four words) was the validation run,
 * made after the engine changes of the other sets and not used to choose them: 88.2% exact verdicts on its first run.
 * What it found — faithful swaps ("bin" for "trash") called altered, "one and a half" against "1.5", "the 60s"
 * against "the 1960s", an attribution taken from the next sentence — was mended; these bars hold it there.
 */
describe('sixth labelled set (the validation run)', () => {
  const sixth = summarise(evaluate(new ArticleChecker(corpus, synonyms), corpus, loadLabelsIn(SIXTH_SET), SIXTH_SET));

  it('extracts every quote and gets the exact verdict right for ≥ 88% of them', () => {
    expect(sixth.total).toBe(127);
    expect(sixth.extracted).toBe(127);
    expect(sixth.accuracy).toBeGreaterThanOrEqual(0.88);
  });

  it('says not_found for ≥ 95% of the quotes nobody said there, and flags no correct attribution', () => {
    expect(sixth.notFoundRate).toBeGreaterThanOrEqual(0.95);
    expect(sixth.falseMisattributions).toBe(0);
  });
});

/**
 * The seventh set (tests/fixtures/quotes-seventh: 10 articles, 130 quotes, the same proportions, favouring statements
 * the other sets quoted little) was a second validation run, after the sixth set's changes: 87.7% on its first run.
 * It found a translation that moved its figure where the diff never looked ("160,000" for "260,000") and "Leaders
 * agreed" taken for a person (a false misattribution through "he"); both mended.
 */
describe('seventh labelled set (the second validation run)', () => {
  const seventh = summarise(evaluate(new ArticleChecker(corpus, synonyms), corpus, loadLabelsIn(SEVENTH_SET), SEVENTH_SET));

  it('extracts every quote and gets the exact verdict right for ≥ 87% of them', () => {
    expect(seventh.total).toBe(130);
    expect(seventh.extracted).toBe(130);
    expect(seventh.accuracy).toBeGreaterThanOrEqual(0.87);
  });

  it('says not_found for ≥ 95% of the quotes nobody said there, and flags no correct attribution', () => {
    expect(seventh.notFoundRate).toBeGreaterThanOrEqual(0.95);
    expect(seventh.falseMisattributions).toBe(0);
  });
});
