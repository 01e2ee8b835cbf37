/**
 * Word classes the quote engine needs: which words carry little meaning (stopwords, fillers) and which
 * can flip it (negations, modals, pronouns, numbers). Lists are small and hand-made on purpose: they encode
 * what MATCHING.md found the press changes ("we support him" for "we support it", a dropped "not", 6.3 → 6.7).
 */
import { stemmer } from 'stemmer';

const STOPWORDS = new Set(
  `a an the and or but if then than that this these those there here of to in on at by for from with as into onto upon about
  over under between among through during before after above below up down out off again further once is are was were be been
  being am do does did doing have has had having i me my myself we us our ours ourselves you your yours yourself yourselves he
  him his himself she her hers herself it its itself they them their theirs themselves what which who whom whose when where why
  how all any both each few more most other some such only own same so too very just also even still yet already s t
  let shall will would can could may might must should ought one ones thing things way well really quite rather`
    .split(/\s+/)
    .filter(Boolean),
);

/** Words a reporter drops or adds without changing the meaning. */
export const FILLERS = new Set(['course', 'doubt', 'fact', 'know', 'well', 'really', 'indeed', 'certainly', 'naturally', 'actually', 'clearly', 'definitely', 'obviously', 'simply', 'just', 'so', 'now', 'already', 'also', 'too', 'however', 'therefore', 'thus', 'said', 'say', 'please', 'mr', 'then', 'you', 'see', 'as', 'let', 'me', 'i', 'think', 'believe', 'mean']);

export const NEGATIONS = new Set(['not', 'no', 'never', 'nothing', 'nobody', 'none', 'neither', 'nor', 'without', 'cannot', 'nowhere', "n't"]);
export const MODALS = new Set(['will', 'would', 'can', 'could', 'may', 'might', 'must', 'shall', 'should', "'ll", "'d", 'cannot']);
/**
 * Words that narrow or widen a claim ("controls the country" → "controls only part of the country").
 * Adding or dropping one in an otherwise exact quote can change its meaning.
 */
export const QUALIFIERS = new Set(['only', 'part', 'partly', 'partially', 'some', 'all', 'entire', 'whole', 'every', 'always', 'completely', 'fully', 'almost', 'nearly', 'most', 'mostly', 'solely', 'merely', 'alone', 'exclusively', 'largely', 'mainly', 'primarily', 'sole']);

/** Pronouns that point the same way: "this makes no sense" = "it makes no sense". Swaps across groups change who is meant. */
/** Pronouns that name the same person or thing; "its" and "their" both own what a collective has ("the US … its/their preferences"). */
export const PRONOUN_GROUP: Record<string, string> = { it: 'it', this: 'it', that: 'it', its: 'its', these: 'they', those: 'they', they: 'they', them: 'they', their: 'its', he: 'he', him: 'he', his: 'he', she: 'she', her: 'she', we: 'we', us: 'we', our: 'we', i: 'i', me: 'i', my: 'i', you: 'you', your: 'you' };

export const PRONOUNS = new Set(['it', 'him', 'her', 'them', 'he', 'she', 'they', 'we', 'us', 'i', 'me', 'you', 'its', 'his', 'their', 'our', 'my', 'your', 'this', 'that', 'these', 'those']);

const NUMBER_WORDS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100,
  // Multiples: "has doubled" is not "increased by a quarter".
  double: 2, doubled: 2, doubling: 2, twofold: 2, twice: 2, triple: 3, tripled: 3, threefold: 3,
  // Fractions, as shares ("a quarter of global GDP" = "25 percent", see matchTokens; "a third" is not "a quarter").
  half: 0.5, third: 0.33, quarter: 0.25, fifth: 0.2, tenth: 0.1,
};
const MULTIPLIERS: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, bn: 1e9, mln: 1e6 };

export function isStopword(word: string): boolean {
  return STOPWORDS.has(word);
}

