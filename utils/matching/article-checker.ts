/**
 * Checks a whole article: finds its quotes and who they are credited to, checks each against the corpus,
 * and counts the corpus entities it mentions. The one entry point used by the background, the CLI and tests.
 */
import type { Corpus } from '../corpus/types';
import { compileTerms, findTerms, type TermIndex } from './term-finder';
import { createAttributionFinder, personNamed, type AttributionFinder, type PersonRef } from './attribution';
import { extractQuotes, splitFragments, wordsIn } from './extract-quotes';
import { QuoteEngine, type SynonymMap } from './quote-engine';
import { matchTokens } from './tokens';
import type { ArticleBlock, ArticleCheck, Attribution, Mention, QuoteCheck } from './types';

export class ArticleChecker {
  readonly engine: QuoteEngine;
  readonly finder: AttributionFinder;
  private readonly entityIndex: TermIndex;

  constructor(readonly corpus: Corpus, synonyms: SynonymMap = []) {
    this.engine = new QuoteEngine(corpus, synonyms);
    const speakerIds = new Set(corpus.speakers.map((s) => s.id));
    const pronounOf = new Map(corpus.entities.map((e) => [e.id, e.pronoun ?? null]));
    const people: PersonRef[] = corpus.speakers.map((s) => ({ id: s.id, name: s.name, speakerId: s.id, institution: false, aliases: s.aliases, roleText: s.role, outlet: s.outlet, pronoun: pronounOf.get(s.id) ?? null }));
    for (const e of corpus.entities) {
      if (e.type !== 'person' || speakerIds.has(e.id)) continue;
      // Their office too ("President of Kazakhstan; host and chair…"), so "the Head of State" after Tokayev is Tokayev.
      people.push({ id: e.id, name: e.name, speakerId: null, institution: false, aliases: e.aliases, roleText: e.description?.split(';')[0] ?? null, pronoun: e.pronoun ?? null });
    }
    this.finder = createAttributionFinder(
      people,
      corpus.entities.filter((e) => e.type !== 'person').flatMap((e) => e.aliases),
    );
    this.entityIndex = compileTerms(corpus.entities.flatMap((e) => e.aliases.map((term) => ({ term, id: e.id }))));
  }

  /** `maxQuotes`: check only the first quotes in page order (`quotesFound` still counts them all). */
  checkArticle(blocks: ArticleBlock[], maxQuotes = Infinity): ArticleCheck {
    const found = { count: 0 };
    const quotes = extractQuotes(blocks, this.finder, maxQuotes, found).flatMap((q) => {
      const result: QuoteCheck = q.scare
        ? this.ownPhrase(q.text, q.attribution, q.context) ?? scareResult(q.text, q.attribution)
        : this.engine.check({ text: q.text, fragments: q.fragments, attribution: q.attribution, context: q.context, ...(q.sentenceBefore ? { sentenceBefore: q.sentenceBefore } : {}) });
      // A quote broken by its attribution ("“America remains a great power,” Mr Putin said, “and …”") is checked as the
      // one sentence it is, and reported piece by piece, as the page prints it: each piece its own marker and row,
      // with the verdict, match and diff of the whole.
      if (q.pieces && q.pieces.length === q.ranges.length) return q.pieces.map((text, i) => ({ ...result, text, ranges: [q.ranges[i]!], source: q.source }));
      return [{ ...result, ranges: q.ranges, source: q.source }];
    });
    return { quotes, mentions: this.mentions(blocks), quotesFound: Math.max(found.count, quotes.length) };
  }

  /**
   * A short phrase in quote marks near a speaker's name ("…the SCO had “officially entered” Europe, Putin noted"):
   * when it is that speaker's words exactly, it is reported as verbatim rather than left unchecked, and when its figure
   * is one the sentence around it reports otherwise, as altered; anything else stays a scare quote (a phrase is never
   * called someone else's from two words).
   */
  private ownPhrase(text: string, attribution: Attribution | null, context: string): QuoteCheck | null {
    if (!attribution?.speakerId || wordsIn(text) < 2) return null;
    // The sentence goes along: a phrase the article dates to another occasion is that occasion's.
    const r = this.engine.check({ text, fragments: [text], attribution, context });
    if (r.match?.speakerId !== attribution.speakerId) return null;
    // (A figure of the speaker's changed is a claim, not a phrase: "The number of Russian tourists to Iran has grown “by
    // a third”, according to Putin", who said "by a quarter".)
    // So is a person put for a thing ("‘We support him’: why Putin's kind words for Trump…", who said "we support it").
    const changedTo = (kind: string) => r.verdict === 'altered' && r.changes.length > 0 && r.changes.every((c) => c.startsWith(kind));
    const figureChanged = changedTo('number:') && matchTokens(text).some((t) => t.num !== null);
    return r.verdict === 'verbatim' || figureChanged || changedTo('pronoun:') ? r : null;
  }

  /** Checks one quote on its own (selected text, the popup, the CLI). `attributedTo` is a name as an article would write it. */
  checkQuote(text: string, attributedTo?: string | null): QuoteCheck {
    const attribution = attributedTo ? this.resolveName(attributedTo) : null;
    const clean = text.trim().replace(/^[“"«„‘']+|[”"»“’']+$/g, '');
    return this.engine.check({ text: clean, fragments: splitFragments(clean), attribution });
  }

  resolveName(name: string): Attribution {
    const ref = personNamed(this.finder, name);
    return ref
      ? { name: ref.name, speakerId: ref.speakerId, institution: ref.institution, confident: true }
      : { name, speakerId: null, institution: false, confident: true };
  }

  mentions(blocks: ArticleBlock[]): Mention[] {
    const counts = new Map<string, number>();
    for (const b of blocks) for (const m of findTerms(this.entityIndex, b.text)) counts.set(m.id, (counts.get(m.id) ?? 0) + 1);
    const names = new Map(this.corpus.entities.map((e) => [e.id, e.name]));
    return [...counts].map(([entityId, count]) => ({ entityId, name: names.get(entityId) ?? entityId, count })).sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
  }
}

function scareResult(text: string, attribution: Attribution | null): QuoteCheck {
  return {
    text,
    attributedTo: attribution?.name ?? null,
    attributedSpeakerId: attribution?.speakerId ?? null,
    verdict: 'scare',
    misattributed: false,
    misattribution: null,
    score: 0,
    match: null,
    diff: [],
    changes: [],
    explanation: 'A short phrase in quotation marks (a scare quote or a title), not checked as a statement.',
    evidence: { coverage: 0, exactShare: 0, matchedContent: 0, unmatchedOriginal: 0 },
  };
}