/** "don't" → "do" + negation; "can't" → "can" + negation; "won't" → "will" + negation. */
export function splitContraction(word: string): string[] {
  if (word === "won't") return ['will', "n't"];
  if (word === "can't" || word === 'cannot') return ['can', "n't"];
  if (word.endsWith("n't")) return [word.slice(0, -3), "n't"];
  if (word.endsWith("'ll")) return [word.slice(0, -3), 'will'];
  if (word.endsWith("'re")) return [word.slice(0, -3), 'are'];
  if (word.endsWith("'ve")) return [word.slice(0, -3), 'have'];
  if (word.endsWith("'m")) return [word.slice(0, -2), 'am'];
  if (word.endsWith("'d")) return [word.slice(0, -2), 'would'];
  return [word];
}

/** British → American spellings, so "organisation" = "organization" and "favour" = "favor" (press uses both). */
export function americanise(word: string): string {
  return word
    .replace(/isation(s?)$/, 'ization$1')
    .replace(/is(e|ed|es|ing|er|ers)$/, (m, end: string) => (word.length > 6 ? `iz${end}` : m))
    .replace(/our(s?|ed|ing)$/, (m, end: string) => (word.length > 5 && !/(four|hour|your|tour|pour|sour|flour)/.test(word) ? `or${end}` : m))
    .replace(/tre$/, 'ter')
    // ("travelled", "initialled", "cancelling": a British double l after more than one syllable — not "calling",
    // "telling", "filled", one syllable whose double l is the word's own; "fuelled" too, its vowels run together.)
    .replace(/ll(ed|ing)$/, (m, end: string) => {
      const before = word.slice(0, -m.length);
      return /^[^aeiouy]*[aeiouy]+$/.test(before) && !before.endsWith('ue') ? m : `l${end}`;
    })
    .replace(/ogue$/, 'og');
}

/** Place names the press spells one way and the Kremlin's English another ("Kyiv" / "Kiev", "Türkiye" / "Turkey"): one key. */
const PLACE_SPELLINGS: Readonly<Record<string, string>> = {
  kyiv: 'kiev', turkey: 'turkiye', kharkiv: 'kharkov', odesa: 'odessa', luhansk: 'lugansk', zaporizhzhia: 'zaporozhye',
  mykolaiv: 'nikolayev', donbas: 'donbass', chisinau: 'kishinev', almaty: 'alma-ata',
};

const keyCache = new Map<string, string>();
/** The comparison key of a word: American spelling, then Porter stem ("negotiations" → "negoti"). */
export function wordKey(word: string): string {
  let key = keyCache.get(word);
  if (key === undefined) {
    // "the 1950s" and "the 50s" are one decade.
    key = /^\d/.test(word) ? word.replace(/,/g, '').replace(/^(?:19|20)(\d0s)$/, '$1') : stemmer(americanise(irregularBase(PLACE_SPELLINGS[word] ?? word)));
    if (keyCache.size > 50_000) keyCache.clear();
    keyCache.set(word, key);
  }
  return key;
}

/** Numeric value of a number word or figure ("6.3" → 6.3, "seven" → 7, "1,200" → 1200, "1950s" → 1950), or null. */
export function numberValue(word: string): number | null {
  if (/^\d[\d,]*(\.\d+)?$/.test(word)) return Number(word.replace(/,/g, ''));
  // Decades: "the 1950s", "the 60s" (the same decade as "the 1960s": compared by their last two digits).
  const decade = /^(\d{2}|\d{4})s$/.exec(word);
  if (decade) return Number(decade[1]) % 100;
  // An ordinal in figures ("the 75th anniversary", "the 24th meeting"): its number.
  const ordinal = /^(\d+)(?:st|nd|rd|th)$/.exec(word);
  if (ordinal) return Number(ordinal[1]);
  return NUMBER_WORDS[word] ?? null;
}

/**
 * "half", "a third", "a quarter" are shares ("about a quarter of", "produce half of the global GDP") except after
 * these: a part of something named, not an amount ("the first half of the year", "its second half", "the other half").
 */
export const FRACTION_NOT_AFTER = new Set(['the', 'first', 'second', 'third', 'this', 'that', 'last', 'latter', 'former', 'other', 'next', 'previous', 'each', 'every', 'its', 'his', 'her', 'their', 'our', 'my', 'your']);
export const FRACTIONS = new Set(['half', 'third', 'quarter', 'fifth', 'tenth']);

/** "one" after these is a pronoun, not a number: "no one", "any one of them", "the one who", "this one". */
export const ONE_AS_PRONOUN_AFTER = new Set(['no', 'any', 'every', 'some', 'each', 'the', 'this', 'that', 'which', 'another', 'last', 'other']);

/**
 * Pairs of words of opposite meaning that a quote can swap without changing a letter around them ("we support it" →
 * "we oppose it", "cease the war immediately" → "gradually"). Compared by stem, so inflections count
 * ("supported"/"opposes"). Hand-made for news about diplomacy, trade and war; words that take a negating prefix
 * ("acceptable"/"unacceptable") are caught by `negatedByPrefix` instead.
 */
const OPPOSITE_PAIRS = `support oppose|support reject|accept reject|accept refuse|agree refuse|agree reject|approve reject|confirm deny|
  admit deny|allow forbid|allow prohibit|allow ban|permit prohibit|permit ban|lift impose|include exclude|
  join leave|enter leave|enter exit|import export|buy sell|attack defend|offensive defensive|increase decrease|
  increase reduce|increase cut|increase fall|increase decline|grow fall|grow decline|grow shrink|grow drop|
  rise fall|rise drop|rise decline|rise decrease|grow decrease|rise shrink|raise lower|raise cut|gain lose|win lose|victory defeat|success failure|
  succeed fail|strengthen weaken|strengthen undermine|expand reduce|expand shrink|improve worsen|
  improve deteriorate|positive negative|optimistic pessimistic|friend enemy|friendly hostile|ally enemy|
  ally adversary|allies enemies|partner enemy|partner rival|peace war|peaceful military|cooperation confrontation|
  cooperate confront|unite divide|united divided|immediately gradually|immediately eventually|quickly slowly|
  fast slow|rapid slow|soon later|early late|earlier later|always never|sometimes always|often rarely|often seldom|
  sometimes often|occasionally often|occasionally frequently|sometimes frequently|slight sharp|slightly sharply|slight steep|
  slightly steeply|slight significant|slightly significantly|modest sharp|
  more less|more fewer|most least|higher lower|high low|big small|large small|major minor|maximum minimum|
  strong weak|open close|open closed|start end|start stop|begin end|continue stop|continue end|continue halt|
  resume suspend|right wrong|true false|correct wrong|good bad|better worse|best worst|same different|
  similar different|internal external|domestic foreign|first last|new old|past future|yesterday tomorrow|
  present absent|inside outside|safe dangerous|easy difficult|easy hard|simple complex|simple complicated|
  public private|rich poor|north south|east west|western eastern|northern southern|ready reluctant|welcome reject|
  welcome condemn|praise condemn|praise criticise|praise criticize|love hate|like dislike|hope fear|sure unsure|
  guilty innocent|enough insufficient|fair unfair|bilateral multilateral|unipolar multipolar|export import|
  surplus deficit|profit loss|benefit harm|repeated occasional|repeatedly occasionally|frequent occasional|
  frequently occasionally|regular occasional|regularly occasionally|constant occasional|regardless depending|initialed signed|initialled signed|exceed approach|withdraw deploy|withdraw advance|retreat advance|escalate deescalate|overlap differ|coincide differ|converge diverge|
  escalation deescalation|few many|first latter|former latter|good poor|forced voluntary|compulsory voluntary|believe doubt|confident doubt|sure doubt|unilateral multilateral|
  sometimes constantly|sometimes continually|occasionally constantly|increasingly exclusively|increasingly entirely|
  largely fully|largely entirely|largely completely|partly fully|partly entirely|partly completely|substantial modest|
  significant modest|regional global|economic political|grow fade|increase fade|consensus majority|unanimous majority|publicly secretly|publicly quietly|publicly privately|
  openly secretly|openly privately|openly quietly|comfort concern|comfort worry|always often|always usually|
  always occasionally|always rarely|always seldom|repeatedly rarely|repeatedly seldom|frequently rarely|frequently seldom|regularly rarely|
  regularly seldom|constantly rarely|constantly seldom|invariably occasionally|invariably rarely|invariably sometimes|
  contrary line|contrary accordance|contrary consistent|contrary conformity|contrary compliance|
  support study|support examine|support review|against for|against favour|against favor|
  resume create|resume establish|revive create|revive establish|restore create|restore establish|observer full|increase double|increase triple`;

let opposites: Map<string, Set<string>> | null = null;
/** Stem → stems of opposite meaning, built on first use. */
function oppositesByStem(): Map<string, Set<string>> {
  if (opposites) return opposites;
  opposites = new Map();
  for (const pair of OPPOSITE_PAIRS.split('|')) {
    const [a, b] = pair.trim().split(/\s+/) as [string, string];
    for (const [x, y] of [[a, b], [b, a]] as const) {
      const set = opposites.get(wordKey(x)) ?? new Set<string>();
      set.add(wordKey(y));
      opposites.set(wordKey(x), set);
    }
  }
  return opposites;
}

/** Prefixes that negate the word they are put before ("acceptable" → "unacceptable", "agree" → "disagree"). */
const NEGATING_PREFIXES = ['un', 'in', 'im', 'il', 'ir', 'dis', 'non', 'non-'];

/** One word is the other with a negating prefix: "acceptable"/"unacceptable", "legal"/"illegal", "agree"/"disagree". */
export function negatedByPrefix(a: string, b: string, minLetters = 5): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  // At least five letters left, so "form"/"inform" and "vest"/"invest" are not taken for negations.
  if (short.length < minLetters) return false;
  return NEGATING_PREFIXES.some((p) => long === p + short);
}

/**
 * Words of one kind with different values: a month, an ordinal or a span of time put for another changes the fact
 * ("the second half of May" for "April", "Russian as a first language" for "second", "thrived over the centuries"
 * for "decades"). Compared by stem; "may" counts as a month only when capitalised.
 */
const VALUE_GROUP_WORDS = [
  'january february march april may june july august september october november december',
  'first second third fourth fifth sixth seventh eighth ninth tenth',
  'day week month year decade century',
  // ("fall" is a verb too often to be a season here.)
  'spring summer autumn winter',
  'monday tuesday wednesday thursday friday saturday sunday',
  // (A part of the year: "the first quarter" for "the first half".)
  'half quarter',
];
let valueGroups: Array<Set<string>> | null = null;

export function differentValues(a: string, b: string, aCapitalised = true, bCapitalised = true): boolean {
  if ((a === 'may' && !aCapitalised) || (b === 'may' && !bCapitalised)) return false;
  const ka = wordKey(a);
  const kb = wordKey(b);
  valueGroups ??= VALUE_GROUP_WORDS.map((g) => new Set(g.split(' ').map((w) => wordKey(w))));
  return ka !== kb && valueGroups.some((g) => g.has(ka) && g.has(kb));
}

/**
 * Words that hedge an amount, by kind: an estimate ("about $13 billion"), a floor ("more than 70 percent", "crossed $1
 * billion") and a ceiling ("almost half", "approaching $10 billion"). One put for another of its kind keeps the claim;
 * a floor put for a ceiling turns it round. The one table the engine and the verdict read.
 */
export type HedgeKind = 'estimate' | 'floor' | 'ceiling';
const AMOUNT_HEDGES: Readonly<Record<HedgeKind, readonly string[]>> = {
  estimate: ['approximately', 'roughly', 'about', 'around', 'circa', 'approx', 'some'],
  floor: ['more', 'over', 'above', 'exceeding', 'exceeds', 'exceeded', 'beyond', 'crossed', 'surpassed', 'topped', 'upwards'],
  ceiling: ['almost', 'nearly', 'under', 'below', 'less', 'fewer', 'approaching', 'close', 'nearing'],
};
const HEDGE_KIND = new Map<string, HedgeKind>(Object.entries(AMOUNT_HEDGES).flatMap(([kind, words]) => words.map((w) => [w, kind as HedgeKind] as const)));
/** The kind of hedge a word is, or null. */
export const hedgeKind = (w: string): HedgeKind | null => HEDGE_KIND.get(w) ?? null;

/** "tens of thousands", "hundreds of millions": dropping or adding one changes the order of magnitude. */
export const MAGNITUDES = new Set(['tens', 'hundreds', 'dozens']);

/** Words of opposite meaning (by stem): "support"/"opposed", "immediately"/"gradually", "increase"/"fell". */
export function areOpposites(a: string, b: string): boolean {
  return oppositesByStem().get(wordKey(a))?.has(wordKey(b)) ?? false;
}

export function multiplierValue(word: string): number | null {
  return MULTIPLIERS[word] ?? null;
}

/** Words whose presence or change is meaning-bearing, with the kind of change. */
export function changeKindOf(word: string): 'negation' | 'modal' | 'pronoun' | 'number' | null {
  if (NEGATIONS.has(word)) return 'negation';
  if (numberValue(word) !== null || MULTIPLIERS[word] !== undefined || word === 'percent') return 'number';
  if (MODALS.has(word)) return 'modal';
  if (PRONOUNS.has(word)) return 'pronoun';
  return null;
}

/**
 * Irregular verb forms → base form, so a translation's "began" meets the transcript's "begin" and "said" meets "say".
 * The common irregular verbs of news English (Porter stemming leaves these apart).
 */
const IRREGULAR: Record<string, string> = Object.fromEntries(
  `arise arose arisen|be was were been|bear bore borne|beat beat beaten|become became|begin began begun|bend bent|bind bound|bite bit bitten|
  bring brought|build built|buy bought|catch caught|choose chose chosen|come came|cost cost|cut cut|deal dealt|do did done|draw drew drawn|
  drink drank drunk|drive drove driven|eat ate eaten|fall fell fallen|feed fed|feel felt|fight fought|find found|flee fled|fly flew flown|
  forbid forbade forbidden|forget forgot forgotten|forgive forgave forgiven|freeze froze frozen|get got gotten|give gave given|go went gone|
  grow grew grown|hang hung|have has had|hear heard|hide hid hidden|hold held|hurt hurt|keep kept|know knew known|lay laid|lead led|
  leave left|lend lent|lie lay lain|lose lost|make made|mean meant|meet met|pay paid|put put|quit quit|read read|ride rode ridden|
  ring rang rung|rise rose risen|run ran|say said|see saw seen|seek sought|sell sold|send sent|set set|shake shook shaken|shoot shot|
  show showed shown|shut shut|sing sang sung|sink sank sunk|sit sat|sleep slept|speak spoke spoken|spend spent|stand stood|steal stole stolen|
  stick stuck|strike struck|swear swore sworn|take took taken|teach taught|tear tore torn|tell told|think thought|throw threw thrown|
  understand understood|undertake undertook undertaken|wake woke woken|wear wore worn|win won|withdraw withdrew withdrawn|write wrote written|
  overcome overcame|uphold upheld|withhold withheld|foresee foresaw foreseen|undergo underwent undergone|mislead misled|rebuild rebuilt`
    .split('|')
    .flatMap((group) => {
      const [base, ...forms] = group.trim().split(/\s+/);
      return forms.map((f) => [f, base as string]);
    }),
);

export function irregularBase(word: string): string {
  return IRREGULAR[word] ?? word;
}

/**
 * A country's adjective is its name's family ("Russian-Chinese relations" = "Russia-China relations"); so is "US", read as
 * "usa" (tokens.ts), of America's.
 */
export const DEMONYMS: Readonly<Record<string, string>> = {
  chinese: 'china', russian: 'russia', turkish: 'turkey', iranian: 'iran', pakistani: 'pakistan', azerbaijani: 'azerbaijan',
  kazakh: 'kazakhstan', belarusian: 'belarus', qatari: 'qatar', indian: 'india', ukrainian: 'ukraine', american: 'america', usa: 'america',
  european: 'europe', afghan: 'afghanistan', kyrgyz: 'kyrgyzstan', tajik: 'tajikistan', uzbek: 'uzbekistan', mongolian: 'mongolia',
  turkmen: 'turkmenistan', israeli: 'israel', palestinian: 'palestine', emirati: 'emirates', saudi: 'saudi', syrian: 'syria',
};

/** Adjectives and verbs whose noun is spelt another way ("proud" / "pride", "strong" / "strength"). */
const NOUN_OF: Readonly<Record<string, string>> = {
  proud: 'pride', strong: 'strength', deep: 'depth', long: 'length', wide: 'width', broad: 'breadth', high: 'height',
  young: 'youth', warm: 'warmth', grow: 'growth', grew: 'growth', grown: 'growth', true: 'truth', wise: 'wisdom',
};

/** Same word family: one lemma extends the other ("negotiate"/"negotiations"), unlike "initialled"/"initiated". */
export function sameFamily(a: string, b: string): boolean {
  const noun = (w: string) => { const n = NOUN_OF[w] ?? NOUN_OF[lemma(w)]; return n === undefined ? undefined : lemma(n); };
  const la = DEMONYMS[a] ?? noun(a) ?? lemma(a);
  const lb = DEMONYMS[b] ?? noun(b) ?? lemma(b);
  if (la === lb || americanise(la) === americanise(lb) || americanise(a) === americanise(b)) return true;
  const [short, long] = la.length <= lb.length ? [la, lb] : [lb, la];
  if (short.length >= 4 && long.startsWith(short)) return true;
  // One root, two derivations: "terrorism" / "terrorist", "dominance" / "domination", "deceived" / "deception",
  // "economy" / "economic", "industry" / "industrial", "student" / "study" (not "initial" / "initiate").
  // ("authorised" / "authority": a verb in "-ize" and a noun of one root; "maximise" / "maximum".)
  const root = (w: string) => w.replace(/ceiv(?:e|ed|es|ing)?$|cept(?:ion|ive)$/, 'cep').replace(/(?:ism|ist|anc|ance|ation|enc|ence|ent|ment|ity|ive|ion|ical|ic|ial|al|ize|iz|um|y)$/, '');
  const ra = root(la);
  const rb = root(lb);
  if (ra.length >= 4 && ra === rb && (ra !== la || rb !== lb)) return true;
  // A noun in "-sion" of a verb in "-de": "decision" / "decided", "conclusion" / "concluded", "division" / "divide".
  const verbOf = (w: string) => w.replace(/sion$/, 'de');
  const [va, vb] = [verbOf(la), verbOf(lb)];
  return (va !== la) !== (vb !== lb) && va.replace(/e$/, '') === vb.replace(/e$/, '') && va.length >= 5;
}

/**
 * A conservative lemma for telling inflection from a different word: only regular endings are removed,
 * so "initialled"/"initiated" or "irreversible"/"inevitable" stay different while "supplies"/"supply" agree.
 */
export function lemma(word: string): string {
  const w = irregularBase(word);
  if (w !== word) return w;
  const am = word.replace(/isation/, 'ization').replace(/ise(d|s)?$/, 'ize$1').replace(/ising$/, 'izing').replace(/our$/, 'or');
  const base = am
    .replace(/ies$/, 'y')
    .replace(/([^aeiou])ied$/, '$1y')
    .replace(/(ss|sh|ch|x|z)es$/, '$1')
    .replace(/([^s])s$/, '$1')
    .replace(/ing$/, '')
    .replace(/ed$/, '')
    .replace(/ll$/, 'l')
    .replace(/e$/, '');
  return base.length >= 3 ? base : am;
}
