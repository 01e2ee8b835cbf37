/**
 * Who does the article credit for a quote? Looks, in this order, at the words between the parts of a broken
 * quote, right after the quote ("…,” Putin said / said the Russian president), right before it ("Erdogan told
 * reporters:", "According to Xi,"), then at the nearest person named in the same sentence or in the paragraph
 * that introduces a block quote. "He said" resolves to the last person named before the quote.
 */
import { compileTerms, findTerms, type TermIndex } from './term-finder';
import type { ArticleBlock, Attribution } from './types';
import { DEMONYMS } from './words';

export interface PersonRef {
  id: string;
  name: string;
  speakerId: string | null;
  institution: boolean;
  aliases: string[];
  /** The speaker's role ("President of Russia"), for resolving "the president". */
  roleText?: string | null;
  /** A journalist's outlet ("Izvestia newspaper"), for "a reporter from Izvestia". */
  outlet?: string | null;
  /** The pronoun the press uses for the person, where the gazetteer knows it. */
  pronoun?: 'he' | 'she' | null;
}

export interface AttributionFinder {
  index: TermIndex;
  byId: Map<string, PersonRef>;
  /** Countries, places and organisations: capitalised words that are not people ("Russia, in his account, …"). */
  notPeople: TermIndex;
  /** A journalist named by outlet ("a reporter from the Izvestia daily", "the RT correspondent"). */
  byOutlet: Array<{ re: RegExp; ref: PersonRef }>;
}

/** Institutions the press credits with words ("the Kremlin said"): quoting them for a leader's words is misattribution. */
const INSTITUTIONS: PersonRef[] = [
  { id: 'the-kremlin', name: 'the Kremlin', speakerId: null, institution: true, aliases: ['the Kremlin', 'Kremlin', 'Kremlin press service', "Kremlin's press service", 'the Kremlin press office'] },
  { id: 'russian-government', name: 'the Russian government', speakerId: null, institution: true, aliases: ['the Russian government', 'the Russian Foreign Ministry', 'Russian Foreign Ministry', 'Russian Defence Ministry', 'Russian Defense Ministry', 'Russian officials', 'Russian authorities', 'Moscow officials', 'Russian diplomats'] },
];

export const SPEECH_VERBS =
  'said|says|say|told|tells|tell|added|adds|expressed (?:the |his |her |their )?(?:hope|confidence|belief|conviction|view)|expressing (?:the |his |her )?(?:hope|confidence|belief|conviction)|voiced (?:the |his |her )?(?:hope|confidence)|allowed that|to remark|to observe|to quip|to reply|noted|notes|stressed|stresses|continued|insisted|insists|explained|warned|warns|declared|declares|argued|argues|claimed|claims|replied|answered|remarked|asserted|emphasised|emphasized|underlined|underscored|recalled|urged|suggested|suggest|proposed|proposes|acknowledged|admitted|conceded|acknowledge|admit|concede|quipped|joked|complained|vowed|promised|announced|assured|observed|commented|pointed out|went on|wrote|asked|stated|states|affirmed|reiterated|maintained|lamented|predicted|proclaimed|boasted|cautioned|concluded|responded|retorted|mused|opined|put it|cut in|interjected|described|called|calling|describing|writes|tweeted|posted|repeated|countered|shot back|agreed|sneered|fumed|scoffed|snapped|quipping|saying|adding|noting|stressing|insisting|warning|telling|arguing|claiming|recalling|declaring|promising|vowing|vowed|boasting|lamenting|complaining|explaining|asserting|emphasising|emphasizing|acknowledging|conceding|suggesting|urging|assuring|replying|responding|remarking|observing|pledged|pledging|mocked|mocking|joking|reassured|spoke of|spoke about|speaking of|talked of|talked about|calls|describes|speaks of|speaks about|talks of|talks about|recalls|urges|suggests|explains|argues|admits|acknowledges|emphasises|emphasizes|underlines|repeats|reiterates|points out|promises|vows|asks|answers|replies|concludes|observes|remarks|predicts|blamed|blames|blaming|accused|accuses|accusing|criticised|criticized|criticises|criticizes|hailed|hails|praised|praises|dismissed|dismisses|reminded|reminds|reminding|wanted to know|wants to know|wondered|wonders|inquired|enquired|began|concedes|asserts|quips|complains|announces|assures|affirms|maintains|retorts|contends|contended';
/** Verbs whose object is the listener, not the speaker: in "Xi told Putin" Putin did not speak. */
const ADDRESSEE_VERBS = /^(told|tells|tell|telling|asked|urged|urging|assured|assuring|reassured|promised|promising|warned|warning|reminded|thanked)$/i;
const VERB = new RegExp(`\\b(?:${SPEECH_VERBS})\\b`, 'i');
/** One named only by a relation to another: "his guest", "her host", "his Chinese counterpart", "Mr Sharif’s host". */
const RELATION = String.raw`\b(?:his|her|their|[Tt]he|(?:(?:Mr|Mrs|Ms|President)\.?\s+)?\p{Lu}[\p{L}-]+['’]s|[Tt]he\s+(?:\p{L}+\s+)?(?:president|leader|prime\s+minister|premier|emir|amir)['’]s)\s+(?:[\p{L}-]+\s+)?(?:guest|guests|host|hosts|visitor|counterpart|interlocutor|ally)`;
/** One named by a relation speaking right into a quote ("his guest answered that", "The host, for his part, said:", "this year,
 * said his guest, “…”")… */
const RELATION_BEFORE = new RegExp(`(?:${RELATION}(?:\\s*,[^,;:“”"]{1,30},)?\\s+(?:\\p{L}+\\s+)?(?:${SPEECH_VERBS})(?:\\s+that)?|,\\s*(?:${SPEECH_VERBS})\\s+${RELATION}\\s*,)\\s*[:,]?\\s*$`, 'iu');
/** A mention that is a relation ("his host"): not a subject of its own. */
const RELATION_START = new RegExp(`^${RELATION}$`, 'iu');
/** …or into the clause it reports, the quote at its end ("as his host said trade had slipped but was still “…”", "His host had
 * earlier described him as “…”", "His host, for his part, said the two countries were “…”" — an aside of a preposition or an
 * adverb, a relative clause or a participle's, "His Chinese counterpart, speaking once Mr Putin had finished, said", "The
 * Russian president's guest, who had dined with Putin, said"; not the name in apposition of "The host, Kassym-Jomart
 * Tokayev, insisted"). */
const RELATION_REPORTS = new RegExp(`${RELATION}(?:\\s*,\\s*(?:(?:for|in|as|at|on|by|too|though|however|meanwhile|instead|then|later|again)\\b[^,;:“”"]{0,25}|(?:who|whose|\\p{Ll}+ing)\\b[^,;:“”"]{0,70}),)?\\s+(?:(?:had|has|have|was|also|earlier|later|then|once|already|repeatedly)\\s+){0,2}(?:${SPEECH_VERBS})\\s+([^“”"«».;:!?]{1,120})$`, 'iu');
/** …or opening a clause ("; his counterpart replied that"). */
const RELATION_OPENS = new RegExp(`^\\s*${RELATION}\\b`, 'iu');
/** …or right after it ("“…,” his guest replied"). */
const RELATION_AFTER = new RegExp(`^[\\s,]*(?:[—–]\\s*)?${RELATION}\\s+(?:${SPEECH_VERBS})\\b`, 'iu');
/** A name that qualifies a noun ("the Obama years", "the Biden administration"): what stands before it, "|", what follows. */
const NAME_AS_MODIFIER = /\bthe\s+\|\s+(?:years|era|administration|administrations|presidency|government|team|camp|campaign|regime|doctrine|days)\b/i;
/** What one "quoted … as" doing: "quoted Putin as saying", "quoted him as calling …". */
const QUOTED_AS = '(?:saying|citing|calling|describing|telling|stating|noting|adding|putting it|observing|claiming|remarking|admitting|conceding)';
/** "When X asked (Y) whether … “…”": a quote inside the question of a leading clause; group 1 the asker, group 2 the question. */
const ASKED_WHEN = /^\W*(?:When|After|As|Once)\s+([^,“”"]{2,80}?)\s+asked\s+(?:[^,“”"]{0,60}?\s+)?(?:whether|if|why|how|what|about)\b([^“”";:]*)$/;
/** "Asked by X whether …, “…”": a quote inside the question, before the main clause begins or in a clause after it ("…, Putin said, answering a question from X about a truce “…”"). */
const ASKED_BY_CLAUSE = /(?:^\W*|,\s+)(?:(?:[Ww]hen\s+)?[Aa]sked\s+by|(?:[Aa]nswering|[Rr]esponding\s+to|[Rr]eplying\s+to|[Ii]n\s+(?:answer|response|reply)\s+to)\s+(?:a\s+)?question\s+(?:from|by))\s+([^,“”"]{2,80}?)\s+(?:whether|if|why|how|what|about)\b[^“”";:]*$/u;
/** Words attributed to someone, right before the quote: "a line attributed to Putin:". */
const ATTRIBUTED_TO = /\b(?:attributed|ascribed)\s+to\s+([^,;:“”"]{2,60}?)\s*[:,]?\s*$/u;
/** Asked in the passive, the question quoted right after the asker if any: "Putin was asked by X “whether …”", "he had (once) been asked “…”". */
/**
 * ...and the bare participle, its subject after the quote: "Putin on the Taliban: asked “allies or enemies,” he picks
 * allies", "When asked “…”, he smiled" (not after a name and an aside, "Gamov, of Komsomolskaya Pravda, asked:").
 */
const ASKED_BARE = /(?:^\W*|:\s*|\b(?:[Ww]hen|[Ii]f|[Oo]nce)\s+)(?:(?:also|then|later|first|again|directly|bluntly)\s+)?asked(?:\s+by\s+([^,;:“”"]{2,60}?))?\s*[:,]?\s*$/iu;
const ASKED_PASSIVE = /\b(?:was|were|(?:had|has|have)\s+(?:(?:once|already|previously|earlier|also|repeatedly|often)\s+)?been|is|being)\s+(?:(?:also|then|later|once|first|again|repeatedly|often)\s+)?asked(?:\s+by\s+([^,;:“”"]{2,60}?))?\s*[:,]?\s*$/u;
/** ...or further on, the question itself quoted: "Putin was asked by Zvezda TV, and I’m quoting the question:". */
const ASKED_PASSIVE_QUESTION = /\b(?:was|were|(?:had|has|have)\s+(?:\p{Ll}+\s+)?been)\s+(?:\p{Ll}+\s+)?asked(?:\s+by\s+([^,;:“”"]{2,80}?)(?=\s*[,;:]|\s+(?:about|on|over|whether|if|why|how|what|and)\b))?(?=[\s,;:])[^“”".!?]*$/u;
/** Inside what a participle reports, right before a name: "…, reporting that ", "…, claiming that ". */
const REPORTING_THAT = /,\s*(?:reporting|claiming|alleging|suggesting|writing)\s+that\s+(?:[^,;:“”"]{0,30}\s)?$/;
/** A byline: a block that is only a name, maybe after "By" ("By Alesia Kovalchuk"). */
const BYLINE = /^\s*(?:[Bb]y\s+)?\p{Lu}[\p{Ll}’'.-]+(?:\s+\p{Lu}[\p{Ll}’'.-]+){1,3}\s*$/u;
/** A paper's version of words quoted before: "ran that as", "printed it as", "had the line as". */
const PRINTED_AS = /\b(?:ran|printed|reported|quoted|headlined|rendered|carried|translated|paraphrased|had)\s+(?:that|it|this|those words|the line|the quote|the remark|his words|her words)\s+as\s*$/i;
/** A record's wording of someone's words ("the transcript renders it as", "…its English transcript, which renders the key line slightly differently:", "The Kremlin's own English transcript, posted the following day, reads:"; not a readout "translated by our newsroom" that someone "said:"). */
const RECORD_RENDERS = /\b(?:transcript|readout|record|translation|translator|interpreter|version)\b[^.;“”"]{0,80}\b(?:renders|rendered|translates|translated|gives|gave|reads|runs)\b(?!\s+by\b)(?:(?!\b(?:said|says|told|added|stated)\b)[^.;:“”"]){0,60}(?:\bas|:)\s*$/i;
/** A journalist the article does not name: "the journalist", "a Rossiya reporter". */
const UNNAMED_JOURNALIST = String.raw`(?:the|a|an|one|another)\s+(?:[\p{L}-]+\s+){0,2}?(?:journalist|reporter|correspondent|questioner|interviewer)`;
/** An unnamed journalist's speech verb right before a quote ("the journalist noted that", "a reporter asked:"). */
const UNNAMED_ASKER = new RegExp(`\\b${UNNAMED_JOURNALIST}\\s+(?:(?:then|also|later|first|had|has)\\s+)?(?:${SPEECH_VERBS}|asked|wondered|wanted to know)(?:\\s+that)?\\s*[:,]?\\s*$`, 'iu');
/** ...or one who "suggested that" or "asked whether" something, the quote inside it: group 1 is what was put. */
const UNNAMED_ASKER_THAT = new RegExp(`\\b${UNNAMED_JOURNALIST}(?:\\s+(?:for|from|of|at|with)\\s+[^,;:“”"]{1,50}?)?\\s+(?:(?:then|also|later|first|had|has)\\s+)?(?:suggested|asked|wondered|put it to him|noted|claimed|argued)\\s+(?:that|whether|if)\\b([^;:“”"]{0,120})$`, 'iu');
/** A speech verb right after a name, maybe past an aside or "has": "Lavrov, the foreign minister, said". */
const VERB_NEXT = `\\s*(?:,[^,]{0,60},\\s*)?(?:has\\s+|had\\s+)?(?:(?:later|also|then|again|earlier|subsequently|separately|once)\\s+)?(?:${SPEECH_VERBS})\\b`;
const VERB_FOLLOWS = new RegExp(`^${VERB_NEXT}`, 'i');
/** Lower-case job titles before a name ("Foreign ministry spokesman Nasser Kanaani said"). */
const ROLE_NOUNS = 'leader|politician|activist|opposition|candidate|spokesman|spokeswoman|spokesperson|commissioner|ombudsman|ombudswoman|minister|adviser|advisor|aide|analyst|expert|official|envoy|ambassador|chairman|secretary|director|professor|economist|researcher|lawmaker|senator|commentator|diplomat|correspondent|editor|negotiator|general';
/**
 * A given and a family name after a job title, whatever follows ("Taliban spokesman Zabihullah Mujahid welcomed…").
 * Not the article's own correspondent ("Our correspondent Irina Vasquez has been following this"): never "he".
 */
const TITLED_NAME = new RegExp(`\\b(?:${ROLE_NOUNS.split('|').filter((r) => !/^(?:correspondent|editor|commentator)$/.test(r)).join('|')}|President|Prime Minister|Minister|Chancellor|Premier|King|Secretary-General)\\s+((?:[A-Z][\\p{L}’'-]+\\s+){1,3}[A-Z][\\p{L}’'-]+)(?![\\p{L}])`, 'gu');
/** Someone the corpus does not know ("Kassym-Jomart Tokayev said", "said analyst Maria Ivanova"). */
/** Small words inside a name: "Tamim bin Hamad", "Luiz Inácio Lula da Silva", "Ursula von der Leyen". */
const NAME_PARTICLES = 'bin|ibn|bint|da|de|do|dos|das|di|du|van|von|der|den|al|el';
const UNKNOWN_NAME = new RegExp(`(?:\\b(?:${SPEECH_VERBS})\\s+(?:[a-z]+\\s+){0,3}|\\b(?:${ROLE_NOUNS})\\s+|\\b(?:Dr|Mr|Mrs|Ms|Prof|Sheikh)\\.?\\s+|^|[,;]\\s*)((?:[A-Z][\\p{L}’'-]+\\s+(?:(?:${NAME_PARTICLES})\\s+){0,2}){0,3}[A-Z][\\p{L}’'-]+)(?![\\p{L}])(?=${VERB_NEXT}|\\s*[,.]|$)`, 'gu');
/** The speech verbs of a sentence, and "according to". */
const VERBS_GLOBAL = new RegExp(VERB.source, 'gi');
const VERBS_AND_ACCORDING = new RegExp(`\\b(?:${SPEECH_VERBS}|according to)\\b`, 'gi');
/**
 * After a closing mark, an attribution: ”, Putin said / ” the Russian president told reporters (a quote whose opening
 * mark was lost, see extract-quotes and `unquoted`).
 */
const ATTRIBUTION_NEXT = `\\s*,?\\s*(?:[\\p{L}’'.-]+\\s+){0,7}(?:${SPEECH_VERBS})\\b`;
export const ATTRIBUTION_AFTER = new RegExp(`^${ATTRIBUTION_NEXT}`, 'u');
const PRONOUN = /\b(he|she|him|her)\b/i;
/**
 * One who "drew a shorter answer:", "got an answer that turned his own wording back on him:" or "asks him about …, and
 * the answer, in the Kremlin's English, is:" before a quote asked: the answer is the one asked's — named before, a
 * guess, never a flag. In a sentence, or a line before a block quote.
 */
const GOT_ANSWER = /(?:\b(?:drew|got|received|earned|elicited|prompted)\s+(?:a|an|the)\s+(?:\p{L}+\s+){0,2}(?:answer|reply|response|retort|rejoinder)(?:\s+(?:that|which)\s[^:;“”"]{1,80})?|\band\s+(?:the|his|her)\s+(?:\p{L}+\s+)?(?:answer|reply|response)(?:\s*,[^,:;“”"]{1,60},)?\s+(?:is|was|came))\s*:\s*$/iu;

export function createAttributionFinder(people: PersonRef[], notPeople: string[] = []): AttributionFinder {
  const all = [...people, ...INSTITUTIONS];
  const index = compileTerms(all.flatMap((p) => [p.name, ...p.aliases].map((term) => ({ term, id: p.id }))));
  return { index, byId: new Map(all.map((p) => [p.id, p])), notPeople: compileTerms(notPeople.map((term) => ({ term, id: 'x' }))), byOutlet: outletPatterns(people) };
}

/** Words after an outlet's name that say what it is ("the Izvestia daily", "the MIR TV channel"). */
const OUTLET_KIND = String.raw`(?:\s+(?:daily|newspaper|paper|TV channel|TV|channel|news agency|agency|radio|news site|news website|website|site|portal|outlet|broadcaster|television|magazine|weekly))?`;
const REPORTER = 'reporter|journalist|correspondent|questioner|interviewer';

/**
 * "a reporter from (the) X", "the X correspondent", "X's journalist", and the outlet asking ("Channel One asks if bloc is
 * “…”", its reporter's question): one pattern per journalist the corpus holds.
 */
function outletPatterns(people: PersonRef[]): Array<{ re: RegExp; ref: PersonRef }> {
  const escape = (t: string) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return people.flatMap((ref) => {
    if (!ref.outlet) return [];
    const name = ref.outlet.replace(/\s+(?:newspaper|TV channel|channel|agency|daily)$/i, '').trim();
    // (A word the transcript writes small may be printed capitalised: "Russia today" is "Russia Today".)
    const anyCase = (t: string) => escape(t).replace(/\b[a-z]/g, (c) => `[${c}${c.toUpperCase()}]`);
    const names = [anyCase(name), ...(/^russia today$/i.test(name) ? ['RT'] : [])].join('|');
    const re = new RegExp(String.raw`\b(?:(?:[Aa]n?|[Tt]he)\s+(?:${REPORTER})\s+(?:from|of|with|for|at)\s+(?:the\s+)?(?:${names})${OUTLET_KIND}|(?:[Aa]n?|[Tt]he)\s+(?:${names})${OUTLET_KIND}\s+(?:${REPORTER})|(?:${names})['’]s\s+(?:${REPORTER})|(?:${names})(?=\s+(?:asks|asked|wants\s+to\s+know|wanted\s+to\s+know|wonders|wondered)\b))\b`, 'g');
    return [{ re, ref }];
  });
}

/** Countries' adjectives ("Russian", "Chinese"…), as the quote engine knows them. */
const NATIONALITIES = Object.keys(DEMONYMS).join('|');
/** A relation that says the country of the one it names: "his Chinese counterpart", "the Turkish guest". */
const NATIONAL_RELATION = new RegExp(`\\b(${NATIONALITIES})\\s+(?:guest|guests|host|hosts|visitor|counterpart|interlocutor|ally)\\b`, 'i');

/** Forms of address and titles. */
/** A title right before a name that opens a clause ("…, and Mr Aliyev ran through", "…, and President Xi said"). */
const NAME_TITLE = String.raw`(?:(?:Mr|Mrs|Ms|Dr)\.?\s+|President\s+)`;
/** Right before one who opens a clause of his own: ", and (Mr) …", ", but …", " — while the …". */
const CLAUSE_JOINED = new RegExp(String.raw`(?:,|\s[—–])\s*(?:and|but|while)\s+(?:the\s+|${NAME_TITLE})?$`);
/** …of those, after a comma and "and" or "but" only. */
const JOINED_BY_AND = new RegExp(String.raw`,\s*(?:and|but)\s+${NAME_TITLE}?$`);
const TITLES = 'Mr|Mrs|Ms|Dr|Mr\\.|Mrs\\.|Ms\\.|Dr\\.|Your|His|Her|Excellency|Highness|Majesty|President|Prime|Minister|Chairman|Secretary|General|Emir|Amir|Sheikh|King|Sir|Madam|Dear';
/** Titles alone are not names ("Mr President", "Your Highness"). */
const TITLE_ONLY = new RegExp(`^(?:(?:${TITLES})\\s*)+$`);

/**
 * Capitalised words right before a name ("Mohammed bin Abdulrahman " before "Al Thani"), one space apart: a quote
 * blanked out between them ("Calling Putin “my dear friend,” Xi said") joins no names.
 */
const GIVEN_NAMES_BEFORE = /(?:\b\p{Lu}[\p{L}’'-]+[ \u00a0](?:(?:bin|ibn|bint)[ \u00a0])?)+$/u;
/** Words before a name that are not given names: titles, offices, nationalities, articles. */
const NOT_GIVEN_NAME = new RegExp(`^(?:${TITLES}|${NATIONALITIES}|Foreign|Deputy|Vice|Spokesman|Spokeswoman|Acting|Former|Leader|The|A|An|bin|ibn|bint|al|el|de|van|von|On|In|At|By|For|From|With|Then|But|And|Also|So|When|While|After|Before|Meanwhile|Later|Earlier|Today|Yesterday|Last|This|Next|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$`, 'i');

interface Located {
  ref: PersonRef | null;
  name: string;
  start: number;
  end: number;
  /** Picked for a "he" from a sentence where two people speak ("Jaishankar said …, while Putin described …"): a guess. */
  ambiguous?: boolean;
}

/** Words of the labels pages print in capitals: fact-check ratings, kinds of article. */
const CAPITAL_LABEL_WORDS = new Set(['TRUE', 'FALSE', 'MOSTLY', 'HALF', 'PARTLY', 'MISLEADING', 'UNPROVEN', 'UNVERIFIED', 'MISSING', 'CONTEXT', 'CORRECT', 'INCORRECT', 'ACCURATE', 'INACCURATE', 'EXAGGERATED', 'VERDICT', 'RATING', 'CLAIM', 'FACT', 'CHECK', 'BREAKING', 'UPDATE', 'UPDATED', 'ANALYSIS', 'OPINION', 'EXCLUSIVE', 'LIVE', 'WATCH', 'READ', 'MORE', 'EXPLAINER', 'COMMENT', 'EDITORIAL']);

/** Named people (known, or unknown capitalised names next to a speech verb) and pronouns in a stretch of text. */
function mentions(text: string, finder: AttributionFinder, offset = 0): Located[] {
  // A name inside a hyphenated compound names no one who speaks: "a pro-Kremlin account", "Kremlin-backed media".
  const inCompound = (m: { start: number; end: number }) => /\p{L}[-–]$/u.test(text.slice(Math.max(0, m.start - 2), m.start)) || /^[-–]\p{L}/u.test(text.slice(m.end, m.end + 2));
  const found: Located[] = findTerms(finder.index, text).filter((m) => !inCompound(m)).map((m) => {
    const ref = finder.byId.get(m.id) ?? null;
    const name = text.slice(m.start, m.end).replace(/['’]s$/, '');
    // A family name after given names that are not this person's is a relative: "Sheikh Mohammed bin Abdulrahman
    // Al Thani" is not the emir, Tamim bin Hamad Al Thani.
    const given = GIVEN_NAMES_BEFORE.exec(text.slice(0, m.start))?.[0];
    // An outlet's possessive is no given name ("Channel One's Anton Vernitsky").
    // (Nor before a title with its article, "the Amir": "Meeting HH the Amir, he said" names the emir, whatever comes
    // before.)
    if (ref && given && !ref.institution && !/['’]s\b/.test(given) && !/^the\s/i.test(text.slice(m.start, m.end))) {
      const own = new Set([ref.name, ...ref.aliases].flatMap((a) => a.toLowerCase().split(/\s+/)));
      const names = given.trim().split(/\s+/).filter((w) => !NOT_GIVEN_NAME.test(w));
      // Two given names or a "bin": a sentence's first word ("Meanwhile Putin said") is not a given name.
      const nameLike = names.length >= 2 || /\b(?:bin|ibn|bint)\b/.test(given);
      // (Nor a place, or what a preposition governs: "In St Petersburg Putin said".)
      const place = /^\s*(?:In|At|From|On|By|For|With|To|Of)\s/i.test(given) || findTerms(finder.notPeople, given).length > 0;
      if (nameLike && !place && !names.some((w) => own.has(w.toLowerCase()))) {
        const start = m.start - given.length + (given.length - given.trimStart().length);
        return { ref: null, name: text.slice(start, m.end), start: start + offset, end: m.end + offset };
      }
    }
    return { ref, name, start: m.start + offset, end: m.end + offset };
  });
  for (const m of [...text.matchAll(UNKNOWN_NAME), ...text.matchAll(TITLED_NAME)]) {
    const name = (m[1] ?? '').trim();
    const start = (m.index ?? 0) + (m[0] ?? '').indexOf(name);
    if (!name || /^(The|A|An|But|And|He|She|It|They|We|You|I|Our|His|Her|Their|In|On|At|As|This|That|When|While|After|Before|Since|Until|Having|Without|Besides|Despite|Asked|Speaking|According|Meanwhile|However|Earlier|Later|Still|Then|Now|On|For|If|Yet|So|Reports|Sources|Officials|Analysts|Leaders|Diplomats|Delegates|Delegations|Ministers|Members|Participants|Experts|Critics|Observers|Reporters|Journalists|Authorities|Partners|Heads|Both|Many|Several|Others|By|Photo|Photos|Credit|Updated|Posted|Posts|Memes|Tweets|Headlines|Published|Nobody|Noone|None|Nothing|No|Everybody|Everyone|Everything|Somebody|Someone|Something|Anybody|Anyone|Anything|Each|Every|All|Some|Most|Few|Neither|Either|What|Who|Which|Why|How|Where|There|Here|Such|These|Those|Its|My|Your|Not|Only|Even|Also|January|February|March|April|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|West|East|Westerners)$/.test(name.split(/\s+/)[0] ?? '')) continue;
    if (TITLE_ONLY.test(name) || findTerms(finder.notPeople, name).length > 0) continue;
    // A headline's bare "PM" or "Premier" ("PM says trade is “…”") is the role, as "the PM": whoever was named last as
    // prime minister — no stranger called "PM".
    if (/^(?:PM|Premier)$/.test(name)) {
      if (!found.some((f) => f.start - offset <= start && start < f.end - offset)) found.push({ ref: null, name: 'the PM', start: start + offset, end: start + name.length + offset });
      continue;
    }
    // (Nor a party's name standing for its candidate: "Mr Putin said the Republican had vowed …" names no one known.)
    if (/^(?:Republican|Democrat|Democratic|Conservative|Liberal|Socialist|Communist|Labour|Tory)s?$/.test(name)) continue;
    // (Nor a sentence adverb before its comma: "Surprisingly, he also talked about …", "Notably, he said".)
    if (/^\p{Lu}\p{Ll}{4,}ly$/u.test(name) && /^\s*,/.test(text.slice(start + name.length))) continue;
    // (Nor a greeting or a day: "Happy Friday, listeners", "Good Morning".)
    if (/^(?:Happy|Good|Merry|Dear)\s/.test(name) || /\s(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Morning|Evening|Afternoon|Night)$/.test(name)) continue;
    // (A name opening on a word in -ing is a title, no one: "the theme of the meeting, Strengthening Multilateral
    // Dialogue, he said".)
    if (/^\p{Lu}\p{Ll}{3,}ing\s/u.test(name)) continue;
    // A label in capitals is no one: a fact-check's rating ("MOSTLY TRUE. He said …"), "BREAKING", "ANALYSIS".
    if (name === name.toUpperCase() && name.split(/\s+/).some((w) => CAPITAL_LABEL_WORDS.has(w))) continue;
    // A transcript's speaker label ("IRINA VASQUEZ: And he says, “…”") names the one talking, not whom "he" means.
    // (A place in brackets may follow: "TOM ALDRIDGE, CORRESPONDENT (Astana):".)
    if (name === name.toUpperCase() && /^\s*(?:,\s*[A-Z][A-Z .'’-]*)?(?:\s*\([^)]{1,40}\))?:/.test(text.slice(start + name.length))) continue;
    // One capitalised word before a comma or a full stop is rarely a person ("Trade, he told Xi, was …"): a single
    // name counts only when a speech verb follows it ("Lavrov said").
    // (Or after the verb that ends an attribution: "“…,” said Hajiyev.")
    // (Not "Member states", "Gulf states": the noun, no verb.)
    if (!/\s/.test(name) && /^\s+states\b/.test(text.slice(start + name.length))) continue;
    if (!/\s/.test(name) && !VERB_FOLLOWS.test(text.slice(start + name.length)) && !(SAID_BEFORE_NAME.test(text.slice(0, start)) && /^\s*(?:[,.;]|$)/.test(text.slice(start + name.length)))) continue;
    // A title before a known name ("said President Aliyev", "Mr Putin"): the known person, not a stranger.
    if (found.some((f) => f.start - offset < start + name.length && start < f.end - offset)) continue;
    found.push({ ref: null, name, start: start + offset, end: start + name.length + offset });
  }
  // A journalist named by outlet: "A reporter from the Izvestia daily asked …", "the RT correspondent".
  for (const { re, ref } of finder.byOutlet) {
    for (const m of text.matchAll(re)) {
      const start = m.index ?? 0;
      if (!found.some((f) => f.start - offset < start + m[0].length && start < f.end - offset)) found.push({ ref, name: m[0], start: start + offset, end: start + m[0].length + offset });
    }
  }
  // "Amir tells Putin…", "Emir meets…": the Gulf press's headlines name the emir by his title alone (not "Amir Khan",
  // "Hossein Amir-Abdollahian": no name joined to it).
  for (const m of text.matchAll(BARE_EMIR)) {
    const start = m.index ?? 0;
    if (found.some((f) => f.start - offset <= start && start < f.end - offset)) continue;
    const emir = findTerms(finder.index, 'the Amir')[0];
    const ref = emir ? (finder.byId.get(emir.id) ?? null) : null;
    if (ref) found.push({ ref, name: m[0], start: start + offset, end: start + m[0].length + offset });
  }
  for (const m of text.matchAll(new RegExp(PRONOUN.source, 'gi'))) {
    // ("HE the Russian President", "HE President Putin": His Excellency, an honorific, no pronoun.)
    if (m[0] === 'HE' && /^\s+(?:the\s|\p{Lu}\p{Ll})/u.test(text.slice((m.index ?? 0) + 2))) continue;
    found.push({ ref: null, name: m[0], start: (m.index ?? 0) + offset, end: (m.index ?? 0) + m[0].length + offset });
  }
  for (const m of text.matchAll(FORMER_LATTER)) {
    const start = (m.index ?? 0) + offset;
    if (!found.some((f) => f.start <= start && start < f.end)) found.push({ ref: null, name: m[0], start, end: start + m[0].length });
  }
  for (const m of text.matchAll(GENERIC_ROLE)) {
    const start = (m.index ?? 0) + offset;
    if (found.some((f) => f.start <= start && start < f.end)) continue;
    found.push({ ref: null, name: m[0], start, end: start + m[0].length });
  }
  return found.sort((a, b) => a.start - b.start);
}

/** A verb of saying right before a name that ends the attribution ("said Hajiyev."), not one whose object is the listener ("told Reuters"). */
const SAID_BEFORE_NAME = /(?:^|[\s,”"’])(?:said|says|added|adds|noted|notes|continued|insisted|explained|argued|replied|answered|wrote|stressed|declared|remarked)\s+$/;

/** `mentions` of a text read from its first word, past leading spaces, so that a name opening it is found as one. */
function mentionsFromFirstWord(text: string, finder: AttributionFinder, offset: number): Located[] {
  const pad = /^\s*/.exec(text)?.[0].length ?? 0;
  return mentions(text.slice(pad), finder, offset + pad);
}

/** The one words are said to belong to or come from, named right after ("The words belong to Pavel Zarubin, …"), if any. */
function wordsOwner(text: string, finder: AttributionFinder, offset: number): Located | undefined {
  const owned = WORDS_OWNED_BY.exec(text);
  if (!owned) return undefined;
  const at = (owned.index ?? 0) + owned[0].length;
  const owner = mentions(unquoted(text.slice(at)), finder, offset + at).find((l) => !isPronoun(l.name));
  return owner && owner.start - offset - at <= 40 ? owner : undefined;
}

/**
 * The one a sentence right after a quote says its words belong to: "Those were Putin's words to the Amir", "These are
 * Xi's words", "That is Interfax’s Ksenia Chernyayeva’s question, word for word", "Those were the words of Alexander
 * Yunashev of Life, in his question", "It was Putin who said it, to Xi" — or undefined.
 */
function ownerNamedAfter(text: string, at: number, finder: AttributionFinder): Located | undefined {
  const rest = text.slice(at);
  const owned = /^[\s.]*(?:Those|These|That|This|Such)\s+(?:were|are|was|is|had been)\s+(?:(?:in\s+fact|actually|really)\s+)?/.exec(rest);
  const itWas = owned ? null : /^[\s.]*It\s+was\s+(?:(?:in\s+fact|actually|really)\s+)?/.exec(rest);
  // (Not when the article gives its verdict on the credit it reports — "These were the words of a Komsomolskaya Pravda
  // reporter. Misattributed." — the claim it checks is the quote's credit, flagged as the article flags it.)
  if ((!owned && !itWas) || /\bmis-?attribut|\b(?:wrongly|falsely|incorrectly|mistakenly)\s+(?:attributed|credited|ascribed)\b/i.test(rest.slice(0, 240))) return undefined;
  if (owned) {
    const from = at + owned[0].length;
    const whose = /^(?:the\s+|a\s+|part\s+of\s+(?:a|the)\s+)?(?:words|remarks|line|question)\s+(?:of|from|by|put\s+by)\s+/.exec(text.slice(from));
    const named = from + (whose?.[0].length ?? 0);
    // (An outlet's possessive may come first: "Interfax’s Ksenia Chernyayeva’s question".)
    const opens = (l: Located) => l.start === named || (!whose && /^(?:\p{Lu}[\p{L}.-]*\s+){0,2}\p{Lu}[\p{L}.-]*['’]s\s+$/u.test(text.slice(named, l.start)));
    const isWords = (l: Located) => whose !== null || /^\s*(?:['’]s)?\s+(?:own\s+)?(?:words|remarks|comments|answer|reply|response|message|question|line)\b/.test(text.slice(l.end));
    return mentions(text.slice(named, named + 80), finder, named).find((l) => l.ref && !l.ref.institution && opens(l) && isWords(l));
  }
  if (!itWas) return undefined;
  const from = at + itWas[0].length;
  const who = mentions(text.slice(from, from + 80), finder, from)[0];
  return who?.ref && !who.ref.institution && who.start === from && /^,?\s+(?:not\s+[^,]{1,40},\s+)?who\s+(?:actually\s+|really\s+|first\s+)?(?:said|says|spoke|used|uttered)\b/.test(text.slice(who.end)) ? who : undefined;
}

/** The title alone, capitalised or in a headline's lower case ("emir tells Putin"), with no name before or after it (see mentions). */
const BARE_EMIR = /(?<![\p{L}’'-]\s?|\p{Lu}[\p{L}’'.-]*\s)(?:[Ee]mir|[Aa]mir)(?![\p{L}’'-]|\s+(?:of\s+)?\p{Lu}|\s*-)/gu;

/** "the president" used like a pronoun: whoever with that role was named last. */
const ROLE = `(?:the (?:(?:${NATIONALITIES}) )?(?:acting |interim |caretaker )?(?:president|leader|prime minister|premier|PM|emir|amir|head of state|official)|His Highness)`;
const GENERIC_ROLE = new RegExp(`\\b${ROLE}\\b`, 'gi');
const isFormerOrLatter = (name: string) => /^the (?:former|latter)$/i.test(name);
/** "he", "she", "him" or "her": a person named by a pronoun. */
const isPersonPronoun = (name: string): boolean => /^(?:he|she|him|her)$/i.test(name);
/** "he" or "she": a person named by a pronoun as a subject. */
const isSubjectPronoun = (name: string): boolean => /^(?:he|she)$/i.test(name);
/** A role alone ("the president", "His Highness"), compiled once: `isPronoun` runs for every name in a paragraph. */
const ROLE_ALONE = new RegExp(`^${ROLE}$`, 'i');
const isPronoun = (name: string) => isPersonPronoun(name) || isFormerOrLatter(name) || ROLE_ALONE.test(name);
/**
 * "the former" and "the latter" standing for one of two people just named ("Putin and Xi met …, the former saying …
 * and the latter urging …"), as a subject: a verb, an adverb or a comma follows, not a noun ("the former US president").
 */
const FORMER_LATTER = /\b[Tt]he\s+(?:former|latter)(?=\s*[,;:]|\s+(?:(?:also|then|later|had|has|was|again|himself|herself|instead|in\s+turn)\s+)*(?:\p{Ll}+(?:ed|s|ing)\b|put|told|spoke|said|sounded|went|made|gave|took|met|thought|wrote|rose|drew|brought|kept|felt|saw|sent))/gu;

/**
 * The one "the former" or "the latter" stands for: of the last two people named before it, in its own sentence and the
 * two before (in its block and the block before), the first or the second. Fewer than two: no one.
 */
const FORMER_LATTER_SENTENCES = 3;
function formerOrLatter(blocks: ArticleBlock[], block: number, pos: number, finder: AttributionFinder, which: string): Located | null {
  const people: Located[] = [];
  let sentences = 0;
  for (let b = block; b >= 0 && b >= block - 1 && sentences < FORMER_LATTER_SENTENCES; b--) {
    const text = unquoted((blocks[b]?.text ?? '').slice(0, b === block ? pos : undefined));
    const parts = text.split(SENTENCE_GAP);
    const keep = parts.slice(-Math.max(1, FORMER_LATTER_SENTENCES - sentences)).join(' ');
    const from = text.length - keep.length;
    sentences += Math.min(parts.length, FORMER_LATTER_SENTENCES - sentences);
    people.push(...mentions(text.slice(from), finder, from).filter((m) => m.ref !== null && !m.ref.institution && !isPronoun(m.name)).reverse());
  }
  const distinct = people.filter((m, i) => people.findIndex((o) => (o.ref?.id ?? o.name) === (m.ref?.id ?? m.name)) === i);
  if (distinct.length < 2) return null;
  return /latter$/i.test(which) ? distinct[0]! : distinct[1]!;
}
/** Words before a name that make it an object, not the subject ("a follow-up from Yulia Bubnova"). */
const OBJECT_BEFORE_WORDS = 'from to with by of for at on about toward towards against between among after before like unlike than via over under into including alongside versus behind beside besides except within without told thanked asked met meeting urged and congratulating thanking welcoming greeting telling addressing answering questioning interrupting correcting praising inviting hosting receiving visiting quoting citing echoing greeted welcomed hosted invited congratulated received reminded reminding which who whom whose';
/**
 * ...maybe past capitalised words: titles and outlets ("by RT's Donald Courter", "quoting Iran's Supreme Leader Ayatollah
 * Ali Khamenei"), a title's "acting" or "former" ("With Iran's acting President Mohammad Mokhber, he noted"), and a title
 * in lower case ("Meeting Iran's acting president Mohammad Mokhber …, he said").
 */
/** One of `words` (either case of its first letter), then a name about to begin: "… met the ", "… told President ". */
function beforeName(words: string): RegExp {
  // (A word in -ing after "the", "a", "his" is a noun, no verb: "In the Kremlin’s account of the meeting Xi told Putin".)
  // (Past an adjective too: "At that earlier meeting Putin singled out …".)
  const word = (w: string) => `${w.endsWith('ing') ? String.raw`(?<!\b(?:the|a|an|this|that|his|her|its|their|our)\s+(?:\p{Ll}+\s+)?)` : ''}[${w[0]}${w[0]!.toUpperCase()}]${w.slice(1)}`;
  return new RegExp(`\\b(?:${words.split(' ').map(word).join('|')})\\s+(?:(?:the|a|an)\\s+)?(?:\\p{Lu}[\\p{L}’'.-]*\\s+|(?:acting|interim|caretaker|former|outgoing|incoming|president|prime\\s+minister|premier|emir|amir|foreign\\s+minister|leader)\\s+)*$`, 'u');
}
/** ...or one of a list the sentence names by the way ("with guests including UN secretary-general António Guterres, he"). */
const INCLUDED_BEFORE = String.raw`\b(?:including|such as|among them)\s+(?:[\p{L}’'.-]+\s+){0,4}$`;
const NOT_SUBJECT_BEFORE = new RegExp(`(?:${beforeName(OBJECT_BEFORE_WORDS).source})|(?:${INCLUDED_BEFORE})`, 'u');
/** A preposition before a name ("In talks with Azerbaijan’s Ilham Aliyev he called …"): not one a "he" after it means. */
const PREPOSITION_BEFORE = beforeName('with from by of for about after before alongside beside besides between among toward towards against');

function toAttribution(l: Located, lastPerson: Located | null, confident = true, roleCandidates: () => Located[] = () => []): Attribution | null {
  if (!l.ref && isPronoun(l.name)) {
    // "His Highness", in the Gulf press, is the emir.
    const [, nationality, role] = /^his highness$/i.test(l.name) ? [l.name, undefined, 'emir'] : (/^the (?:(?!acting |interim |caretaker )(\w+) )?((?:acting |interim |caretaker )?(?:president|leader|prime minister|premier|pm|emir|amir|head of state|official))$/i.exec(l.name)?.map((x) => x?.toLowerCase()) ?? []);
    if (role) {
      // "the president": the last person named who holds that role; "the Russian leader": of that country.
      // "the PM", "the premier": whoever was named last as a prime minister.
      const title = role === 'amir' ? 'emir' : role === 'pm' || role === 'premier' ? 'prime minister' : role.replace(/^(?:interim|caretaker) /, 'acting ');
      // "the Russian leader" holds a role in the country of that name (the speakers' roles spell Türkiye "Turkiye").
      const country = nationality ? DEMONYMS[nationality] : undefined;
      const holders = roleCandidates().filter((c) => {
        // Iran's "Acting Head of the Executive Branch" is the acting president to the press.
        const held = (c.ref?.roleText ?? '').toLowerCase().replace(/t[uü]rkiye/, 'turkey').replace(/acting head of the executive branch/, 'acting president');
        // (Someone outside the transcript holds only "the Head of State", the Central Asian press's word for its own
        // president: "the president" after Trump's promises is still the one who answers.)
        // (Nor a known name without a role there; one whose title the article wrote before the name holds it.)
        // (One outside the transcript whose country the role names holds it: "the Mongolian President" after "President
        // of Mongolia Ukhnaagiin Khurelsükh".)
        // (A journalist, known by an outlet, holds no office: "the head of state said" after a reporter was named is
        // the leader who answered.)
        // (And "the Belarusian leader" is that country's president or prime minister.)
        const journalist = Boolean(c.ref?.outlet) && !c.ref?.roleText;
        const leads = held.includes(title) || (role === 'leader' && /\b(?:president|prime minister|emir)\b/.test(held));
        return !journalist && (c.ref?.speakerId || (c.ref?.roleText && (role === 'head of state' || c.ref.id.startsWith('unknown:') || (country && leads)))) && (role === 'leader' || role === 'head of state' || role === 'official' || held.includes(title)) && (!country || held.includes(country));
      });
      const holder = holders[0];
      // Two presidents named nearby: "the president" is a guess, too weak to call a quote misattributed.
      const unambiguous = new Set(holders.slice(0, 8).map((h) => h.ref?.speakerId)).size === 1;
      return holder ? toAttribution(holder, null, confident && unambiguous) : null;
    }
    if (!lastPerson) return null;
    // "he" may point at "the PM" named before: resolved as that role.
    return toAttribution(lastPerson, null, confident && !lastPerson.ambiguous, roleCandidates);
  }
  // (A news outlet the gazetteer does not know, named as the one that "sent" or "carried" the words — "Meridian Press
  // Agency, working from the live feed, sent: “…”" — passes on someone's words: no one to flag them against.)
  return { name: l.ref?.name ?? l.name, speakerId: l.ref?.speakerId ?? null, institution: l.ref?.institution ?? false, confident: confident && !(!l.ref && OUTLET_NAME.test(l.name)) };
}

/** The name of a news outlet: "Meridian Press Agency", "Gulf News", "Continental Wire Service", "Rossiya TV". */
const OUTLET_NAME = /\b(?:Agency|News|Press|Wire|Wires|Service|Times|Post|Herald|Gazette|Tribune|Daily|Radio|TV|Television|Broadcasting|Channel|Network|Media|Newswire|Dispatch|Ledger|Courier|Chronicle|Observer|Monitor)$/;

/** A paragraph that opens with a quote whose opening mark was lost: I agree … within five years,” Putin said. */
// (A closing mark follows a word or its punctuation, never a space: 'Putin acknowledged that "the Kabul authorities have
// said …"' opens a quote.)
const LOST_OPENER = new RegExp(`^[^“”"«»]*[^\\s“”"«»][”"](?=${ATTRIBUTION_NEXT})`, 'u');

/** Quoted words are not the narrator's: blank them out (same length, so offsets hold). */
/**
 * A sentence that speaks of someone (he, his, their; spoke, said, asked; "Mr Putin") and not as I or we: the writer's,
 * not quoted ("At a news conference, Mr Putin was asked who stood in the way.").
 */
const WRITERS_SENTENCE = /\b(?:[Hh]e|[Hh]is|[Hh]im|[Ss]he|[Hh]er|[Tt]hey|[Tt]heir|[Ss]poke|[Ss]aid|[Ss]ays|[Tt]old|[Aa]dded|[Nn]oted|[Aa]sked|HE|HIS|HIM|SHE|HER|THEY|THEIR|SPOKE|SAID|SAYS|TOLD|ADDED|NOTED|ASKED)\b|\b(?:Mr|Mrs|Ms)\.?\s+\p{Lu}/u;
const FIRST_PERSON = /\b(?:I|we|our|us|my|me)\b/i;

/**
 * Where a quote whose opening mark was lost begins: the paragraph's start, past its leading sentences that are the
 * writer's ("Putin, for his part, spoke of energy. We will start supplying …,” he said."), as long as one is left,
 * and past a colon that gives the floor.
 */
export function lostMarkStart(text: string, start: number, end: number): number {
  let from = start;
  for (const m of text.slice(start, end).matchAll(/[.!?]\s+(?=\p{Lu})/gu)) {
    const at = start + (m.index ?? 0) + m[0].length;
    const sentence = text.slice(from, at);
    if (FIRST_PERSON.test(sentence) || !WRITERS_SENTENCE.test(sentence)) break;
    from = at;
  }
  // (A colon that gives the floor starts it: "Peskov reacted on Thursday: We are moving …,” he told Zarubin.)
  const colon = [...text.slice(from, end).matchAll(/:\s+(?=\p{Lu})/gu)].pop();
  return colon ? from + (colon.index ?? 0) + colon[0].length : from;
}

function unquoted(text: string): string {
  // Blanked to the same length (offsets stay); a quote that ends a sentence keeps its full stop, so the sentence after
  // it stays a sentence of its own (“…soon.” Putin said … “…,” he said: Putin, not the first speaker).
  // (Not when the sentence goes on in lower case after it: "Putin asked, “…?” before answering his own question by
  // praising Erdogan’s “…”" is one sentence, whose subject is Putin.)
  const blank = (m: string, at: number, all: string) => ' '.repeat(m.length - 1) + (/[.!?…]\s*.$/.test(m) && !/^\s+\p{Ll}/u.test(all.slice(at + m.length)) ? '.' : ' ');
  return text
    .replace(LOST_OPENER, (m) => {
      // (Past the writer's sentences before it, which stay: "Putin, for his part, spoke of energy. We will …,” he said.")
      const from = lostMarkStart(m, 0, m.length);
      return m.slice(0, from) + ' '.repeat(m.length - from);
    })
    .replace(/[“«„"][^”»“"]*[”»“"]/g, blank)
    // (And in the single marks of the British press, past the apostrophes inside: "‘Lukashenko’s view, which I share, is
    // that …,’ he said. ‘Whether we will need …’" names no Lukashenko outside the quote.)
    .replace(/‘(?:[^‘’“”"]|’(?=\p{L}))*’(?!\p{L})/gu, blank);
}

/**
 * Whom "he"/"she" refers to: the subject of the nearest sentence before the quote that names someone —
 * the first person named in it ("The emir told Putin … “…,” he said" → the emir).
 */
/** Verbs of answering, and of asking (whose subject is then not the one answering). */
const REPLY = /\b(?:replied|replies|answered|answers|responded|responds|retorted)\b/i;
// (Not the passive: "Putin was asked what stood in the way … “…,” he replied" — the one asked answers.)
// (Past an aside about the asker: "Yulia Bubnova, who covers the Kremlin, wanted to know …".)
// (A request is no question: "Putin asked Mokhber to pass on a message" — the one asking goes on speaking; "asked
// Putin to comment on …" is a question still.) (The asker may be named with his outlet: "Donald Courter of RT asked".)
const ASKED_AFTER = /^(?!\s*(?:was|were|is|are|been|being|has been|had been|got|gets)\s+(?:\p{Ll}+\s+)?(?:asked|questioned)\b)(?:\s*,\s*who\s[^,;:“”"]{1,60},)?(?:\s+of\s+(?:the\s+)?\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*){0,2})?\s*(?:[\p{Ll},]+\s+){0,2}(?:asked|asks|asking(?=\s+(?:whether|if|why|how|what|when|who|about)\b)|wondered|wanted to know|questioned|put\s+(?:it|the\s+question)\s+to(?=\s+(?:him|her)\b))\b(?!\s+(?:him|her|them|(?:the\s+)?(?:\p{Lu}[\p{L}’'.-]*\s+){1,3})to\s+(?!comment|explain|assess|clarify|elaborate|say|describe|respond|answer|name|share|give|spell|evaluate|predict)\p{Ll})/u;

/** One who asked put it to a "him" or "her": "… put it to him bluntly", "asked her whether". */
const ASKED_HIM = /^\s*(?:\p{Ll}+\s+){0,2}(?:asked|asks|questioned|put\s+(?:it|the\s+question)\s+to|pressed)\s+(?:him|her)\b/u;

/** One who invited, thanked, congratulated or welcomed another (whose reply may follow). */
const ADDRESSED_AFTER = /^\s*(?:\p{Ll}+\s+)?(?:invited|invites|thanked|thanks|congratulated|congratulates|welcomed|welcomes|greeted|greets|offered|offers|praised|praises|commended|commends|lauded|lauds)\s+(?:him|her|(?:the\s+)?\p{L})/u;
/**
 * Between one who asked and the one asked ("Vernitsky asked Vladimir Putin", "… of Channel One started gently, asking
 * whether the president was …").
 */
const ASKED_ONE = /^(?:\s+of\s+(?:the\s+)?\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*){0,2})?\s*(?:[\p{Ll},]+\s+){0,2}(?:asked|asks|asking|questioned)\s+(?:(?:whether|if)\s+)?(?:(?:the|Russian|President|Mr)\s+)*$/u;

/** A line that only signs a quote: "— Prime Minister Shehbaz Sharif", "– Vladimir Putin, to Ilham Aliyev". */
const CREDIT_LINE = /^\s*[—–-]\s*\S[^“”"]{0,120}$/;

/**
 * First names the press gives women (the transcript's journalists among them): a "he" is never one of them. Only this
 * way round — the leaders of the transcript are men, and a name not on the list says nothing.
 */
/**
 * A woman's given name, for the people the gazetteer does not hold (whom it knows, it says: `pronoun`): common Russian
 * and Western given names and the women most named beside this summit's news ("Kamala Harris", "Ursula von der Leyen").
 */
const SHE_GIVEN_NAMES = new Set('anna yelena elena maria olga natalia natalya tatiana tatyana irina svetlana ekaterina yekaterina marina alexandra julia yulia ksenia kseniya rossina aisel kamala hillary ursula angela giorgia kaja marine nancy'.split(' '));
/** (One the gazetteer holds without a pronoun — the transcript's journalists — by the given name of the full name: "the Interfax reporter" is Ksenia Chernyayeva.) */
const isWoman = (m: Located) => (m.ref?.pronoun ? m.ref.pronoun === 'she' : SHE_GIVEN_NAMES.has(foldName((m.ref?.name ?? m.name).split(/\s+/)[0] ?? '')));
const foldName = (w: string) => w.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');

/**
 * A transcript line's speaker label at the start of a block ("VIKRAM RAO, GUEST:", "Farid Noorzai:"): the name, lower
 * case, and where the label ends. Title case only for two to four capitalised words and a colon (not "Putin on Trump:").
 */
function labelOf(text: string): { name: string; end: number } | null {
  const m = /^[\s\W\d]*(\p{Lu}[\p{Lu} .’'-]+?)(?:,\s*\p{Lu}[\p{Lu} .’'-]*)?(?:\s*\([^)]{1,40}\))?:/u.exec(text) ?? /^[\s\W\d]*(\p{Lu}[\p{Ll}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){1,3}):\s/u.exec(text);
  return m?.[1] ? { name: m[1].toLowerCase(), end: m[0].length } : null;
}

function lastPersonBefore(blocks: ArticleBlock[], block: number, pos: number, finder: AttributionFinder, replying = false, pronoun = ''): Located | null {
  // A person named only as an object in a sentence whose subject is "he" itself ("He thanked Mr Putin for the oil.
  // “…,” he said"; "Asked by RT's Donald Courter …, he said") is the answer only when no sentence before names a subject.
  let objectOnly: Located | null = null;
  let possessive: Located | null = null;
  let ownerOf: Located | null = null;
  // A photo's caption names who is in the picture, not who speaks: its people are the answer only when nothing
  // else before the pronoun names anyone.
  let captioned: Located | null = null;
  // A transcript line's speaker ("VIKRAM RAO, GUEST: … he said “…”") says "I" of himself: his "he" is someone else.
  // (So does one in title case, "Farid Noorzai: … Listen to the reasoning he gave: “…”"; and the label of an earlier
  // line names who speaks it, not whom a "he" of a later line means.)
  const ownLabel = labelOf(blocks[block]?.text ?? '');
  // (Unless the line tells the labelled one's answer in the third person, "PUTIN: He recalled the withdrawal …, after
  // which, he said, …": its "he" is the one the label names.)
  if (ownLabel && /^(?:he|she|)$/i.test(pronoun) && /^\s*(?:He|She)\b/.test((blocks[block]?.text ?? '').slice(ownLabel.end))) {
    const named = mentions(blocks[block]?.text.slice(0, ownLabel.end) ?? '', finder).find((m) => m.ref && !m.ref.institution);
    if (named) return named;
  }
  const labelled = ownLabel?.name ?? null;
  const speaking = (m: Located) => labelled !== null && (m.ref?.name ?? m.name).toLowerCase() === labelled;
  // A "he" asked in his own sentence ("Asked whether he had watched the debate at all, he gave a long answer") is the
  // one who answers: not one who put the question or its premise before ("Zarubin had suggested that …").
  const ownText = unquoted((blocks[block]?.text ?? '').slice(0, pos));
  // (Not one who "questioned the legitimacy" of someone: only asking, suggesting, reminding, pressing.)
  const askedHere = /^\W*(?:when\s+)?(?:asked|pressed|questioned)\b/i.test(ownText.split(SENTENCE_GAP).pop() ?? '');
  // (Nor, when "he replied", one who invited, thanked or congratulated another: "Putin invited the emir to Russia; “I
  // gratefully accept,” he replied" — the one invited replies.)
  // (A leader who asks no one — "Putin asked: “What, or who, is standing in our way?” And he answered: …" — asks
  // himself, and answers.)
  const asksHimself = (m: Located, rest: string) => m.ref?.speakerId != null && !m.ref.outlet && !/^\s*(?:\p{Ll}+\s+){0,2}(?:asked|asks|questioned|pressed)\s+(?:him|her|them|the\s|Mr|Mrs|Ms|President|\p{Lu})/u.test(rest);
  const putTo = (m: Located, sentence: string) => (replying && ((ASKED_AFTER.test(sentence.slice(m.end)) && !asksHimself(m, sentence.slice(m.end))) || ADDRESSED_AFTER.test(sentence.slice(m.end)))) || (askedHere && /^\s*(?:\p{Ll}+\s+){0,2}(?:asked|suggested|reminded|challenged|pressed|wondered|wanted to know)\b/u.test(sentence.slice(m.end)));
  for (let b = block; b >= 0 && b >= block - 4; b--) {
    // (So does a pull quote's credit line, "— Prime Minister Shehbaz Sharif": it signs words printed again.)
    // (And a sub-head, "Trump’s promise", names what the section is about: the "he" of its first paragraph is the one
    // the article has been following — unless it is only a name, "Vladimir Putin, Russia", that heads his section.)
    const subhead = blocks[b]?.kind === 'heading' && b > 0 && !/[“”"«»]/.test(blocks[b]?.text ?? '') && !NAME_HEADING.test(blocks[b]?.text ?? '');
    if (b !== block && (blocks[b]?.kind === 'caption' || subhead || CREDIT_LINE.test(blocks[b]?.text ?? ''))) {
      captioned ??= mentions(unquoted(blocks[b]?.text ?? ''), finder).find((m) => m.ref || !/^(he|she|him|her)$/i.test(m.name)) ?? null;
      continue;
    }
    // (Nor does a byline, a block that is only the writer's name, "Alesia Kovalchuk" or "By Alesia Kovalchuk": the one
    // who writes, not one a "he" of the article means.)
    if (b !== block && BYLINE.test(blocks[b]?.text ?? '')) continue;
    const text = unquoted((blocks[b]?.text ?? '').slice(0, b === block ? pos : undefined));
    const sentences = text.split(SENTENCE_GAP);
    // Where each sentence starts in the block's text.
    const starts: number[] = [];
    for (let i = 0, at = 0; i < sentences.length; i++) {
      at = text.indexOf(sentences[i]!, at);
      starts.push(at);
      at += sentences[i]!.length;
    }
    // (Where this block's own speaker label ends: a name in it speaks the line.)
    const labelEnd = (b === block ? ownLabel : labelOf(blocks[b]?.text ?? ''))?.end ?? 0;
    for (let i = sentences.length - 1; i >= 0; i--) {
      const sentence = sentences[i] ?? '';
      // ("The latter said …" names one of two people named before: that one, where the words stand in the sentence.)
      const standFor = (m: Located): Located => {
        const one = formerOrLatter(blocks, b, (starts[i] ?? 0) + m.start, finder, m.name);
        return one ? { ...one, start: m.start, end: m.end } : m;
      };
      // The start of the pronoun's own sentence ("Asked by …, " before "he said").
      const own = b === block && i === sentences.length - 1 && !/[.!?]\s*$/.test(sentence);
      // A sentence that opens on "He" is about the one "he" means: a name inside it ("He said Lukashenko believed, and
      // he agreed, that …") is someone he talks about — an answer only when no sentence before names anyone.
      const aboutHim = /^\W*(?:he|she)\b/i.test(sentence);
      // Named people and roles ("the PM said: …" before “…,” he said), not other pronouns.
      // (One named as asking is never the "he" who answers: "Asked by an RT reporter, he said" — but a woman asking is
      // the "she" who goes on: "Asked by Ksenia Chernyayeva …, after she noted that".)
      const asker = (m: Located) => /\b(?:asked|questioned|pressed|prompted)\s+by\s+(?:[\p{L}’'.-]+\s+){0,4}$/iu.test(sentence.slice(0, m.start));
      // (A "he" is no woman: "Anna Derkach of MIR asked … He noted that “…”" is the one who answered.)
      // (Nor one named inside what a participle reports: "A Moscow tabloid inverted the line, reporting that Lukashenko
      // believed “…”. On a single currency, he said:" — the "he" is the one before.)
      // (Nor a name that only qualifies a noun: "Recalling the Obama years, he said" — the years are no one.)
      // (Nor one named in the leading "Asked about …" clause of the pronoun's own sentence: "Asked about Donald Trump’s
      // pledge to end the war quickly, he said:" — what he was asked about.)
      // (Nor one in a leading phrase of what the words are about: "Of the late Obama administration he said: “…”".)
      // (The pronoun's own sentence ends where the pronoun stands.)
      const topicLead = own && /^\W*(?:Of|About|Regarding|Concerning|As for|As to)\s[^,;:“”"]*$/i.test(sentence) ? sentence.length : 0;
      // (Nor one named in a leading participle's phrase that is all the sentence holds before the pronoun: "Turning to Mr
      // Trump, who has said he could end the war within a day, he said:" — the one turned to is not the one turning.)
      const participleLead = own && /^\W*\p{Lu}\p{Ll}+ing\b[^;:“”"]*,\s*$/u.test(sentence) && !/^\W*(?:During|Following|According)\b/.test(sentence) ? sentence.length : 0;
      const leadingAbout = Math.max(topicLead, participleLead, own && askedHere ? /^\W*(?:when\s+)?(?:asked|pressed|questioned)\s+(?:about|on|over|whether|if)\b[^,;:]*,/i.exec(sentence)?.[0].length ?? 0 : 0);
      // (Nor the outlet's own staff: "Our correspondent Tom Aldridge was in the hall. Tom, how did he sell the bloc?" —
      // the one reporting, never whom a "he" means.)
      // (A sentence before whose subject is a relation, "His Russian ally later told journalists that …", is about that
      // unnamed one: a "he" after it is no one named — not the one the relation hangs on.)
      const named = mentions(sentence, finder);
      if (!own && isSubjectPronoun(pronoun) && RELATION_OPENS.test(sentence) && VERB.test(sentence) && !named.some((m) => isSubject(sentence, m) && !isPronoun(m.name))) return null;
      // (One that a ", he said," in its sentence reports — "President Alexander Lukashenko, he said, believed “…”" — is
      // spoken of by the "he", who goes on: not the one a "he" after it means.)
      if (!own && isSubjectPronoun(pronoun) && /^[\W\d]*(?:\p{Lu}[\p{L}’'.-]*\s+){0,4}\p{Lu}[\p{L}’'.-]*\s*,\s*(?:he|she)\s+(?:said|says|added|noted|argued|insisted)\s*,/u.test(sentence)) continue;
      // (So is one whose subject is a description the finder knows no one by, "The Russian despot was quizzed by a
      // reporter about … his clash with Donald Trump. He shot back: “…”": the "he" is that one — not a name the sentence
      // holds only as an object; whoever is named before is a guess.)
      const described = DESCRIBED_SUBJECT.exec(sentence);
      if (!own && isSubjectPronoun(pronoun) && described && !PRONOUN_SUBJECT.test(sentence) && !named.some((m) => m.start < described[0].length || (isSubject(sentence, m) && !isPronoun(m.name)))) {
        const before = lastPersonBefore(blocks, b, starts[i] ?? 0, finder, replying, pronoun);
        return before && { ...before, ambiguous: true };
      }
      // (Nor the topic a sentence opens on, "On Trump, the July line was: “…”": what was talked about, not who talks.)
      const persons = named.map((m) => (isFormerOrLatter(m.name) ? standFor(m) : m)).filter((m) => m.start >= leadingAbout && !isTopicOpener(sentence, 0, m) && !OUR_STAFF.test(sentence.slice(0, m.start)) && (m.ref || !/^(he|she|him|her)$/i.test(m.name)) && !NAME_AS_MODIFIER.test(`${sentence.slice(Math.max(0, m.start - 4), m.start)}|${sentence.slice(m.end, m.end + 16)}`) && !speaking(m) && !REPORTING_THAT.test(sentence.slice(0, m.start)) && !(i === 0 && m.start < labelEnd) && !m.ref?.institution && !putTo(m, sentence) && !(asker(m) && !(/^she$/i.test(pronoun) && isWoman(m))) && !(/^(?:he|him|his)$/i.test(pronoun) && isWoman(m)) && !(/^she$/i.test(pronoun) && m.ref !== null && !m.ref.institution && !isWoman(m)));
      // A subject, or whoever a colon gives the floor to ("More from Putin: …"). In an earlier sentence a possessive
      // that opens it may be the one "he" means ("Putin's press conference has begun. …, he said").
      // Whoever a speech verb follows speaks ("Asked by Pavel Zarubin …, Putin said they had not. “…,” he said"),
      // before any other subject of the sentence (Zarubin, or "that Trump could halt …").
      // One who asks beside one who answers ("An RT correspondent asks him …, and Putin says …"): "he" is the one answering.
      // (", and Putin says" opens a clause of its own: its name is a subject.)
      // (So does "— and the Russian leader replied" after a quote.)
      const clauseSubject = (m: Located) => isSubject(sentence, m) || CLAUSE_JOINED.test(sentence.slice(0, m.start));
      // (A speaker inside a leading clause gives way to the main clause's: "When Gamov said that …, Putin objected: “…”".)
      const lead = /^\W*(?:When|While|After|As|Although|Though|Since|Before|Once|If)\b[^,;:“”"]*,\s*/.exec(sentence)?.[0].length ?? 0;
      // (Only when the main clause's subject speaks too — a speech verb, or a colon that gives the floor: not "When Putin
      // discussed the race, Joe Biden was still the candidate".)
      // (Or whatever it does, when the leading clause's one only asked: "When RT's Donald Courter asked whether …, Vladimir
      // Putin did not hesitate. “…,” he said" — the one asked.)
      const leadAsked = lead > 0 && persons.some((m) => m.start < lead && ASKED_AFTER.test(sentence.slice(m.end)));
      const mainSubject = lead > 0 ? persons.find((m) => m.start >= lead && isSubject(sentence, m) && (leadAsked || VERB_FOLLOWS.test(sentence.slice(m.end)) || /^[^,.;“”"]{0,40}:/.test(sentence.slice(m.end)))) : undefined;
      const speakers = own ? [] : persons.filter((m) => clauseSubject(m) && VERB_FOLLOWS.test(sentence.slice(m.end)) && !(mainSubject && m.start < lead));
      const found = speakers.find((m) => !ASKED_AFTER.test(sentence.slice(m.end))) ?? speakers[0];
      // Two who speak in the sentence, each in a clause of their own: which one "he" means is a guess, too weak to call
      // a quote misattributed.
      // One who only asked ("Vernitsky asked Vladimir Putin whether he was satisfied. He was, and said why: …"): "he"
      // is more likely the one asked, named right after the verb — still a guess, never a flag.
      const askedOnly = found !== undefined && speakers.every((m) => ASKED_AFTER.test(sentence.slice(m.end)));
      const asked = askedOnly ? persons.find((m) => m.start > found.end && ASKED_ONE.test(sentence.slice(found.end, m.start))) : undefined;
      // (One who asked "him" — "RT's Donald Courter put it to him bluntly: “…?”" — asked the one "he" means, named
      // before: not this sentence's answer.)
      if (askedOnly && !asked && !own && ASKED_HIM.test(sentence.slice(found.end))) continue;
      const speaker = asked ? { ...asked, ambiguous: true } : found && new Set(speakers.map((m) => m.ref?.speakerId ?? m.name)).size > 1 ? { ...found, ambiguous: true } : found;
      // (Not a name after a "he" of the sentence: "What he said was … that he did not know how Trump would do it" goes
      // on about him.)
      const afterPronoun = (m: Located) => !own && /\b(?:[Hh]e|[Ss]he)\b/.test(sentence.slice(0, m.start));
      // "…, but it was Putin who set the tone": the one the cleft singles out.
      const cleft = persons.find((m) => /\bit\s+(?:was|is)\s+$/i.test(sentence.slice(0, m.start)) && /^\s+who\b/i.test(sentence.slice(m.end)));
      // "Back to Putin's SCO Plus speech, where he …": the owner of a speech is the one "he" means in its own sentence.
      // (Not past one named as a subject before the pronoun: "When Yunashev rose at Putin's closing news conference, he
      // framed …" — the one who rose.)
      const namedSubject = own && persons.some((m) => !isPossessive(sentence, m) && isSubject(sentence, m) && !isPronoun(m.name));
      // (So is the owner of talks with someone: "One summary of Putin’s talks with Iran’s acting president Mohammad Mokhber
      // had him saying" — not "Zelensky’s idea of talks through intermediaries".)
      // (And in a sentence before whose own "he" speaks: "According to an English version of Mr Putin's opening remarks
      // …, he said: “…”. He also said “…”" — the one whose remarks they were.)
      // (Only the owner of remarks he made, not of what he was asked about: "Asked about Donald Trump’s pledge …, he said:
      // “…”" is no Trump's.)
      const heSpeaks = !own && /\b(?:he|she)\s+(?:also\s+|then\s+)?(?:said|added|told|says|went on)\b/i.test(sentence) && !persons.some((m) => !isPossessive(sentence, m) && isSubject(sentence, m));
      const remarksOwner = heSpeaks ? persons.find((m) => isPossessive(sentence, m) && OWN_REMARKS.test(sentence.slice(m.end, m.end + 40)) && !/\b(?:asked|pressed|questioned)\b[^,;]*$/i.test(sentence.slice(0, m.start))) : undefined;
      const speechOwner = remarksOwner ?? (own && !namedSubject ? persons.find((m) => isPossessive(sentence, m) && (SPEECH_NOUN.test(sentence.slice(m.end, m.end + 40)) || TALKS_WITH.test(sentence.slice(m.end, m.end + 40)))) : undefined);
      const pool = mainSubject ? persons.filter((m) => m.start >= lead) : persons;
      // ("One more from Erdoğan, on the ministers: they had kept up “…”, he said": the one the words come from.)
      // (So is the one another's summary is of: "Amado's summary of Putin on the newest member: he basically said, “…”".)
      const moreFrom = own ? persons.find((m) => /\b(?:(?:more|another|one|line|quote|words)\s+from|(?:summary|account|version|paraphrase|rendering|reading|gloss)\s+of)\s+(?:[\p{L}’'.-]+\s+){0,2}$/iu.test(sentence.slice(0, m.start))) : undefined;
      // (Not the one told, thanked or assured by someone else in the sentence: "The Qatari ruler told Putin: “…” He
      // added: “…”" — the "he" is the ruler, whom the finder may not know by that name; a live post may open on its time, "16:40 The …".)
      const toldOnly = (m: Located) => /\b(?:told|tells|thanked|thanks|assured|reminded|urged|congratulated|invited|greeted|welcomed)\s+(?:(?:President|Mr|the|Russian|his|her)\s+)*$/.test(sentence.slice(0, m.start)) && /^[\W\d]*(?:The|A|An|His|Her)\s/.test(sentence);
      // ("For Vladimir Putin, the SCO remains a platform …, he told reporters": the one whose view the sentence opens on.)
      // (And in a sentence before, where its own "he" told it: "For Putin, …, he told reporters. He reminded them …".)
      const viewOf = persons.find((m) => /^\W*For\s+$/.test(sentence.slice(0, m.start)) && /^\s*,/.test(sentence.slice(m.end)) && (own || /\b(?:he|she)\s+(?:\p{Ll}+\s+)?(?:told|said|says|tells|added)\b/u.test(sentence.slice(m.end))));
      // (In a sentence before, the subject of a clause joined on is one too: "Belarus became the tenth member, and
      // Vladimir Putin was quick to give Minsk the credit. He called it an achievement for Lukashenko. … he argued".)
      const subject = speaker ?? cleft ?? speechOwner ?? moreFrom ?? viewOf ?? pool.find((m) => (own ? isSubject(sentence, m) || standalonePossessive(sentence, m) : (clauseSubject(m) && !afterPronoun(m)) || possessiveOpening(sentence, m)) || (/^\s*:/.test(sentence.slice(m.end)) && !NOT_SUBJECT_BEFORE.test(sentence.slice(0, m.start)) && !toldOnly(m)));
      // (Two people each the subject of a clause of their own — "Lukashenko had lobbied for years, and Putin credited
      // him with the success. “…,” he said" — which one "he" means is a guess, never a flag.)
      const subjects = own || speaker ? [] : persons.filter((m) => m.ref && (isSubject(sentence, m) || /,\s*(?:and|but|while)\s+$/.test(sentence.slice(0, m.start))));
      // (A subject who only asked, found past a leading time — "On Thursday a Rossiya television reporter asked Putin
      // whether …. “…,” he said" — leaves "he" to the one asked, a guess, as above.)
      const first = subject ?? (!own ? persons[0] : undefined);
      const askedOne = first && !speaker && !aboutHim && ASKED_AFTER.test(sentence.slice(first.end)) ? persons.find((m) => m.start > first.end && ASKED_ONE.test(sentence.slice(first.end, m.start))) : undefined;
      if (askedOne) return { ...askedOne, ambiguous: true };
      // (A "he" opening a clause of time or cause after one named as a subject later in its own sentence, nothing but
      // words between — "The Emir spoke of Gaza, a topic Putin had echoed when he called …" — may be either: a guess,
      // never a flag. So may one after a clause of his own: "Putin joked …, and Aliyev ran through the agenda and, as
      // he put it to his counterpart, “…”".)
      const nearer = own && subject && isSubjectPronoun(pronoun) && /\b(?:when|as|after|because|while|since|before|until|where|once)\s*$/i.test(sentence) ? persons.filter((m) => m.start > subject.end && m.ref && clauseSubject(m) && (!/[,;:—–()]/.test(sentence.slice(m.end)) || JOINED_BY_AND.test(sentence.slice(0, m.start))) && sentence.length - m.end <= 160).pop() : undefined;
      if (nearer && nearer.ref !== subject?.ref) return { ...nearer, ambiguous: true };
      if (subject && !aboutHim && new Set(subjects.map((m) => m.ref?.speakerId ?? m.name)).size > 1) return { ...subject, ambiguous: true };
      if (subject && !aboutHim) return subject;
      const eligible = persons.filter((m) => !toldOnly(m));
      if (persons.length && !eligible.length && !own && !PRONOUN_SUBJECT.test(sentence)) return possessive ?? objectOnly;
      // (Nor one named where a "his" speaks of him: "Had the debate changed his view of Biden? “…,” he said", "His case
      // against Volodymyr Zelensky’s legitimacy …" — the "he" is the one whose view it was.)
      if (eligible[0] && !own && !PRONOUN_SUBJECT.test(sentence) && !/\b(?:[Hh]is|[Hh]er)\s+(?:\p{Ll}+\s+){0,2}(?:of|on|about|against)\s+$/u.test(sentence.slice(0, eligible[0].start))) return possessive ?? objectOnly ?? eligible[0];
      // Failing a subject, someone's possessive ("… Putin's answers …") says more than an object does.
      possessive ??= persons.find((m) => !NOT_SUBJECT_BEFORE.test(sentence.slice(0, m.start))) ?? null;
      // Not a possessive ("he was asked about Zelensky's suggestion"): the suggestion is the object, not Zelensky.
      // (Nor one spoken of: "“…,” he said of Kamala Harris" is about her.)
      // (Nor the one spoken to: "he told a reporter from Zvezda TV: “…”" — the next "he" is still the one telling.)
      // (Nor, in the pronoun's own sentence, one it names as an object before the "he": "In talks with Azerbaijan’s Ilham
      // Aliyev he called the corridor “…”" — the one who held talks with him.)
      objectOnly ??= persons.find((m) => !isPossessive(sentence, m) && !SPOKEN_OF.test(sentence.slice(0, m.start)) && !(PRONOUN_SUBJECT.test(sentence) && OBJECT_OF_VERB.test(sentence.slice(0, m.start))) && !(own && PREPOSITION_BEFORE.test(sentence.slice(0, m.start)))) ?? null;
      // Last of all, an owner in the pronoun's own sentence ("The Kremlin's English transcript of Putin's speech … has him saying": Putin).
      if (own) ownerOf ??= persons.find((m) => isPossessive(sentence, m)) ?? null;
    }
  }
  return possessive ?? objectOnly ?? ownerOf ?? captioned;
}

/** A body named as the owner of a text, with its record or as its publisher ("the Kremlin's version", "the Kremlin transcript", "published by the Kremlin"): a record, not one who speaks. */
function recordOf(text: string, l: Located): boolean {
  // (And one that only published it: "As published by the Kremlin, it ran:" before a leader's speech.)
  return Boolean(l.ref?.institution) && (isPossessive(text, l) || /^\s*(?:English\s+)?(?:transcript|readout|record|website|version|text)\b/i.test(text.slice(l.end)) || /\b(?:published|released|posted|issued|transcribed|circulated|distributed)\s+by\s+$/i.test(text.slice(0, l.start)));
}

/**
 * A sentence with "he" or "she" in it ("On Donald Trump's promise …, he was careful"), or one that has "him saying"
 * ("Several outlets reported him saying of Trump: …"): its named objects are not whom "he" means.
 */
const PRONOUN_SUBJECT = /\b(?:he|she)\b|\b(?:him|her)\s+(?:as\s+)?(?:saying|telling|calling|describing|demanding|promising|warning)\b/i;

/** Named inside an aside or as an object before the speech verb ("Mokhber, quoting … Khamenei, said"), but not "according to X" or "X and Y said". */
function inAside(before: string): boolean {
  return (NOT_SUBJECT_BEFORE.test(before) && !/\b(?:[Aa]ccording to|[Aa]nd)\s+(?:\p{Lu}[\p{L}’'.-]*\s+)*$/u.test(before)) || CITING_BEFORE.test(before);
}

/** A possessive that opens its sentence ("Putin's press conference has begun"): what follows is about that person. */
function possessiveOpening(sentence: string, m: Located): boolean {
  const before = sentence.slice(0, m.start);
  return /^[^\p{L}]*(?:\p{Lu}[\p{L}’'.-]*\s+)*$/u.test(before) && !NOT_SUBJECT_BEFORE.test(before) && /['’]s\b/.test(sentence.slice(m.start, m.end + 2));
}

/**
 * A possessive that owns no noun after it, the words it stands for ("The boldest line remains Putin's in Astana: “…,”
 * he told the session"): the one the words belong to, the one "he" means.
 */
function standalonePossessive(sentence: string, m: Located): boolean {
  const after = /['’]s$/.test(sentence.slice(m.start, m.end)) ? sentence.slice(m.end) : sentence.slice(m.end).replace(/^['’]s\b/, '');
  return isPossessive(sentence, m) && /^\s*(?:[:;,.]|(?:in|at|on|to|during)\s)/.test(after);
}

/** The name is an owner ("Trump's promise"): its match ends in "'s" or "'s" follows it. */
function isPossessive(text: string, m: { start: number; end: number }): boolean {
  return /['’]s$/.test(text.slice(m.start, m.end)) || /^['’]s\b/.test(text.slice(m.end));
}

/** A person named as the subject: not after a preposition or an addressee verb, not a possessive ("Trump's promise"). */
function isSubject(text: string, m: Located): boolean {
  const possessive = isPossessive(text, m);
  // An appositive to an object is the object ("With the Emir, Tamim bin Hamad Al Thani, Putin talked …").
  const before = text.slice(0, m.start);
  if (/,\s*$/.test(before) && /^\s*,/.test(text.slice(m.end)) && NOT_SUBJECT_BEFORE.test(before.replace(/,\s*$/, ' '))) return false;
  // Part of a compound ("the Biden-Trump debate") is no subject either.
  const compound = /\p{L}[-–]$/u.test(text.slice(0, m.start)) || /^[-–]\p{L}/u.test(text.slice(m.end));
  return !possessive && !compound && !NOT_SUBJECT_BEFORE.test(text.slice(0, m.start));
}

/** Every known person named before a position (most recent first), for "the president". */
function personsBefore(blocks: ArticleBlock[], block: number, pos: number, finder: AttributionFinder): Located[] {
  const out: Located[] = [];
  for (let b = block; b >= 0 && b >= block - 12; b--) {
    const text = unquoted((blocks[b]?.text ?? '').slice(0, b === block ? pos : undefined));
    // In the quote's own sentence, one named as an object is not the one the role names ("Turning to Putin, the
    // President said:" is Aliyev, named before).
    const own = b === block ? lastSentenceStart(text) : Infinity;
    // Someone outside the transcript holds the title written before the name ("Uzbekistan's President Shavkat
    // Mirziyoyev … “…,” the head of state said": Mirziyoyev, not a president named paragraphs earlier).
    const titled = (m: Located): Located => {
      const title = m.ref ? null : /\b(President|Prime Minister|Premier|Emir|Amir|King|leader)\s+$/i.exec(text.slice(Math.max(0, m.start - 20), m.start))?.[1];
      return title ? { ...m, ref: { id: `unknown:${m.name}`, name: m.name, speakerId: null, institution: false, aliases: [], roleText: title } } : m;
    };
    out.push(...mentions(text, finder).map(titled).filter((m) => (m.ref?.speakerId || (m.ref && !m.ref.institution && m.ref.roleText)) && !(m.start >= own && !isSubject(text, m))).reverse());
  }
  return out;
}

/**
 * The one who gave the answer someone "got" (GOT_ANSWER): the nearest speaker of the transcripts named before who is no
 * journalist — journalists ask ("RT's correspondent introduced himself … Zarubin asked about the debate and got an answer
 * that …:" is Putin's answer, named paragraphs before; "Gereikhanova asks him about Trump's promise …, and the answer
 * is:" is not Trump's); failing one, whoever was named last.
 */
function answererBefore(blocks: ArticleBlock[], block: number, pos: number, finder: AttributionFinder): Located | null {
  return personsBefore(blocks, block, pos, finder).find((m) => m.ref?.speakerId && !m.ref.outlet) ?? lastPersonBefore(blocks, block, pos, finder, true);
}

/** A credit that is a guess, never a flag. */
const asGuess = (a: Attribution | null): Attribution | null => (a ? { ...a, confident: false } : null);

/** The person or body the finder knows by this name ("Vladimir Putin", "Putin", "the Kremlin"), if any. */
export function personNamed(finder: AttributionFinder, name: string): PersonRef | undefined {
  const hit = findTerms(finder.index, name)[0];
  return hit ? finder.byId.get(hit.id) : undefined;
}

export function findAttribution(
  blocks: ArticleBlock[],
  spans: Array<{ block: number; start: number; end: number }>,
  finder: AttributionFinder,
): Attribution | null {
  const found = creditOf(blocks, spans, finder);
  // A quote inside a line a speaker's label opens ("Aisel Gereikhanova, Rossiyskaya Gazeta: Trump has said “he could
  // end the conflict … overnight”. How seriously …?"), credited to someone else the line names whom the transcripts do
  // not record: the line's speaker relays it in her own words — hers, a guess, never a flag.
  const first = spans[0];
  if (!found || found.speakerId !== null || found.institution || !first) return found;
  const line = blocks[first.block]?.text ?? '';
  const label = LINE_LABEL.exec(line);
  if (!label || first.start < label[0].length) return found;
  const speaker = mentions(line.slice(0, label[0].length), finder).find((m) => m.ref?.speakerId && !m.ref.institution);
  return speaker ? { ...(toAttribution(speaker, null, false) ?? found), confident: false } : found;
}

/** A line's speaker label, a name and maybe an outlet before a colon: "Aisel Gereikhanova, Rossiyskaya Gazeta: …". */
const LINE_LABEL = /^[\s\W\d]*\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){1,3}(?:,\s*[^:“”"]{1,40})?:\s/u;

function creditOf(
  blocks: ArticleBlock[],
  spans: Array<{ block: number; start: number; end: number }>,
  finder: AttributionFinder,
): Attribution | null {
  const first = spans[0];
  const last = spans[spans.length - 1];
  if (!first || !last) return null;
  const text = blocks[first.block]?.text ?? '';
  const lastText = blocks[last.block]?.text ?? '';
  // "he" is whoever was named before the pronoun itself ("Trade, he told Xi, was “…”": not Xi).
  // "he replied" after "Izvestia's Dmitry Laru asked whether …": the one who answers is not the one who asked.
  const resolve = (l: Located | undefined, replying = false): Attribution | null => {
    if (l && isFormerOrLatter(l.name)) {
      const one = formerOrLatter(blocks, first.block, l.start, finder, l.name);
      return one ? toAttribution(one, null) : null;
    }
    return l ? toAttribution(l, lastPersonBefore(blocks, first.block, Math.max(0, Math.min(first.start - 1, l.start)), finder, replying, l.name), true, () => personsBefore(blocks, first.block, Math.max(0, first.start - 1), finder)) : null;
  };

  // The one a "quoted … as saying" names: by name, by pronoun, or by the office of the person named before ("the
  // president") — whoever did the quoting.
  const quotedOne = (who: string, at: number) => {
    const hit = mentions(who, finder, at)[0];
    if (hit?.ref || (hit && isPronoun(hit.name))) return resolve(hit);
    if (!hit && /^(?:the\s+)?(?:Russian\s+|Chinese\s+|Turkish\s+)?(?:president|leader|head of state)$/i.test(who.trim())) {
      const office = lastPersonBefore(blocks, first.block, Math.max(0, at - 1), finder);
      return office?.ref && !office.ref.institution ? toAttribution(office, null, true) : null;
    }
    return null;
  };

  // 1. Between the parts of a broken quote: “We are ready,” Putin said, “to start…”
  for (let i = 1; i < spans.length; i++) {
    const a = spans[i - 1];
    const b = spans[i];
    if (!a || !b || a.block !== b.block) continue;
    const between = text.slice(a.end + 1, b.start - 1);
    if (VERB.test(between)) {
      const hit = mentions(between, finder, a.end + 1)[0];
      if (hit) return resolve(hit);
    }
  }
  // 0'. “…” Those were Putin's words to the Amir. / That is Interfax’s Ksenia Chernyayeva’s question. / It was Putin who
  // said it: the one the sentence after the quote says the words belong to, whatever the sentence before them claimed.
  const corrected = ownerNamedAfter(lastText, last.end + 1, finder);
  if (corrected) return toAttribution(corrected, null, true);
  // 0. A body's term, not words anyone said: "what the Kremlin calls the “global majority”" credits the Kremlin only
  // loosely (a person's — "what Xi called the “Astana spirit”" — is his word).
  const lead = sentenceBefore(text, first.start, finder);
  // The last one named (no pronoun) in a pattern's first group over the words before the quote ("asked by X", "attributed to X").
  const namedIn = (m: RegExpExecArray) => mentions(unquoted(m[1] ?? ''), finder, lead.start + (m.index ?? 0) + m[0].indexOf(m[1] ?? '')).filter((l) => !isPronoun(l.name)).pop();
  const term = TERM_BEFORE.exec(lead.text);
  const termOf = term ? mentions(term[1] ?? '', finder)[0] : undefined;
  if (termOf?.ref?.institution) {
    const a = resolve(termOf);
    return asGuess(a);
  }
  // 0a. A quote inside the question of one who asked, before the main clause ("Asked by Kommersant's Andrei Kolesnikov
  // whether a ceasefire could come first, “without any preconditions,” Putin recounted …"; "Answering a question from
  // MIR's Anna Derkach about “…”, Putin said"): the asker's words.
  // The one named as asking, credited with the words inside the question. (A word or three in the question is the
  // asker's word, not a statement: "whether that “bet” had become …" — a guess, never a flag.)
  const askerCredit = (m: RegExpExecArray): Attribution | null => {
    const asker = namedIn(m);
    const credit = asker ? resolve(asker) : null;
    return credit && (text.slice(first.start, last.end).match(/[\p{L}\p{N}]+/gu) ?? []).length <= 3 ? { ...credit, confident: false } : credit;
  };
  const askedBy = ASKED_BY_CLAUSE.exec(lead.text);
  // (Only inside the question: right after its words, "…, “…”", or with no clause after them — not "Asked by X whether
  // …, Putin said that “…”".)
  const question = askedBy ? lead.text.slice((askedBy.index ?? 0) + askedBy[0].indexOf(askedBy[1] ?? '') + (askedBy[1] ?? '').length) : '';
  const asked = question.replace(/,\s*$/, '');
  if (askedBy && !VERB.test(asked) && (/,\s*$/.test(question) || !asked.includes(','))) {
    const credit = askerCredit(askedBy);
    if (credit) return credit;
  }
  // 0a''. ...and in a leading clause of one who asked ("When the Interfax correspondent Ksenia Chernyayeva asked Vladimir
  // Putin whether the dead treaties would “never be relevant again”, the Russian leader answered …"): the asker's words,
  // not those of the main clause's subject after the quote.
  const askedWhen = ASKED_WHEN.exec(lead.text);
  if (askedWhen && !VERB.test(askedWhen[2] ?? '')) {
    const credit = askerCredit(askedWhen);
    if (credit) return credit;
  }
  // 0c. A question quoted right after its asker in the passive ("Putin was also asked by Izvestia’s Dmitry Laru
  // “whether Russia planned to …”"): the asker's words, not the one asked — a guess, never a flag. (Asked with no asker
  // named — "he had been asked “who was better for Russia, Biden or Trump”" — it is no one's named here: no credit.)
  // (Or a question, the quote's own "?", anywhere later in a sentence whose subject was asked: "Putin was asked by
  // Zvezda TV, and I’m quoting the question: “What do we know …?”".)
  const askedRight = ASKED_PASSIVE.exec(lead.text) ?? ASKED_BARE.exec(lead.text);
  const askedPassive = askedRight ?? (/\?\s*$/.test(text.slice(first.start, last.end)) ? ASKED_PASSIVE_QUESTION.exec(lead.text) : null);
  if (askedPassive) {
    const by = askedPassive[1] ?? '';
    const asker = by ? namedIn(askedPassive) : undefined;
    const a = asker ? resolve(asker) : null;
    // (Asked by an outlet, "by Zvezda TV", the question is no one's named here.)
    if (a || !by || !askedRight) return asGuess(a);
  }
  // 0d. Words "attributed to" someone ("Russian officials have been fond of a line attributed to Putin: “…”"): that
  // one's, as hearsay — a guess, never a flag (nor the ones fond of it).
  const attributedTo = ATTRIBUTED_TO.exec(lead.text);
  const ascribed = attributedTo ? namedIn(attributedTo) : undefined;
  if (attributedTo) {
    const a = ascribed ? resolve(ascribed) : null;
    return asGuess(a);
  }
  // 0e. A record's wording ("The Kremlin's own English transcript renders the promised response as “tit-for-tat”"):
  // the record speaks for no one; the words are the one named before's — a guess, never a flag.
  // (So is a paper's version of words quoted before: "one of the Sunday papers here ran that as “we support him”" —
  // the words of the one who answered, named before, not of the journalist who asked.)
  const rendered = RECORD_RENDERS.test(lead.text) ? lastPersonBefore(blocks, first.block, lead.start, finder) : PRINTED_AS.test(lead.text) ? answererBefore(blocks, first.block, lead.start, finder) : undefined;
  if (rendered !== undefined) return rendered && !rendered.ref?.institution ? toAttribution(rendered, null, false) : null;
  // 0a'. A quote inside a leading participle that names someone ("Calling Putin “my dear friend,” Xi said …"): the words
  // are the main clause's subject's, named right after the quote — not the one called so.
  if (/^\W*(?:Calling|Describing|Labell?ing|Terming|Hailing|Greeting|Addressing)\s+[^,;:“”"]{1,80}?(?:\s+as)?\s*$/u.test(lead.text)) {
    const afterQuote = lastText.slice(last.end + 1, last.end + 120);
    const main = mentions(unquoted(afterQuote), finder, last.end + 1).find((l) => /^[\s,”"’]*$/.test(lastText.slice(last.end + 1, l.start)) && VERB_FOLLOWS.test(lastText.slice(l.end)));
    if (main) return resolve(main);
  }
  // 0b. A person's possessive right before the quote, a noun of speaking after it ("Kremlin says US missile plan tests
  // Putin's “tit-for-tat” pledge"): the words are that person's, whoever else speaks in the sentence.
  const owner = mentions(unquoted(lead.text), finder, lead.start).filter((l) => l.ref && !l.ref.institution).pop();
  // (Only when a noun of speaking follows the quote: "Erdogan's “political will”" is his quality, praised by another.)
  if (owner && isPossessive(text, owner) && /^(?:['’]s)?\s*$/.test(text.slice(owner.end, first.start - 1)) && /^[”"’»]?\s*(?:pledge|promise|vow|warning|threat|remark|line|phrase|formula|slogan|quip|claim|boast|offer)\b/i.test(lastText.slice(last.end))) return resolve(owner);
  // 1a. A quote inside a relative clause that names its speaker ("Responding to the Russian president, who had said
  // the relations “…”, the premier said:"; "Sheikh Tamim, whom Putin described as one of the “…”, said:"): the clause's
  // speaker, not the main clause's — whoever "who" stands for, or the subject after "whom"/"which".
  const inRelative = relativeSpeaker(text, lead, finder);
  if (inRelative) return resolve(inRelative);
  // 1b. ...and inside a relative clause whose speaker the article leaves unnamed ("he will be visiting a leader who,
  // only four days earlier, told the SCO that it and BRICS were “…”"): that one's words, whoever it is — not those of
  // the sentence's subject; a guess, never a flag.
  const unnamed = UNNAMED_RELATIVE.exec(lead.text);
  if (unnamed) return { name: (unnamed[1] ?? '').trim(), speakerId: null, institution: false, confident: false };
  // Step 3 (below), looked at once: the words before the quote govern it when its speech verb leads straight into it
  // ("which Putin called “…”", "Putin said: “…”"), or when what follows it introduces another quote ("Aliyev said …
  // “70 percent”, while Sharif told Putin trade was “…”"): an attribution after the quote then belongs to that one.
  const before = attributionBefore(blocks, first, text, finder, resolve);
  // A journalist the article does not name putting something to him, the quote inside what he put ("A reporter for
  // Russian state television had suggested that after the debate, Biden's “…”"): the asker's words, not those of one
  // named in the question — unless someone in it is said to have said them.
  const askerThat = UNNAMED_ASKER_THAT.exec(lead.text);
  if (askerThat && !VERB.test(askerThat[1] ?? '')) return { name: 'a journalist', speakerId: null, institution: false, confident: false };
  const nextQuote = /^[^.!?“”"«»]*[“«„]/.test(lastText.slice(last.end + 1));
  // One named only by a relation to another ("his guest answered that “…”", "“…,” his guest replied"): someone other
  // than the one the "his" stands for, whom the article does not name here — no credit to check.
  // (Also past the clause it reports: "Erdogan nodded as his host said trade had slipped but was still “…”".)
  const reported = RELATION_REPORTS.exec(lead.text);
  // (The relation opens its clause, as its subject: not "Putin thanked his Kazakh hosts and said: “…”", whose hosts
  // are spoken to. And after the quote, only in its own sentence: "“…dollars.” His Turkish counterpart answered with a
  // different number" opens a new one.)
  const opensClause = (m: RegExpExecArray | null) => m !== null && (m[0].startsWith(',') || /(?:^\W*|[,;:—–(.!?”"’»]\s*|\b(?:and|but|while|as|when|whereas|then|which|whom)\s+)$/i.test(m.input.slice(0, m.index)));
  const relationBefore = RELATION_BEFORE.exec(lead.text);
  const relation = (opensClause(relationBefore) ? relationBefore : null) ?? (reported && !VERB.test(reported[1] ?? '') && opensClause(reported) ? reported : null) ?? (/[.!?…]\s*$/.test(lastText.slice(last.start, last.end)) ? null : RELATION_AFTER.exec(lastText.slice(last.end + 1)));
  if (relation) {
    // (One whose relation says his country, "his Chinese counterpart", "the Turkish guest", is that country's leader,
    // as "the Chinese leader" is: the one named before who holds that office.)
    const nationality = NATIONAL_RELATION.exec(relation[0])?.[1];
    const leader = nationality ? toAttribution({ ref: null, name: `the ${nationality.toLowerCase()} leader`, start: first.start, end: first.start }, null, true, () => personsBefore(blocks, first.block, Math.max(0, first.start - 1), finder)) : null;
    return leader ?? { name: 'a guest or host', speakerId: null, institution: false, confident: false };
  }
  // A fact-check's misreport: "Several outlets ran the line that followed as “we support him”", "Some agencies ran it
  // as “…”" — words put in the mouth of the one whose line it was, named before: his, to be checked against it.
  const misreport = REPORTED_AS.exec(lead.text);
  if (misreport) {
    const lineOwner = lastPersonBefore(blocks, first.block, lead.start + (misreport.index ?? 0), finder);
    if (lineOwner && !lineOwner.ref?.institution) return toAttribution(lineOwner, null, true);
  }
  // "A Russian news site quoted Putin as citing “…”", "Sharif quoted Putin as saying:": the one quoted as saying it,
  // not the subject of "quoted". (Not the passive's source: "Putin was quoted by the Kremlin as telling Aliyev:" is Putin's.)
  // (The words may follow a clause of the writer's: "quoted Putin as saying national currencies now made up “…”"; the one
  // quoted may be a pronoun, "quoted him as saying", or the office named before: "quoted the president as saying:".)
  // (So "reported the Amir as putting the figure at “…”": the one reported as giving it.)
  const quotedAs = new RegExp(String.raw`\b(?:quot(?:ed|es|ing)|report(?:ed|s|ing))\s+(?!by\s)([^,;:“”"]{1,60}?)\s+as\s+(?:${QUOTED_AS}|putting|placing|estimating|giving|setting)\b[^,;:“”"]{0,60}[:,]?\s*$`, 'i').exec(lead.text);
  const quotedWho = quotedAs ? quotedOne(quotedAs[1] ?? '', lead.start + (quotedAs.index ?? 0) + quotedAs[0].indexOf(quotedAs[1] ?? '')) : undefined;
  if (quotedWho) return quotedWho;
  // "one outlet's summary had Putin himself observing that …": the one a report has saying it.
  const hadSaying = new RegExp(String.raw`\b(?:had|has|have)\s+((?:\p{Lu}[\p{L}’'.-]*\s+){1,3})(?:himself\s+|herself\s+)?${QUOTED_AS}\b[^,;:“”"]{0,80}[:,]?\s*$`, 'u').exec(lead.text);
  const hadWho = hadSaying ? quotedOne((hadSaying[1] ?? '').trim(), lead.start + (hadSaying.index ?? 0) + hadSaying[0].indexOf(hadSaying[1] ?? '')) : undefined;
  if (hadWho) return hadWho;
  // Words about what someone said, quoted from the topic on ("Putin said Moscow took seriously what Trump said “about
  // his readiness …”"): the phrase opens with its preposition, so it reports the talk, in the narrator's or another's
  // words — not a line of the one who said it.
  const aboutWhat = /^[\s“"«„]*(?:about|of|on|regarding|concerning)\s/i.test(text.slice(first.start, first.start + 16)) && /\b(?:said|says|spoke|speaks|talked|talks|told)\s*[“"«„]?\s*$/i.test(lead.text);
  if (before && aboutWhat) return { ...before, confident: false };
  if (before && (nextQuote || LEADS_IN.test(lead.text))) return before;
  // A journalist the article does not name, speaking right into the quote ("the journalist noted that “…” — and Putin
  // said …"): the asker's words, whoever answers after them; nobody the corpus knows, so no credit to check.
  if (!before && UNNAMED_ASKER.test(lead.text)) return { name: 'a journalist', speakerId: null, institution: false, confident: false };
  // (Not when the quote's own text gives it the floor by a colon after a name — a post's "Putin on the debate: “…”"
  // under the poster's signature, "— Kremlin Pool Watch (@…)": the signature is the post's.)
  const introduced = text.slice(0, first.start);
  // The quote given the floor by a colon in its own text (read once for 1b, 1c and 2).
  const colonIntro = /:\s*[“"«„]?$/.test(introduced.trimEnd());
  const floorGiven = colonIntro && mentions(unquoted(introduced), finder).some((m) => m.ref && !m.ref.institution);
  // 1b. A credit after a dash, as key-quote lists and pull quotes give it: “…” — Vladimir Putin, meeting the Emir.
  const dash = floorGiven ? null : /^\s*[—–]\s*/.exec(lastText.slice(last.end + 1));
  if (dash) {
    const from = last.end + 1 + dash[0].length;
    const credited = mentions(lastText.slice(from, from + 80), finder, from)[0];
    // ("— Erdogan to Putin, at the end of their talks": the one who speaks, then the one spoken to.)
    if (credited?.ref && credited.start === from && /^(?:\s*[,.;(]|\s*$|\s+to\s)/.test(lastText.slice(credited.end))) return toAttribution(credited, null, true);
  }
  // 1c. A block quote's credit in a block of its own after it (its <footer> or <cite>): “…” / — Vladimir Putin, meeting …
  const creditBlock = blocks[last.block + 1];
  // (So too a quote that fills its paragraph with the credit after a line break: “…”<br>— Vladimir Putin, meeting …)
  // (Or a quote card's line with no dash, "Xi Jinping on the SCO · #SCOAstana", "The Kremlin on the SCO and BRICS": a
  // short line, no sentence, that opens on the name.)
  // (Not where such lines come before each quote, a subtitle log's "His Highness the Emir (Arabic)": the line before is
  // the quote's label, the one after the next quote's.)
  const nameLine = (b: ArticleBlock | undefined) => CARD_CREDIT.test(b?.text ?? '') && !VERB.test(b?.text ?? '');
  const card = nameLine(creditBlock) && !(nameLine(blocks[first.block - 1]) && mentions(blocks[first.block - 1]!.text, finder).some((l) => l.ref && l.start <= 20));
  const fillsBlock = first.block === last.block && /^[\s“"‘«„]*$/.test(text.slice(0, Math.max(0, first.start - 1))) && (/^\s*[—–]/.test(creditBlock?.text ?? '') || card);
  if (creditBlock && !dash && !floorGiven && /^[\s.,”"’»]*$/.test(lastText.slice(last.end + 1)) && ((blocks[last.block]?.kind === 'blockquote' && creditBlock.kind === 'blockquote') || fillsBlock)) {
    const lead = /^\s*[—–-]\s*/.exec(creditBlock.text) ?? (card ? /^\s*/.exec(creditBlock.text) : null);
    const credited = lead ? mentions(creditBlock.text.slice(lead[0].length, lead[0].length + 80), finder)[0] : undefined;
    // Titles may come first ("— President Ilham Aliyev, meeting Vladimir Putin"): the first person named is the credit.
    // (On a card with no dash, the name and then its topic or tag only: "Xi Jinping on the SCO".)
    const cardName = (l: Located) => !/^\s*[—–-]/.test(creditBlock.text) ? /^\s*(?:$|[,·|(—–]|on\s)/.test(creditBlock.text.slice(lead![0].length + l.end)) : true;
    if (credited?.ref && TITLES_ONLY_BEFORE.test(creditBlock.text.slice(lead?.[0].length ?? 0, (lead?.[0].length ?? 0) + credited.start)) && cardName(credited)) return toAttribution(credited, null, true);
  }
  // A quote inside a leading "Asked by … whether" clause ("Asked by Kommersant whether “…” was possible, he said no",
  // "Asked by a Kommersant correspondent whether … “…”, Vladimir Putin answered"): the question's words, not the
  // answer's — the asker's, a guess, or no credit when the sentence names no person asking.
  if (/^\W*(?:when\s+)?asked\s+by\b/i.test(lead.text) && IN_QUESTION_ASKED.test(lead.text)) return before ? { ...before, confident: false } : null;
  // 2. Right after the quote, up to the end of the sentence: …,” Putin said. / …,” said the Russian president.
  // A quote that ends its own sentence (“…bin.” Moscow blames …: the Kremlin said …) is followed by a new sentence:
  // only a bare attribution right after it counts (“…ready.” Putin said.), not the next sentence's subject — nor a
  // sentence of its own that goes on ("“…” He said he found a settlement through mediators unlikely"; "“very soon.” Putin has
  // said in the past that …").)
  // “…”, which he said would be very beneficial: a relative clause about the quote's content, not its speaker.
  const relative = /^[\s,]*(?:which|who|that|where|when)\b/i.test(lastText.slice(last.end + 1));
  const endsSentence = /[.!?…]\s*$/.test(lastText.slice(last.start, last.end));
  // (Up to the sentence's end, not a title's full stop: "…,” Mr. Putin told reporters.")
  const tail = lastText.slice(last.end + 1);
  const stop = tail.search(REST_END);
  const rest = stop < 0 ? tail : tail.slice(0, stop);
  const after = endsSentence ? (/^[^:;]*/.exec(rest)?.[0] ?? '') : rest;
  // "the claims of former President Donald Trump": after a determiner, a speech verb is a noun.
  const verbAt = [...after.matchAll(VERBS_GLOBAL)].find((m) => !/(?<!\p{L})(?:the|a|an|his|her|their|its|these|those|such)\s+$/iu.test(after.slice(0, m.index)))?.index ?? -1;
  // A verb past a new clause speaks of something else ("…whether Putin's “political preferences” had changed since
  // February, when Putin said he preferred Biden": the words are the asker's).
  // (Without a comma too, for "as" and "while": "Erdogan sets “US$100 billion” trade goal as Putin hails tourist
  // record" — Putin hails something else.)
  const otherClause = verbAt >= 0 && /,\s*(?:when|while|whereas|after|before|since|because|although|though|where|as)\s|\s(?:as|while|whereas)\s+(?:the\s+)?\p{Lu}|;/iu.test(after.slice(0, verbAt));
  // After a quote that ended its sentence, "Then he says, “…" opens the next quote: its speaker, not this one's.
  const opensNext = endsSentence && verbAt >= 0 && /^\p{L}*\s*[,:]?\s*[“"«„]/u.test(tail.slice(verbAt).replace(/^\p{L}+/u, ''));
  // (A quote given the floor by a colon after its speaker, "Yulia Bubnova asked about his proposals: “…?”", keeps
  // that speaker: the next sentence, "Putin said it was better to wait", is a new one.)
  // (So does a post's own "Putin on the debate: “…”" over the signature after it, "— Kremlin Pool Watch (@…)".)
  // (And so does any confident credit before a quote that ends its sentence: "A Rossiyskaya Gazeta correspondent asked
  // about Trump's pledge to end the war “literally overnight.” Putin said Moscow took it seriously" — the next
  // sentence's "Putin said" opens a sentence of his own.)
  const colonBefore = before !== null && ((colonIntro && (endsSentence || /^[\s,.]*[—–]/.test(tail))) || (endsSentence && before.confident));
  // "“…,” the Kremlin quoted him as saying": the one quoted, not the one quoting.
  // (In the quote's own sentence: "“…,” the Amir said. Russian media quoted Putin as noting …" is the Amir's.)
  const quotedAfter = new RegExp(String.raw`^[\s,”"’]*(?:the\s+)?[^,;:“”".!?]{1,60}?\s+quot(?:ed|es)\s+(?!by\s)([^,;:“”"]{1,40}?)\s+as\s+${QUOTED_AS}\b`, 'iu').exec(tail);
  const quotedAfterWho = quotedAfter ? quotedOne(quotedAfter[1] ?? '', last.end + 1 + (quotedAfter.index ?? 0) + quotedAfter[0].indexOf(quotedAfter[1] ?? '')) : undefined;
  if (quotedAfterWho) return quotedAfterWho;
  // "(“…”, as Sharif put it)": the one named in the aside right after the quote.
  const asPut = /^[\s,”"]*as\s+(?:the\s+)?((?:\p{Lu}[\p{L}’'.-]*\s+){1,3})(?:had\s+|has\s+)?(?:put it|said|says|noted|called it|described it|phrased it)\b/u.exec(tail);
  const asWho = asPut ? mentions(asPut[1] ?? '', finder, last.end + 1 + (asPut.index ?? 0) + asPut[0].indexOf(asPut[1] ?? ''))[0] : undefined;
  if (asWho?.ref) return resolve(asWho);
  // (A verb joined after the quote with no subject of its own, ", and asked how seriously he took such promises",
  // shares the sentence's subject: the speaker named before the quote, if any, not a "he" inside that clause.)
  const sharesSubject = before !== null && JOINED_VERB.test(tail);
  if (sharesSubject) return before;
  if (!relative && verbAt >= 0 && !otherClause && !opensNext && !colonBefore && (!endsSentence || (AFTER_ENDED.test(after) && !/^\s+(?:(?:\p{L}+\s+){0,3}that|he|she|they|it|we|i)\b/iu.test(after.slice(AFTER_ENDED.exec(after)?.[0].length ?? 0))))) {
    // (Read from its first word, so a name that opens it is one: "“…,” Hajiyev said.")
    const list = mentionsFromFirstWord(unquoted(after), finder, last.end + 1);
    // Not the listener ("…”, and told President Putin: …").
    // Nor an owner ("…” after U.S. debate, says Trump's peace pledge taken seriously": Trump's pledge, not Trump).
    // (Nor one in a clause of his own past the verb: "at “approximately $13 billion” and promised more, while Putin was
    // frank about …" — the promise is the emir's.)
    const ownClause = (l: Located) => l.start > last.end + 1 + verbAt && /,\s*(?:while|whereas|but|although|though|when|as|and)\s|;/i.test(lastText.slice(last.end + 1 + verbAt, l.start));
    // (Nor the subject of what the verb reports: "… “just declare” a ceasefire, says Trump is sincere" — Trump is
    // spoken of.)
    const reported = (l: Located) => l.start > last.end + 1 + verbAt && /^\s+(?:is|was|are|were|has|had|will|would|can|could|did|does|must|should)\b/i.test(lastText.slice(l.end));
    // (Nor the one told, when whoever told goes unrecognised: "‘…,’ premier tells Russian president in Astana".)
    const told = (l: Located) => /\b(?:told|tells|assured|assures|urged|urges|reminded|reminds|thanked|thanks)\s+(?:the\s+)?$/i.test(lastText.slice(last.end + 1, l.start));
    const near = list.filter((l) => Math.abs(l.start - (last.end + 1 + verbAt)) <= 60 && !inAside(lastText.slice(last.end + 1, l.start)) && !isPossessive(lastText, l) && !ownClause(l) && !reported(l) && !told(l));
    // (Not one who speaks in a clause of his own joined after the quote: "the journalist noted that “…” — and Putin
    // replied that …": the words were put to him.)
    // (Nor past words of the quote's own clause, one whose clause leads into a quote of its own: "with “1.2 million
    // trips” last year, and Kremlin spokesman Dmitry Peskov later told reporters that “…”".)
    const gap = near[0] ? lastText.slice(last.end + 1, near[0].start) : '';
    const joined = near[0] !== undefined && (/^[\s,]*(?:[—–]\s*)?(?:and|but|whereupon)\s+(?:the\s+|\p{Lu}[\p{L}’'.-]*['’]s\s+|(?:Mr|Mrs|Ms|Dr|President)\.?\s+)?$/iu.test(gap) || (/,\s*(?:[—–]\s*)?(?:and|but|whereupon)\s+(?:[\p{L}’'.-]+\s+){0,4}$/u.test(gap) && !VERB.test(gap) && /^[^“”"«»]{0,80}?(?:\bthat|:)\s*[“"«]/u.test(lastText.slice(near[0].end))));
    // (Nor two named together, "“…”: what Xi and Putin told each other": which of them said it, the line does not say.)
    if (near[1] && /^\s*(?:,|and|&)\s*(?:the\s+)?$/i.test(lastText.slice(near[0]!.end, near[1].start)) && (near[1].ref ?? !isPronoun(near[1].name))) return null;
    // (A "he said" after a quote its sentence gave the floor to with a colon is the one before the colon: "And President
    // Aliyev picked it up straight away: “We meet almost every month,” he said" — not Putin, named before the sentence.)
    if (near[0] && !joined && isPersonPronoun(near[0].name) && /:\s*$/.test(lead.text)) {
      const floor = mentions(unquoted(lead.text), finder, lead.start).find((l) => l.ref && !l.ref.institution && !isPronoun(l.name) && TITLES_ONLY_BEFORE.test(text.slice(lead.start, l.start).replace(/^[\s,]*(?:(?:[Aa]nd|[Bb]ut|[Tt]hen|[Ss]o|[Ll]ater)\s+)?(?:the\s+)?/, '')));
      if (floor) return resolve(floor);
    }
    if (near[0] && !joined) return resolve(near[0], REPLY.test(after));
  }
  // 3. Right before: Erdogan told reporters: “…” / According to Xi, “…” / Putin said that “…”
  if (before) return before;
  // 4. A block quote or a quote-only paragraph introduced by the paragraph before ("Putin said:").
  const intro = blocks[first.block - 1]?.text ?? '';
  if (first.start <= 1 && /[:,]\s*$/.test(intro.trim())) {
    const at = lastSentenceStart(intro);
    const tail = intro.slice(at);
    if (GOT_ANSWER.test(tail)) {
      const asked = answererBefore(blocks, first.block - 1, at, finder);
      const a = asked ? resolve(asked) : null;
      return asGuess(a);
    }
    const list = mentions(tail, finder);
    // ("The words belong to Pavel Zarubin, …, who used them in a question to Putin:" — the one they belong to.)
    const ownerOf = wordsOwner(tail, finder, 0);
    if (ownerOf) return resolve(ownerOf);
    // (The subject of a clause of its own joined on before the colon: "The Kremlin declared that …, and Vladimir Putin,
    // addressing the heads of state, went further:" is Putin.)
    const joined = [...tail.matchAll(/,\s*(?:and|but|while|whereupon)\s+(?:then\s+)?/gi)].pop();
    const joinedAt = joined ? (joined.index ?? 0) + joined[0].length : -1;
    // (Past a leading clause of time, to the main clause's subject: "When Pavel Zarubin of Rossiya asked whether …, Putin
    // read the question back to him before answering:" is Putin.)
    const leading = /^\W*(?:When|While|After|As|Although|Though|Since|Before|Once|If)\b[^,;:“”"]*,\s*/.exec(tail)?.[0].length ?? 0;
    const subject = (joined ? list.find((l) => l.start >= joinedAt && /^(?:the\s+)?$/i.test(tail.slice(joinedAt, l.start)) && l.ref && !l.ref.institution) : undefined) ?? (leading ? list.find((l) => l.start >= leading && isSubject(tail, l)) : undefined) ?? list.find((l) => isSubject(tail, l));
    // The subject speaks ("he turned to Ukraine, and to Erdogan's part in it:" → he), else the owner a "his" or "her"
    // opening the line stands for ("His pitch to the Russian president:" → the one named before, not the one the words
    // were put to), else the last person named ("…, said Putin:").
    const owner = subject ? null : /^\W*(His|Her)\s+\p{Ll}/u.exec(tail);
    if (owner) return toAttribution({ ref: null, name: owner[1] === 'His' ? 'he' : 'she', start: at, end: at }, lastPersonBefore(blocks, first.block - 1, at, finder), true);
    // (Nor one met by the owner of the meeting, unless a speech verb makes him speak: "attributes the following to
    // Putin's meeting with Iran's acting president, Mohammad Mokhber:" — Putin's words.)
    const host = list.find((l) => isPossessive(tail, l) && TALKS_WITH.test(tail.slice(l.end, l.end + 40)));
    // (With no subject, the owner of the remarks the line introduces, not the body named last as their carrier: "More from
    // the Amir’s remarks, as carried by the Kremlin in Russian and translated by our desk:".)
    const remarksOwner = subject ? undefined : list.find((l) => isPossessive(tail, l) && OWN_REMARKS.test(tail.slice(l.end, l.end + 40)));
    const pick = host && (!subject || (subject.start > host.start && !VERB_FOLLOWS.test(tail.slice(subject.end)))) ? host : (subject ?? remarksOwner ?? list[list.length - 1]);
    // (Not a body named as the owner of a text: "The Kremlin's own English version of one key sentence reads:".)
    if (pick && recordOf(tail, pick)) return null;
    if (pick) return toAttribution(pick, lastPersonBefore(blocks, first.block - 1, intro.length, finder, false, isPersonPronoun(pick.name) ? pick.name : ''), VERB.test(tail) || /[:]\s*$/.test(intro.trim()));
  }
  // 4a. An answer in a page of questions and answers, its label a block of its own (a definition list's
  // <dt>A.</dt><dd>… “…”</dd>), under a section headed by the one who asked: the words of the one the page's headline
  // names, to whom the questions were put — never the asker's; no one's for sure when the headline names no one.
  // (Only words the answer gives as its own, in a sentence with no speech verb and no one named: "He said he watched
  // “some pieces”" is a guest telling what another said. A podcast's inline "A: That relations “…”" is its guest's
  // telling: not read here.)
  const label = blocks[first.block - 1]?.text.trim() ?? '';
  const ownWords = !VERB.test(unquoted(lead.text)) && !mentions(unquoted(lead.text), finder).length;
  if (ownWords && /^(?:A|Answer)\s*[.:]?$/.test(label)) {
    const headline = blocks.find((k) => k.kind === 'heading');
    const named = headline ? mentions(headline.text, finder).filter((l) => l.ref && !l.ref.institution) : [];
    return named.length === 1 ? toAttribution(named[0] as Located, null, true) : { name: 'the one answering', speakerId: null, institution: false, confident: false };
  }
  // 4b. A section headed by a person's name ("Shehbaz Sharif, Pakistan" in a what-the-leaders-said roundup).
  for (let b = first.block - 1; b >= 0 && b >= first.block - 6; b--) {
    const block = blocks[b];
    // (Or a line of its own right before, the name and at most a country or role: "Vladimir Putin, Russia" over
    // "Praised the “impressive package” of documents…" in a who-said-what box.)
    if (b === first.block - 1 && block && block.kind !== 'heading' && block.kind !== 'caption' && lead.start === 0 && !mentions(unquoted(lead.text), finder).length) {
      const named = mentions(block.text, finder).find((l) => l.ref && !l.ref.institution);
      if (named && !/\S/.test(block.text.slice(0, named.start)) && /^(?:\s*[,(–—-]\s*[^.!?“”"()]{1,40}\)?)?\s*$/.test(block.text.slice(named.end))) return toAttribution(named, null, true);
    }
    if (block?.kind !== 'heading') continue;
    // (Not the article's headline, its first heading: "Sharif pitches return to trade “under barter”" heads a report
    // in which others speak too, not a section of his words.)
    const headline = !blocks.slice(0, b).some((k) => k.kind === 'heading');
    // An item of a listicle whose headline says whose words they are ("Five things Putin said in Astana" → "4. Donald
    // Trump", “…”): the headline's one person, whatever the item is about.
    const top = headline ? '' : (blocks.find((k) => k.kind === 'heading')?.text ?? '');
    const said = LISTICLE.test(top) ? mentions(top, finder).filter((l) => l.ref && !l.ref.institution) : [];
    if (said.length === 1) return toAttribution(said[0] as Located, null, true);
    // (Not the answer in a section headed by the one who asked: "Anna Derkach, MIR" — "The question: “…” The answer:
    // Belarus “…”" is the answer's, which the section does not name.)
    if (/\b(?:answer|reply|response)\s*:[^“”"]{0,60}$/i.test(lead.text)) break;
    if (!headline && block.text.split(/\s+/).length <= 8) {
      const named = mentions(block.text, finder).find((l) => l.ref && !l.ref.institution);
      // (The name heads it, after a time or a number at most: "11:40 Erdoğan", "Ilham Aliyev, Azerbaijan", "Mokhber on
      // a new world order" — not a headline that ends on one, "In Astana, a procession of partners for Putin".)
      const lead = block.text.slice(0, named?.start ?? 0).replace(/^[\s\d.:–—-]*(?:[ap]\.m\.\s*(?:ET|GMT|UTC)?\s*[—–-]\s*)?/i, '');
      // (Nor a topic joined to the name, "1. Trump and the war": a fact-check's item about him, not his words.)
      // (Nor a possessive, "Trump’s promise": a section about what he promised, in which others speak — but "Putin’s
      // phrasebook", "Xi's words" are his.)
      const topicOnly = (l: Located) => isPossessive(block.text, l) && !SPEECH_NOUN.test(block.text.slice(l.end)) && !/^\s*(?:['’]s\s+)?(?:phrasebook|quotes|lines|sayings|greatest\s+hits)\b/i.test(block.text.slice(l.end));
      if (named && TITLES_ONLY_BEFORE.test(lead) && !/^\s*(?:and|&)\s/i.test(block.text.slice(named.end)) && !topicOnly(named)) return toAttribution(named, null, true);
    }
    break;
  }
  // 4c. A quote that opens the sentence after an attributed one (“…,” Putin said. “We did that …”) goes on in the
  // same voice; not confident: nothing names the speaker of this one.
  if (!lead.text.trim() && ENDS_WITH_VERB.test(unquoted(text.slice(0, Math.max(0, first.start - 1))))) {
    // (A "he" that spoke the sentence before is no woman named before it: "Mukhametshina asked Putin … “…,” he
    // replied. “…”".)
    const spokeAs = /\b(he|she)\s+(?:\p{Ll}+\s+)?(?:\p{Ll}+)\s*\.\s*$/u.exec(unquoted(text.slice(0, Math.max(0, first.start - 1))))?.[1] ?? '';
    const previous = lastPersonBefore(blocks, first.block, Math.max(0, first.start - 1), finder, false, spokeAs);
    if (previous) return toAttribution(previous, null, false);
  }
  // 4d. A quote that is a sentence of its own after one in which someone named spoke in the writer's words ("Erdoğan said
  // in his opening remarks that he had long been unable to see Putin in person … “Now we are face to face, and that in
  // itself is a big step.”"): goes on in that voice — a guess, never a flag. (Not after a question put: "Courter asked
  // whether …" is followed by the answer; nor with words after it, "“…,” Pell said", whoever they name.)
  // (And a paragraph that opens on the quote goes on from the one before, past a live blog's time stamp: "Putin said:
  // “…”" / "8:14 a.m. ET" / "“I am in no doubt that he means it sincerely …”".)
  if (!lead.text.trim() && !/\p{L}/u.test(after)) {
    let prior = unquoted(text.slice(0, Math.max(0, first.start - 1))).trimEnd();
    // (A sentence the quote ends itself: "“Gaza is a test of the world’s conscience”" alone is a pull quote, whoever said it.)
    if (!prior.trim() && (blocks[first.block]?.kind ?? 'paragraph') === 'paragraph' && /[.!?…]\s*$/.test(lastText.slice(last.start, last.end))) {
      let b = first.block - 1;
      while (b > 0 && TIME_STAMP.test(blocks[b]?.text ?? '')) b--;
      const previous = blocks[b];
      if (previous && b < first.block && (previous.kind ?? 'paragraph') === 'paragraph') prior = unquoted(previous.text).trimEnd();
    }
    const sentenceAt = lastSentenceStart(prior);
    const spoke = mentions(prior.slice(sentenceAt), finder, sentenceAt).find((l) => l.ref && !l.ref.institution && !isPronoun(l.name) && isSubject(prior, l) && SPOKE_AFTER.test(prior.slice(l.end)) && !ASKED_AFTER.test(prior.slice(l.end)));
    // (Not one the quote itself names: "“Putin does not want peace. He wants our land.”" is someone else on him.)
    const surname = spoke?.name.split(/\s+/).pop() ?? '';
    if (spoke && !text.slice(first.start, first.end).includes(surname)) return toAttribution(spoke, null, false);
  }
  // 5. The nearest person named in the same sentence, without a speech verb.
  const sentence = lead.text + ' ' + after;
  const list = mentions(sentence, finder);
  // (Nor the topic the sentence opens on: "On Biden, the July line was: “…”".)
  const named = list.find((l) => !PRONOUN.test(l.name) && l.ref && !isTopicOpener(sentence, 0, l));
  // (Not one thanked, met or told by the sentence's "he": "He thanked the Russian president for the oil shipment from
  // “…”" is the one thanking — whom the "he" means, a guess.)
  const subject = list[0];
  if (named && subject && subject !== named && isSubjectPronoun(subject.name) && /^\W*$/.test(sentence.slice(0, subject.start)) && OBJECT_OF_VERB.test(sentence.slice(0, named.start))) {
    const he = lastPersonBefore(blocks, first.block, Math.max(0, lead.start - 1), finder);
    return he ? toAttribution(he, null, false) : null;
  }
  return named ? toAttribution(named, null, false) : null;
}

/** A live blog's time stamp, a block of its own ("16:55", "8:14 a.m. ET", "13:30 IST"). */
const TIME_STAMP = /^\s*\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?\s*$/i;
/** Right after a name: its speech verb, past a few words ("said in his opening remarks that", "has also argued that"). */
const SPOKE_AFTER = new RegExp(`^(?:['’]s\\s+)?(?:,[^,]{1,60},)?\\s+(?:(?:has|had|also|then|later|again)\\s+){0,2}(?:${SPEECH_VERBS})\\b`, 'iu');

/** Outlets that printed a line another way: "ran the line that followed as", "reported the remark as", "ran it as". */
const REPORTED_AS = /\b(?:ran|run|reported|rendered|translated|printed|carried|headlined|quoted)\s+(?:it|(?:the|his|her|this|that)\s+(?:line|remark|quote|words|sentence|comment|answer|phrase|passage)\b[^“”"]{0,40})\s+as\s*$/i;

/** A listicle's headline that says whose words its items are ("Five things Putin said in Astana", "10 quotes from Xi's speech"). */
const LISTICLE = /^\W*(?:\d+|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty)\s+(?:things|lines|quotes|moments|remarks|statements|takeaways)\b[^“”"]*\b(?:said|says|told|from|by)\b/i;

/** The start of the sentence a quote opening at `quoteStart` stands in, and its words up to the quote. */
/** Titles and initials whose full stop ends no sentence ("Mr. Xi", "Dr. Harker", "J. Smith", "U.S."). */
const NOT_AN_END = String.raw`(?<!\b(?:Mr|Mrs|Ms|Messrs|Dr|Prof|Pres|Amb|Sec|Min|Hon|St|Gen|Adm|Sen|Rep|Gov|Lt|Col|Capt|Jr|Sr|No|vs|[A-Z]))`;
/** The space after a sentence's end; a sentence's end and the space after it. */
const SENTENCE_GAP = new RegExp(`(?<=${NOT_AN_END}[.!?])\\s+`);
const SENTENCE_END = new RegExp(`${NOT_AN_END}[.!?]\\s`, 'g');
/** Where the words after a quote stop: a sentence's end (not a title's full stop) or another quote mark. */
const REST_END = new RegExp(`${NOT_AN_END}[.!?]|[“”"«»]`);
/** Nothing but titles ("President "): before the first person named in a block quote's credit. */
const TITLES_ONLY_BEFORE = new RegExp(`^(?:(?:${TITLES})\\.?\\s+)*$`);

/** Where the last sentence of `text` starts: 0 when it has one; past full stops that end abbreviations ("Mr.", "Dr."). */
export function lastSentenceStart(text: string): number {
  let start = 0;
  for (const m of text.matchAll(SENTENCE_END)) start = (m.index ?? 0) + 1;
  return start;
}

/** One a correction sets aside, ", not Xi Jinping," in "It was Putin, not Xi Jinping, who said …": named as not the speaker. */
const SET_ASIDE = /,\s*not\s+(?:even\s+)?(?:the\s+)?(?:\p{Lu}[\p{L}’'.-]*\s*){1,4}(?:,|$)/gu;
/** `text` with those set aside blanked (offsets kept). */
const withoutSetAside = (text: string) => text.replace(SET_ASIDE, (m) => ' '.repeat(m.length));

function sentenceBefore(text: string, quoteStart: number, finder: AttributionFinder): { start: number; text: string } {
  const full = text.slice(0, Math.max(0, quoteStart - 1));
  let start = lastSentenceStart(full);
  // A quote that ended its sentence ends it for a new one that gives the floor with a colon, or a speech verb and a person
  // the article names ("…these promises?” Putin’s response: “", "…exports to Russia." Putin praised Baku's support,
  // saying "): the new sentence's words alone. (Not one with neither — "…2022.” Turkey buys Russian “energy carriers”"
  // reads on — nor "Officials called the visit “…”", which names no one.)
  // (Also with a quote of the new sentence's own before this one: "…full member." Putin said “…,” adding: “…”.)
  const ended = [...full.slice(start).matchAll(/[.!?][”"]\s+(?=[^“”"]*$|\p{Lu})/gu)].pop();
  const rest = ended ? full.slice(start + (ended.index ?? 0) + ended[0].length) : '';
  const own = unquoted(rest);
  if (ended && (/:\s*$/.test(rest) || (VERB.test(own) && mentions(own, finder).some((l) => l.ref && !l.ref.institution)))) start += (ended.index ?? 0) + ended[0].length;
  return { start, text: full.slice(start) };
}

/** A sentence that ends on its speech verb ("“…,” Putin said."). */
const ENDS_WITH_VERB = new RegExp(`\\b(?:${SPEECH_VERBS})\\s*\\.\\s*$`, 'i');
/** A quote's speech verb right before it, with at most a few words between ("Putin said: “", "which Putin called “", "he told reporters “"). */
const LEADS_IN = new RegExp(`\\b(?:${SPEECH_VERBS})(?:\\s+(?:that|reporters|journalists|the press|the audience|the summit|the meeting|the leaders))?\\s*[:,]?\\s*$|\\b(?:told|tells|assured|assures|reminded|reminds|warned|warns)\\s+(?:[\\p{L}’'.-]+\\s+){1,5}?that\\s*$`, 'iu');
/** After a quote that ends its sentence, only a bare attribution counts (“…ready.” Putin said. / “…” said the emir.), not the next sentence. */
const AFTER_ENDED = new RegExp(`^\\s*(?:(?:(?:[\\p{Lu}][\\p{L}’'.-]*|the|[Hh]e|[Ss]he)\\s+){1,5}(?:has\\s+|had\\s+|also\\s+)?(?:${SPEECH_VERBS})|(?:${SPEECH_VERBS})\\s+(?:[\\p{Lu}]|the\\b))`, 'u');

/** A speech verb joined after a quote with no subject of its own (", and asked how seriously …"). */
const JOINED_VERB = new RegExp(`^[\\s,]*(?:and|but)\\s+(?:then\\s+)?(?:${SPEECH_VERBS})\\b`, 'i');
/** A side clause's subject said it outright: past an outlet at most, "Yunashev of Life had said". */
const SAID_IN_CLAUSE = new RegExp(`^(?:\\s+of\\s+\\p{Lu}[^,;:“”"]{0,40}?)?\\s+(?:(?:had|has|have)\\s+)?(?:${SPEECH_VERBS})\\b`, 'iu');
/** The words an aside after a name opens on: a participle ("speaking", "asked") or a preposition ("in", "at", "during", "with"). */
const ASIDE_OPENS = String.raw`(?:\p{Ll}+(?:ing|ed)|in|at|during|with)`;
/** An aside right after a name: a participle's (", speaking through an interpreter,"), a preposition's (", in his own talks with Putin,") or an apposition (", a guest at the expanded session,"). */
const ASIDE_AFTER_NAME = new RegExp(String.raw`^\s*,\s*(?:${ASIDE_OPENS}|a|an|the)\b[^,;:“”"]{0,60},`, 'u');
/** Inside a participle's aside after a name, right before another and the aside's closing comma ("Putin, speaking to the prime minister, said"): its object. (Not a source named: "a briefing note, attributed to the Kremlin, stated".) (Or a preposition's: "Mr Mokhber, in his own talks with Putin, said".) */
const IN_ASIDE_BEFORE = new RegExp(String.raw`\p{L}\s*,\s*(?!(?:attributed|ascribed|credited)\b)${ASIDE_OPENS}\b[^,;:“”"]*$`, 'u');
/** The outlet's own staff, right before a name: "Our correspondent ", "our own reporter ". */
const OUR_STAFF = /\b[Oo]ur\s+(?:own\s+)?(?:[\p{L}-]+\s+)?(?:correspondent|reporter|editor|producer|anchor|host)\s+$/u;
/** A side clause's verb after its subject, past an outlet at most ("Yunashev of Life had said", "Putin had thanked"). */
const SIDE_CLAUSE_VERB = /^(?:\s+of\s+\p{Lu}[^,;:“”"]{0,40}?)?\s+(?:had|has|have|was|is|were|did|said|told|spoke|wrote|\p{Ll}+ed|\p{Ll}+s)\b/u;

/** A name that is the object of a verb of meeting or addressing ("meets Putin", "thanked Xi") or of a preposition of order ("speaking before Khurelsükh"), not a subject. */
const OBJECT_OF_VERB = beforeName('meets met meeting greets greeted greeting hosts hosted hosting receives received receiving welcomes welcomed welcoming told tells thanked thanks asked asks urged urges visits visited invited invites congratulated congratulates congratulating thanking praising answering questioning interrupting correcting before after beside alongside behind than');

/** Someone cited inside an aside, however long the title ("Mokhber, citing the Leader of the Islamic Revolution Ayatollah … Khamenei, said:"). */
/** One named after "of" belongs to a thing ("Mokhber, meeting Putin weeks after the death of President Raisi, said"): never the speaker. */
const OWNED_BY_BEFORE = beforeName('of');
const CITING_BEFORE = /\b(?:citing|quoting|echoing|paraphrasing)\s+[^,;:“”"]{0,90}$/;
/** One spoken of, not speaking ("he said of Kamala Harris", "talked about Trump"). */
const SPOKEN_OF = /\b(?:said|says|spoke|speaking|talked|talking|wrote|joked|asked)\s+(?:of|about)\s+(?:(?:the|a|an)\s+)?(?:\p{Lu}[\p{L}’'.-]*\s+)*$/u;
/** A possessive's noun that is someone's speaking ("Putin's SCO Plus speech", "Xi's remarks"). */
const SPEECH_NOUN = /^['’]?s?\s+(?:[\p{L}-]+\s+){0,3}?(?:speech|remarks|remark|assertion|announcement|address|answer|answers|comments|interview|words|statement|press conference|news conference|toast|reply|message|diagnosis|assessment|verdict|view|take|warning|argument|explanation|appeal|pitch|summary|account|response|retort|pledge|conclusion|complaint|plea|framing|tone|line|point|position|description|characterisation|characterization|rhetoric|reasoning|criticism|language)\b/iu;
/** Remarks a possessive owns, made by him: "Mr Putin’s opening remarks", "Putin's speech". */
const OWN_REMARKS = /^['’]?s?\s+(?:[\p{L}-]+\s+){0,2}?(?:remarks|speech|address|words|statement|answer|answers|comments)\b/iu;
/** A quote card's credit line: short, no sentence's full stop ("Xi Jinping on the SCO · #SCOAstana"). */
const CARD_CREDIT = /^[^.!?:;“”"]{3,70}$/;
/** Talks or a meeting the one before holds with someone: "Putin’s talks with …", "Putin’s bilateral talks with …", "Putin’s meeting with …". */
const TALKS_WITH = /^['’]?s?\s+(?:\p{Ll}+\s+)?(?:talks|meeting|meetings|conversation)\s+with\b/u;

/**
 * Inside the question put to the speaker ("Asked by Life's Alexander Yunashev whether Erdogan had explained the fall in
 * trade, Putin said the Turkish side had told him"): one named there is asked about, not the one telling.
 */
const IN_QUESTION_ASKED = /\b(?:asked|wondered|questioned|pressed)\b(?:\s+by\s+[^,;]{1,60}?)?\s+(?:whether|if|what|why|how|when|about)\b[^,;]*$/i;

/** "what the Kremlin calls the “", "what Moscow has dubbed a “": a name for something, right before the quote. */
const TERM_BEFORE = /\bwhat\s+((?:[\p{L}’'.-]+\s+){1,4}?)(?:calls|called|has called|dubs|dubbed|has dubbed|terms|termed|likes to call|describes as)\s+(?:the\s+|a\s+|an\s+|its\s+|his\s+|their\s+)?$/iu;

/**
 * A relative clause still open at the quote, with a verb of saying in it: ", who had said the relations “", ", whom
 * Putin greeted as his “", "held talks with Putin …, in which the Russian leader described Qatar as “", and past what
 * the clause says before the quote, ", which Courter said included the Islamic State, “".
 */
const OPEN_RELATIVE = /,\s*(?:(?:to|with|by|from|in|at|during)\s+)?(who|whom|which)\s+([^,;:“”"«»]*(?:\bthat,\s*)?)(?::\s*|,\s*)?$/i;
const RELATIVE_VERB = new RegExp(`\\b(?:${SPEECH_VERBS}|greeted|welcomed|addressed)\\b`, 'i');

/**
 * One the article does not name, said to have spoken in a relative clause ("a leader who, four days earlier, told …";
 * "someone who once said"): group 1 names that one. (Not one a name is said to be: "Putin is a leader who said …".)
 */
const UNNAMED_RELATIVE = new RegExp(`(?:^|[^,\\s]\\s+)(?<!\\b(?:is|was|are|were|be|been|being|as|remains|became|becomes|seems)\\s+)((?:a|an|one)\\s+(?:[\\p{L}’'-]+\\s+){0,3}?|someone\\s+|somebody\\s+)who(?:\\s*,[^,;:“”"]{1,60},)?\\s+(?:(?:had|has|have|once|also|then|later|\\p{Ll}+ly)\\s+){0,2}(?:${SPEECH_VERBS})\\b[^;:“”"!?]*$`, 'iu');
/** A heading that is only a name, maybe with a country or role after it: "Vladimir Putin, Russia", "Xi Jinping (China)". */
const NAME_HEADING = /^\W*(?:\p{Lu}[\p{L}’'.-]*\s+){0,3}\p{Lu}[\p{L}’'.-]*(?:\s*[,(—–:-].*)?$/u;
/** A sentence that opens on its topic, up to the name that is the topic: "On ", "As for ", "Turning to Mr ". */
const TOPIC_OPENS = /^\W*(?:On|Of|About|Regarding|Concerning|As\s+for|As\s+to|Turning\s+to|When\s+it\s+comes\s+to)\s+(?:(?:Mr|Mrs|Ms|Dr|President|the\s+former\s+president|former\s+President)\.?\s+)?$/;
/** Is `l` the topic its sentence (starting at `sentenceStart` in `text`) opens on ("On Trump, …", "As for Mr Xi's offer, …")? */
const isTopicOpener = (text: string, sentenceStart: number, l: Located): boolean => TOPIC_OPENS.test(text.slice(sentenceStart, l.start)) && /^(?:['’]s?\s[^,;:“”"]{0,40})?,/.test(text.slice(l.end));
/** A sentence whose subject is a person described, not named: "The Russian despot was quizzed …", "A veteran diplomat said". */
const DESCRIBED_SUBJECT = new RegExp(`^[\\W\\d]*(?:The|A|An)\\s+(?:[\\p{L}’'-]+\\s+){0,3}?(?:${ROLE_NOUNS}|despot|strongman|autocrat|dictator|tyrant|ruler|monarch|president|premier|host|guest|man|woman|veteran|statesman|chief|boss|head\\s+of\\s+state)\\s+(?:(?:also|then|later|had|has|was|were|is|did)\\s+)*(?:\\p{Ll}+ed|\\p{Ll}+s|said|told|spoke|put|sat|took|gave|made|went|came|shot|struck|hit|met|rose|drew|could|would|can|will|did|does|was|is|has|had)\\b`, 'u');
/** Words said to be someone's: "the words belong to", "the line in fact came from". */
const WORDS_OWNED_BY = /\b(?:words|line|lines|phrase|quote|quotation|remark|sentence|question)\s+(?:(?:actually|really|in\s+fact|instead|originally)\s+)?(?:belong|belongs|belonged|came|come|comes)\s+(?:to|from)\s+/i;
/** A record of someone's remarks as the subject of a speech verb: "The Kremlin transcript of his SCO Plus remarks says" (not "The Kremlin's readout of the talks says", the Kremlin's account). Group 1: whose remarks. */
const RECORD_SAYS = /\b(?:[Tt]he\s+)?(?:Kremlin(?:['’]s)?\s+(?:own\s+)?(?:English(?:-language)?\s+)?(?:transcript|readout|record|version|text)|(?:official|English)\s+(?:transcript|readout|record|version|text))\b([^,;:“”"]{0,40}?\bof\s+(?:his|her|\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*)?['’]s)\s+(?:[\p{L}-]+\s+){0,3}?(?:remarks|speech|address|words|answers|comments|statement|news\s+conference|press\s+conference)\b[^,;:“”"]{0,30}?)\s+(?:says|said|reads|read|shows|showed|records|recorded)\b(?![^;“”"]*\b(?:that\s+)?(?:he|she|\p{Lu}[\p{L}’'.-]*)\s+(?:said|says|told|added)\b)/u;
/** A relative clause that only asks ("who asked about a truce …"). */
const ASKED_ONLY = /^(?:had\s+)?(?:asked|wondered|questioned|pressed)\b/i;
/** An answer given to the one named next ("the Kremlin leader’s answer to Kommersant’s Andrei Kolesnikov"). */
const ANSWER_TO = /\b(?:answer|answers|reply|replies|response|responses|answering|replying|responding)\s+to\s+(?:[\p{L}’'.-]+\s+){0,4}$/u;
/** The speaker of a quote that stands inside a relative clause about someone (see findAttribution, 1a), or null. */
function relativeSpeaker(text: string, { start: sentenceStart, text: before }: { start: number; text: string }, finder: AttributionFinder): Located | null {
  const open = OPEN_RELATIVE.exec(before);
  if (!open || !RELATIVE_VERB.test(open[2] ?? '')) return null;
  const clauseAt = sentenceStart + (open.index ?? 0);
  // "Putin, who was asked by Komsomolskaya Pravda's Alexander Gamov whether it was time to return to “…”": the words
  // are the one asking.
  const askedBy = /^(?:was|were|had been|has been|is|is being)\s+(?:\p{Ll}+\s+)?(?:asked|questioned|pressed)\s+by\s+/u.exec(open[2] ?? '');
  if (askedBy) {
    const from = sentenceStart + (open.index ?? 0) + open[0].length - (open[2] ?? '').length + askedBy[0].length;
    const asker = mentions(unquoted(text.slice(from, sentenceStart + before.length)), finder, from).find((l) => !isPersonPronoun(l.name));
    if (asker) return asker;
  }
  // "Sharif thanked Putin, who he said had been “very kind”": the clause's own "he" says it — the sentence's subject, not
  // the one the clause is about.
  if (/^(?:he|she)\s+(?:said|says|added|noted)\b/i.test(open[2] ?? '')) {
    return mentions(unquoted(text.slice(sentenceStart, clauseAt)), finder, sentenceStart).find((l) => !isPronoun(l.name) && isSubject(text, l)) ?? null;
  }
  if (open[1]!.toLowerCase() === 'who') {
    // "X, who had said …": X, the last person named right before the comma.
    // ("Pavel Zarubin of state broadcaster Rossiya, who …": past an "of" phrase naming where the person works, and a
    // role after a comma, "Pavel Zarubin of Rossiya, the presenter of the Kremlin’s favourite Sunday programme, who …";
    // not an owner inside it.)
    // ("It was Putin, not Xi Jinping, who said …": past the one a correction sets aside.)
    const head = withoutSetAside(text.slice(sentenceStart, clauseAt));
    const antecedent = mentions(unquoted(head), finder, sentenceStart).filter((l) => !isPossessive(text, l) && /^(?:\s+(?:of|from|at)\s+[^,;:()]{1,40})?(?:,\s*(?:the|a|an)\s+[^,;:()“”"]{1,60})?\s*$/.test(head.slice(l.end - sentenceStart)) && !isPersonPronoun(l.name)).pop();
    // (Not one who only asked, named as the one an answer was given to: "the key line from the Kremlin leader’s answer to
    // Kommersant’s Andrei Kolesnikov, who asked about a truce …: “…”" — the answer's words.)
    if (antecedent && ASKED_ONLY.test(open[2] ?? '') && ANSWER_TO.test(head.slice(0, antecedent.start - sentenceStart))) {
      return mentions(unquoted(head), finder, sentenceStart).find((l) => l.end <= antecedent.start && isPossessive(text, l) && /^['’]?s?\s+(?:\p{L}+\s+)?(?:answer|answers|reply|replies|response)\s+to\b/u.test(text.slice(l.end, l.end + 40))) ?? null;
    }
    return antecedent ?? null;
  }
  // "X, whom Putin described as …": the clause's own subject, named before its verb.
  const clause = open[2] ?? '';
  const verbAt = clause.search(RELATIVE_VERB);
  const from = clauseAt + open[0].length - clause.length;
  return mentions(unquoted(clause.slice(0, verbAt)), finder, from).find((l) => !isPossessive(text, l)) ?? null;
}

/** Step 3 of findAttribution: the speaker named before the quote in its sentence (or given the floor by a colon). */
function attributionBefore(
  blocks: ArticleBlock[],
  first: { block: number; start: number },
  text: string,
  finder: AttributionFinder,
  resolve: (l: Located | undefined, replying?: boolean) => Attribution | null,
): Attribution | null {
  const { start: sentenceStart, text: whole } = sentenceBefore(text, first.start, finder);
  // A parenthetical credit inside the sentence ("Putin said that, as Tokayev had noted, the member countries “…”") is
  // not the quote's: blanked, offsets kept. (Right before the quote it is: "and, as he put it to his counterpart, “…”".)
  // (So is a relative clause closed before the main clause goes on: "Putin told Zarubin, who had asked whether …, that
  // “…”" — told, not asked.)
  const before = whole
    .replace(/,\s*as\s+[^,;:“”"]{1,50}?\b(?:had\s+|has\s+)?(?:noted|said|put it|stressed|mentioned|pointed out|remarked|observed)(?:\s+to\s+[^,;:“”"]{1,40}?)?\s*,(?!\s*$)/gi, (m, at: number) => (VERB.test(whole.slice(0, at)) ? ' '.repeat(m.length) : m))
    .replace(/,\s*(?:who|which)\s[^;:“”"]*?,(?=\s*that\s*$)/i, (m, at: number) => (VERB.test(whole.slice(0, at)) ? ' '.repeat(m.length) : m))
    // (Nor "for his part": "Putin, for his part, told the Emir:" — the "his" is Putin himself.)
    .replace(/,\s*for\s+(?:his|her|their)\s+part\s*,/gi, (m) => ' '.repeat(m.length))
    // (Nor an aside between dashes before the main clause goes on: "Putin told reporters — in answer to Chernyayeva,
    // who had wanted to know whether “…” — that “…”".)
    .replace(/\s[—–]\s[^—–]*?\s[—–](?=\s*that\s*$)/, (m, at: number) => (VERB.test(whole.slice(0, at)) ? ' '.repeat(m.length) : m))
    // (Nor one a correction sets aside: see withoutSetAside.)
    .replace(SET_ASIDE, (m) => ' '.repeat(m.length))
    // (Nor a promise to do something, no speech: "Bubnova pressed him on the proposals he had promised to put in
    // writing: what form would it take — “…?”" is her question, not his words.)
    // (Only before a colon of its own: "vowed to fight until “total victory”" quotes what he vowed.)
    .replace(/\b(?:promised|promises|vowed|vows|pledged|pledges|agreed|offered|threatened)\s+to\s+\p{Ll}+(?=[^:“”"]*:)/gu, (m) => ' '.repeat(m.length));
  // A speech verb only in a leading clause, and a main clause that gives the quote the floor with a colon ("When a
  // Komsomolskaya Pravda reporter suggested …, Putin corrected him: “…”"): the main clause's subject speaks.
  // (So is one set against another: "Unlike Tokayev, who spoke of “…”, Putin preferred “…”".)
  const lead = /^\s*(?:When|While|After|As|Although|Though|Because|Since|If|Before|Once|Asked|Speaking|Responding|Answering|Replying|Pressed|Unlike|Like)\b(?:[^,;:“”"]|[“"][^”"]*[”"]|,\s*(?=who\b|whom\b|which\b))*,\s*(?=(?:[^,;:“”"]|[“"][^”"]*[”"])*:?\s*$)/.exec(before);
  // "Zarubin asked whether his preference for Biden still held, and drew a shorter answer: “…”": see GOT_ANSWER.
  if (GOT_ANSWER.test(before)) {
    const asked = answererBefore(blocks, first.block, sentenceStart, finder);
    const a = asked ? resolve(asked) : null;
    return asGuess(a);
  }
  // "The words belong to Pavel Zarubin, a presenter …, who used them in a question to Putin:" — the one the words are
  // said to belong to or come from, not whoever else the sentence names.
  const owner = wordsOwner(before, finder, sentenceStart);
  // (Only when nothing else is said after: "Those words came from a question put to him by Gamov; Mr Putin replied:
  // “…”" is the reply's.)
  if (owner && !/[;:]\s*\S/.test(before.slice(owner.end - sentenceStart)) && !VERB.test(before.slice(owner.end - sentenceStart))) return resolve(owner);
  const main = lead ? lead[0].length : 0;
  const colonAfterLead = lead !== null && /:\s*$/.test(before) && !VERB.test(before.slice(main));
  if (!colonAfterLead && (VERB.test(before) || /according to/i.test(before))) {
    // (Read from its first word, so a name that opens it is one: "Johnson has called that account “…”".)
    const list = mentionsFromFirstWord(unquoted(before), finder, sentenceStart);
    // The quote stands in a clause of its own after the main one, with a subject of its own ("“…,” Erdoğan said —
    // after Putin had thanked him for “…”", "Putin said …, after Yunashev of Life had said that “…”", "Putin, after
    // Vernitsky had asked whether the organisation managed “…”, defended the bloc"): that subject's words, most likely;
    // a guess, never a flag. (Not a clause closed before the quote: "Putin said, after Xi had spoken, that “…”".)
    // The only speech verb in a leading clause set against the main one ("Unlike Tokayev, who spoke of “…”, Putin
    // preferred “…”"): the main clause's subject chose the words — most likely his; a guess, never a flag.
    if (lead && !VERB.test(before.slice(main))) {
      const subject = list.find((l) => l.start >= sentenceStart + main && !isPronoun(l.name) && isSubject(text, l));
      if (subject) {
        const a = resolve(subject);
        return asGuess(a);
      }
    }
    // A list whose verb is given once ("Aliyev spoke of “…”; Vladimir Putin, of “…”"): after the semicolon, the one
    // named with the verb left out.
    // (Past a few words of the gapped clause: "; Putin, of Russian-language schooling as “…”".)
    // (Or after ", and", its "that" kept: "Mr Putin said that “…”, and Mr Xi that “…”".)
    const gapped = /;\s*((?:[\p{Lu}][\p{L}’'.-]*\s*){1,4}),\s*(?:(?:of|on|about|for)\b[^“”";,]{0,60})?$/u.exec(before) ?? /,\s*(?:and|while|but)\s+((?:(?:Mr|Mrs|Ms|President)\.?\s+)?(?:\p{Lu}[\p{L}’'.-]*\s+){0,3}\p{Lu}[\p{L}’'.-]*)\s+that\s*$/u.exec(before);
    const gappedWho = gapped ? list.find((l) => l.start >= sentenceStart + (gapped.index ?? 0) && !isPronoun(l.name)) : undefined;
    if (gappedWho) return resolve(gappedWho);
    // A report of a report ("Putin noted that Trump had said he was “…”", "Mukhametshina noted that Zelensky had said he
    // “…”", "The question … noted Trump had said he was “…”"): the words are the outer speaker's rendering of what the
    // other had said — the outer speaker's, a credit when a person; no credit when the reporter is no one named.
    // (So is what one who speaks passes on from reports: "She added that, according to some reports, Trump “…”" — the
    // speaker's, "she" included; the one the reports are about said nothing here.)
    // (Also when the relayed "he" opens the quote itself: "Gereikhanova …, noting that the Republican had said repeatedly
    // “he is ready to end the conflict …”".)
    const relayed = RELAYED_REPORT.exec(before) ?? (/^[“"«„‘']?\s*(?:he|she)\b/i.test(text.slice(first.start, first.start + 8)) ? RELAYED_BEFORE_PRONOUN.exec(before) : null);
    const fromReports = relayed ? null : FROM_REPORTS.exec(before);
    const passedOn = relayed ?? fromReports;
    if (passedOn) {
      const at = sentenceStart + (passedOn.index ?? 0);
      const outer = list.filter((l) => l.end <= at && (fromReports || !isPronoun(l.name)) && isSubject(text, l)).pop();
      if (outer) return resolve(outer);
      // (No one named relays them — "a reporter …, who noted that Trump had promised to end the conflict “…”": the one
      // whose promise it was, a guess, never a flag.)
      const inner = relayed ? resolve(list.filter((l) => l.start >= at && !isPronoun(l.name)).pop()) : null;
      return inner ? { ...inner, confident: false } : null;
    }
    // A credit denied ("Putin did not say that “…”; that was Chernyayeva's premise", "did Putin really say that “…”?"):
    // no credit.
    if (/\b(?:did\s+not|didn['’]t|never|did\s+\p{L}+\s+(?:really|actually|ever))\s+(?:say|said|call|claim|tell|use)\b[^“”"]{0,40}$/iu.test(before) || /\bdid\s+\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*)?\s+(?:really\s+|actually\s+|ever\s+)?(?:say|call|claim|tell)\b[^“”"]{0,40}$/u.test(before)) {
      const denied = resolve(list.filter((l) => !isPronoun(l.name)).pop());
      return denied ? { ...denied, confident: false } : null;
    }
    // "Putin said that Gamov's claim that “…” was wrong", "responding to Putin's remark that ties would grow “…”",
    // "Putin's thanks to “…”": the words of the one whose claim, remark or thanks they are.
    const claimant = possessiveCredit(before, list, sentenceStart, text);
    if (claimant) return resolve(claimant);
    // "Asked by Donald Courter of RT whether the Taliban should “…”, Putin replied …": the question's words, the asker's.
    if (/^\W*(?:when\s+)?asked\s+by\s+[^,;:“”"]*$/i.test(before)) {
      const asker = list.find((l) => l.start > sentenceStart + before.search(/\bby\s/i) && !isPronoun(l.name));
      if (asker) {
        const a = resolve(asker);
        return asGuess(a);
      }
    }
    const side = [...before.matchAll(/(?:,[”"’]?|\s[—–])\s*(?:after|before|while|when|as|since|because|although|though|whereas)\s+/gi)].pop();
    if (side) {
      const from = sentenceStart + (side.index ?? 0) + side[0].length;
      // (An outlet's possessive may come first: "after Vedomosti's Yelena Mukhametshina had said that".)
      // (Or a "she" or "he" who speaks there, whom the sentence before names: "Asked by Ksenia Chernyayeva about arms
      // control, after she noted that “…”, Putin said" — hers.)
      // (Past a participle's aside after the name: "before Erdogan, speaking through an interpreter, said he had long been
      // unable to meet “…”".)
      const pastAside = (at: number) => text.slice(at).replace(ASIDE_AFTER_NAME, '');
      const own = list.find((l) => l.start >= from && TITLES_ONLY_BEFORE.test(text.slice(from, l.start).replace(/^the\s+/i, '').replace(/^\p{Lu}[\p{L}’'.-]*['’]s\s+/u, '')) && (!isPronoun(l.name) || (isSubjectPronoun(l.name) && SAID_IN_CLAUSE.test(pastAside(l.end)))) && SIDE_CLAUSE_VERB.test(pastAside(l.end)));
      const rest = own ? text.slice(own.end, sentenceStart + before.length).replace(ASIDE_AFTER_NAME, '') : '';
      if (own && !/,\s*(?!adding|saying|noting|asking|arguing|insisting|suggesting)\S/i.test(rest)) {
        // (Said outright there, "while Putin called a turnover of $25bn “…”", "after Yunashev had said that “…”", it is
        // a credit.)
        const a = resolve(own);
        const said = SAID_IN_CLAUSE.test(pastAside(own.end));
        return a ? { ...a, confident: a.confident && said } : null;
      }
    }
    // A spoken "quote" before the words ("He says the West asked Russia to stop near Kyiv, Russia did, and then, quote,
    // “…”", on a podcast's page) gives them to the one whose telling it is: the subject of the sentence's first speech verb.
    // The main clause's speech verb: the sentence's first, not one in a relative clause ("on Donald Trump, who says he could
    // end the war quickly, Putin said he had, quote, …").
    const firstVerb = before.replace(/,\s*(?:who|which)\s[^,;:“”"]*,/gi, (m) => ' '.repeat(m.length)).search(VERB);
    const mainVerbAt = firstVerb < 0 ? -1 : sentenceStart + firstVerb;
    if (/\bquote\s*[,:]?\s*$/i.test(before)) {
      const teller = firstVerb > 0 ? list.filter((l) => l.end <= mainVerbAt).pop() : undefined;
      if (teller) return resolve(teller);
    }
    // The speaker is the subject of the last speech verb ("Xi told Putin:" → Xi), else who follows it
    // ("said Putin", "according to Xi"), else the last person named.
    let verbAt = -1;
    let verb = '';
    for (const m of before.matchAll(VERBS_AND_ACCORDING)) {
      // (After an owner it is a noun: "calling the Russian leader's calls “…”" — but "In Putin's telling, “…”" credits
      // him, as "according to" would.)
      const ahead = before.slice(0, m.index ?? 0);
      if (/\p{L}['’]s\s+$/u.test(ahead) && !/\b[Ii]n\s+(?:[\p{Lu}][\p{L}.-]*\s+){0,3}[\p{Lu}][\p{L}.-]*['’]s\s+$/u.test(ahead)) continue;
      verbAt = sentenceStart + (m.index ?? 0);
      verb = m[0];
    }
    // A speech verb before a clause joined with a subject and a verb of its own ("The Kremlin hailed Qatar as “…”, and
    // Putin thanked Sheikh Tamim for helping “…”"): that clause's subject, most likely — a guess, never a flag.
    const joinedClause = verbAt >= 0 ? [...before.slice(verbAt - sentenceStart).matchAll(/,\s*(?:and|but|while|whereas)\s+/g)].pop() : undefined;
    if (joinedClause) {
      const from = verbAt + (joinedClause.index ?? 0) + joinedClause[0].length;
      const own = list.find((l) => l.start >= from && !isPronoun(l.name) && TITLES_ONLY_BEFORE.test(text.slice(from, l.start).replace(/^the\s+/i, '')));
      const a = own && /^\s+\p{Ll}+(?:ed|s)\b/u.test(text.slice(own.end)) ? resolve(own) : null;
      if (a) return { ...a, confident: false };
    }
    // A speech verb before a semicolon speaks no words after it: the clause after it is its own, and the one it names
    // first is the quote's speaker, a guess ("The Russian leader reminded his guest that …; the emir, in turn, accepted and
    // invited him to Doha “…”" — the emir's). (Not a pronoun there: "…; in Sochi he offered “…”" is still the verb's subject.)
    const semicolonAt = before.lastIndexOf(';');
    if (verbAt >= 0 && semicolonAt >= 0 && verbAt < sentenceStart + semicolonAt) {
      const own = list.find((l) => l.start > sentenceStart + semicolonAt && !isPersonPronoun(l.name) && !OBJECT_OF_VERB.test(text.slice(sentenceStart, l.start)));
      const a = own ? resolve(own) : null;
      if (a) return { ...a, confident: false };
    }
    // Subject: right before a finite verb ("Xi told Putin:"), else the sentence's first person ("Putin raised …, saying").
    // Not one named inside an aside ("Mokhber, quoting Iran's Supreme Leader Ayatollah Ali Khamenei, said …").
    // Nor, beside someone else, one named as an owner ("The Kremlin's English transcript of Putin's speech … has him
    // saying": him; but "the prime minister's speech, which urged": the prime minister).
    const owner = (l: Located) => isPossessive(text, l);
    // "…, was told by his guest that “…”": the words are the teller's, and the one told is not the speaker.
    // "the Kremlin transcript has him calling the partnership a “…”": the record is the source, "him" the speaker.
    // (So does "The Kremlin transcript has Putin saying:", the speaker named.)
    // (So does the Kremlin itself, "The Kremlin has him say “…”".)
    const recordHas = /\b(?:transcript|readout|record|video|footage|minutes|Kremlin)\s+(?:also\s+)?(?:has|had|shows|showed|quotes|quoted|records|recorded|does\s+record|did\s+record)\s+(him|her|\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*){0,2})\s+(?:\p{Ll}+ing|say|call|tell|describe|speak|put\s+it)\b/u.exec(before);
    const recorded = recordHas ? list.find((l) => l.start >= sentenceStart + (recordHas.index ?? 0) + recordHas[0].indexOf(recordHas[1] ?? '') && !l.ref?.institution) : undefined;
    if (recorded) return resolve(recorded);
    // A record that "says" the words ("The Kremlin transcript of his SCO Plus remarks says the opposite: Russia “…”"):
    // the words of the one whose remarks it records — named in it, or the one a "his" stands for — not of the body
    // that keeps it; a guess, never a flag.
    const recordSays = RECORD_SAYS.exec(before);
    if (recordSays) {
      const from = sentenceStart + (recordSays.index ?? 0);
      const named = list.find((l) => l.start >= from && l.end <= from + recordSays[0].length && l.ref && !l.ref.institution && !isPronoun(l.name));
      const his = /\b(?:his|her)\b/i.test(recordSays[1] ?? '') ? lastPersonBefore(blocks, first.block, from, finder) : null;
      const whose = named ?? (his && !his.ref?.institution ? his : null);
      if (whose) return toAttribution(whose, null, false);
    }
    const toldBy = /\b(?:was|were|had been|has been|is)\s+told\s+by\s+([^,;:“”"]{1,60}?)\s*(?:that\s*)?$/.exec(before);
    if (toldBy) {
      const teller = list.find((l) => l.start >= sentenceStart + (toldBy.index ?? 0));
      return teller ? resolve(teller) : null;
    }
    // After a semicolon, a clause of its own: its names, when it has any ("…, who joined the table; Putin, thanking the
    // hosts, said “…”").
    const semicolon = before.lastIndexOf(';');
    const inClause = (l: Located) => semicolon < 0 || l.start > sentenceStart + semicolon;
    // (A clause after the semicolon whose subject is one named only by a relation — "…; his counterpart replied that
    // “…” and said Ankara had “…”" — is that one's, whom the article does not name here: no credit to check.)
    if (semicolon >= 0 && !list.some((l) => l.end <= verbAt && inClause(l)) && RELATION_OPENS.test(before.slice(semicolon + 1))) return { name: 'a guest or host', speakerId: null, institution: false, confident: false };
    const clauseList = list.some((l) => l.end <= verbAt && inClause(l)) ? list.filter(inClause) : list;
    const candidates = clauseList.filter((l) => l.end <= verbAt && (isPersonPronoun(l.name) || (!inAside(text.slice(sentenceStart, l.start)) && !IN_QUESTION_ASKED.test(text.slice(sentenceStart, l.start)))));
    const beforeVerb = candidates.some((l) => !owner(l)) ? candidates.filter((l) => !owner(l)) : candidates;
    // Right before the verb; a verb that leads straight into the quote keeps its subject even in a relative clause
    // ("the corridor, which Putin called “our top priority”").
    const leadsIn = LEADS_IN.test(before);
    // (Not one named as an object right before it: "Xi meets Putin, calls for upholding “…”" is Xi's.)
    // (Past a run of verbs of his own: "Putin paused, smiled and then said:", "Putin listened, nodded and then said:".)
    // (And past a verb that leads to his saying: "Putin preferred to say", "chose to describe", "went on to say".)
    const verbRun = (gap: string) => /^\s+(?:\p{Ll}+(?:ed|s)\s*,\s*)*\p{Ll}+(?:ed|s)\s+and\s+(?:then\s+)?$/u.test(gap) || /^\s+(?:\p{Ll}+ed|went on|was quick|was careful|is quick)\s+to\s+$/u.test(gap);
    // (Past a participle's aside too — "Xi, speaking after him, said" is Xi's, and the aside's "him" no subject.)
    const adjacent = (leadsIn ? clauseList : beforeVerb).filter((l) => l.end <= verbAt && !/^(?:him|her)$/i.test(l.name) && ((verbAt - l.end <= 25 && /^\s*(?:(?:has|had|also|then|later|again|once again|himself|herself|,)\s*)*$/i.test(before.slice(l.end - sentenceStart, verbAt - sentenceStart))) || (verbAt - l.end <= 80 && ASIDE_AFTER_NAME.test(before.slice(l.end - sentenceStart, verbAt - sentenceStart)) && before.slice(l.end - sentenceStart, verbAt - sentenceStart).replace(ASIDE_AFTER_NAME, '').trim() === '') || (verbAt - l.end <= 50 && verbRun(before.slice(l.end - sentenceStart, verbAt - sentenceStart)))) && !(IN_ASIDE_BEFORE.test(text.slice(sentenceStart, l.start)) && /^\s*,/.test(text.slice(l.end, verbAt))) && (isSubjectPronoun(l.name) || isFormerOrLatter(l.name) || (!OBJECT_OF_VERB.test(text.slice(sentenceStart, l.start)) && !CITING_BEFORE.test(text.slice(sentenceStart, l.start)) && !OWNED_BY_BEFORE.test(text.slice(sentenceStart, l.start)))));
    // (A participle's subject is its clause's: past a dash, the first one named there — "Russia, Putin said, was helping …
    // — a point Sharif did not take up, instead telling his host:" is Sharif's.)
    const dash = text.slice(sentenceStart, verbAt).search(/\s[—–]\s(?=[^—–]*$)/);
    const pastDash = dash >= 0 ? beforeVerb.find((l) => l.start > sentenceStart + dash && !isPronoun(l.name) && !RELATION_START.test(l.name)) : undefined;
    // (An absolute clause names its own speaker: "Xi and Putin met …, with Putin telling his host that relations were
    // going through “…”".)
    // (So does the second of two set side by side after a quote or a comma: "One summary had Xi speaking of “…” and Putin
    // declaring that “…”" is Putin's.)
    const clauseOwn = /ing$/i.test(verb) ? clauseList.find((l) => l.end <= verbAt && verbAt - l.end <= 2 && !isPronoun(l.name) && /(?:\bwith|(?:[”"’»]|,)\s*and)\s+(?:the\s+)?(?:\p{Lu}[\p{L}’'.-]*\s+)*$/u.test(text.slice(sentenceStart, l.start))) : undefined;
    // (Not one the sentence names as an object, when its verb has no subject of its own right before it: "Prime minister
    // thanks Putin for crude shipment, says ties “…”" — the headline's subject says it, not Putin.)
    const firstSubject = beforeVerb.find((l) => isPronoun(l.name) || !OBJECT_OF_VERB.test(text.slice(sentenceStart, l.start)));
    // (Or "the latter" right before it: "Putin and Xi met …, the former saying … and the latter urging both sides to “…”".)
    const standsFor = /ing$/i.test(verb) ? clauseList.find((l) => l.end <= verbAt && verbAt - l.end <= 2 && isFormerOrLatter(l.name)) : undefined;
    // (A verb joined by ", and" with no subject of its own shares the one of the first speech verb: "Meeting Qatar’s
    // Emir, …, Putin said “…”, and praised the emir as one of the “…”" is Putin's.)
    // (The main clause's, not one it reports: "Aliyev noted that Putin had called the corridor “…”, and said Baku was “…”" is
    // Aliyev's.)
    // (Or right after a quote of its own, no comma: "the Russian leader said ties would deepen “…” and added: “…”".)
    const joined = mainVerbAt >= 0 && mainVerbAt < verbAt && /(?:,|[”"’»])\s*and\s+(?:then\s+|also\s+)?$/.test(text.slice(sentenceStart, verbAt));
    const joinedTo = joined ? beforeVerb.filter((l) => l.end <= mainVerbAt && mainVerbAt - l.end <= 25 && /^\s*(?:(?:has|had|also|then|later|again)\s*)*$/i.test(text.slice(l.end, mainVerbAt))).pop() : undefined;
    let subject = /ing$/i.test(verb) ? (standsFor ?? clauseOwn ?? pastDash ?? beforeVerb[0]) : (adjacent[adjacent.length - 1] ?? joinedTo ?? (/,\s*$/.test(text.slice(sentenceStart, verbAt)) ? firstSubject : beforeVerb[0]));
    // (A body named with its record, "The Kremlin transcript says “…”", names the record of someone's words, not one
    // who speaks; "a Kremlin readout said" is the body's own summary, its words.)
    // (Or its English alone: "The Kremlin’s English says power was “…”".)
    if (subject && subject.ref?.institution && /^['’]?s?\s*(?:English\s+)?(?:transcript|record|version|text)\s*$|^(?:['’]s)?\s*English\s*$/i.test(text.slice(subject.end, verbAt))) return null;
    // A verb in a relative clause about a person ("Pavel Zarubin …, who reminded Putin that he had once said … and
    // asked whether his “…”"), with no subject of its own right before it: the one the clause is about, not a name
    // or a "he" inside it.
    const who = [...text.slice(sentenceStart, verbAt).matchAll(/,\s*who\s/gi)].pop();
    const whoAt = who && (semicolon < 0 || (who.index ?? 0) > semicolon) ? sentenceStart + (who.index ?? 0) : -1;
    // (Unless the verb joins the main clause again after the relative one closed: "He praised Erdogan, who hosted the
    // talks, and said “…”" is his.)
    const backToMain = whoAt >= 0 && /,\s*and\s+(?:then\s+|also\s+)?$/i.test(text.slice(whoAt + 1, verbAt));
    // (Nor when the relative clause closed with a comma right before the verb: "Wang Yi, who accompanied Xi, told
    // reporters:" is Wang Yi's.)
    const closedRelative = whoAt >= 0 && adjacent.length > 0 && adjacent.every((l) => l.start > whoAt && /,/.test(text.slice(l.end, verbAt)));
    // (Nor when it closed after a quote of its own: "Putin, answering Derkach, who had noted that Belarus was “…”, said
    // “…”" — "said" is the main clause's.)
    const closedAfterQuote = whoAt >= 0 && /[”"»]\s*,\s*$/.test(text.slice(whoAt, verbAt));
    // (Not a body that only owns what names the person: "Rossina Bodrova of the Russian Defense Ministry's Zvezda channel,
    // who asked whether …" — Bodrova asked.)
    const ownerOnly = (l: Located) => Boolean(l.ref?.institution) && (isPossessive(text, l) || OWNED_BY_BEFORE.test(text.slice(sentenceStart, l.start)));
    if (whoAt >= 0 && (!adjacent.length || closedRelative) && !backToMain && !closedAfterQuote) {
      const antecedent = list.filter((l) => l.end <= whoAt && whoAt - l.end <= 60 && !isPronoun(l.name) && !ownerOnly(l)).pop();
      // (One the finder does not know — "UN Secretary-General António Guterres, who is seated two places from Putin,
      // tells the session:" — is still not the one named inside the clause.)
      if (antecedent) subject = antecedent;
      else if (closedRelative) subject = undefined;
    } else if (closedAfterQuote) {
      // ...the one the clause was about, when he is a subject ("while Vladimir Putin, who had opened the talks by noting
      // that trade “…”, added that …"); not when he is an object ("answering Anna Derkach, who had noted …"): then the
      // sentence's own subject before him.
      const antecedent = list.filter((l) => l.end <= whoAt && whoAt - l.end <= 60 && !isPronoun(l.name)).pop();
      if (antecedent && !inAside(text.slice(sentenceStart, antecedent.start))) subject = antecedent;
    }
    // Object: "said Putin", "according to Xi" — never the listener of "told"/"asked".
    // (Not one that verb's clause is about: "President says meeting Putin in Astana was “…”" — Putin was met.)
    // (Nor a body named with its record: "His address began with a greeting that the Kremlin transcript does record:"
    // — the record of the words, not one who said them.)
    const object = ADDRESSEE_VERBS.test(verb) ? undefined : list.find((l) => l.start > verbAt && l.start - verbAt <= 40 && !OBJECT_OF_VERB.test(text.slice(sentenceStart, l.start)) && (/^according to$/i.test(verb) || !recordOf(text, l)));
    // "Putin said, according to the Kremlin:": the Kremlin is the source of the record, Putin the speaker.
    // (So too "What he did say, according to the Kremlin transcript, was:": a document, whoever its subject.)
    const document = object !== undefined && /^['’]?s?\s*(?:English\s+)?(?:transcript|readout|record|website|account|statement)\b/i.test(text.slice(object.end));
    const sourceOnly = /^according to$/i.test(verb) && object?.ref?.institution && subject && !subject.ref?.institution && (!isPronoun(subject.name) || document);
    // "Putin was asked by Anna Derkach what … would “…”": the words are the one asking.
    // (The asker may be named by outlet first: "had been asked by Channel One's Anton Vernitsky whether".)
    // (Or before the verb read, when it stands in the question asked: "was asked by Pavel Zarubin whether his earlier
    // stated preference … still held now that “…”".)
    const asker = list.find((l) => (l.start > verbAt || /\b(?:whether|if|why|how|what)\b[^,;]*$/.test(text.slice(l.end, verbAt))) && /\b(?:was|were|is|been|being)\s+(?:asked|questioned)\s+by\s+(?:(?:the\s+)?(?:[\p{Lu}][\p{L}.-]*\s+){0,3}[\p{Lu}][\p{L}.-]*['’]s\s+)?$/iu.test(text.slice(sentenceStart, l.start)));
    const pick = asker ?? (/^according to$/i.test(verb) && !sourceOnly ? object : undefined) ?? subject ?? object;
    // Words relayed: "Putin said Russian officials had told him that “…”" — the person who speaks first in the sentence
    // reports what a body told him; the words quoted are his telling.
    // (So too when people told him: "he said the Turks told him that “…”" — what they told him is his telling.)
    const toldHim = pick !== undefined && /^told$/i.test(verb) && /^\s*(?:him|her)\b/i.test(text.slice(verbAt + verb.length));
    const teller = pick?.ref?.institution || toldHim ? list.find((l) => (l.ref ? !l.ref.institution : toldHim && l.start >= sentenceStart && isSubjectPronoun(l.name)) && l.end < pick!.start && isSubject(text, l) && VERB_FOLLOWS.test(text.slice(l.end)) && !IN_QUESTION_ASKED.test(text.slice(sentenceStart, l.start))) : undefined;
    // ("Aliyev said Putin had told him that “…”", "Putin later said Xi had told him that …": words passed on from one
    // named person to another — either may have said them; the teller's, a guess, never a flag.)
    if (teller && toldHim && !pick?.ref?.institution && pick?.ref?.speakerId) {
      const a = resolve(teller);
      return asGuess(a);
    }
    if (teller) return resolve(teller);
    // ("Putin praised Aliyev’s backing for the schools. He replied that …": the one who replies is not the one before
    // who praised, thanked or asked him.)
    if (pick) return resolve(pick, REPLY.test(verb));
  } else if (/:\s*$/.test(before)) {
    // Introduced by a colon without a speech verb: the sentence's subject speaks ("The PM thanked the Russian
    // president for the cargo: “…”").
    // (Not the topic the sentence opens on: "On Trump, the July line was: “…”" — what the words are about.)
    const list = mentions(unquoted(before), finder, sentenceStart).filter((l) => !isTopicOpener(text, sentenceStart, l));
    // After a leading clause, the main clause's subject.
    const from = sentenceStart + main;
    // (A clause of its own joined on before the colon — "Erdogan met Putin …, and the Russian president set out the
    // ambition plainly: “…”" — has its own subject, who speaks.)
    const joined = [...before.matchAll(/,\s*(?:and|but|while|whereupon)\s+(?:then\s+)?/gi)].pop();
    const clauseAt = joined ? sentenceStart + (joined.index ?? 0) + joined[0].length : -1;
    const clauseSubject = clauseAt >= from ? list.find((l) => l.start >= clauseAt && /^(?:the\s+)?$/i.test(text.slice(clauseAt, l.start))) : undefined;
    const subject = clauseSubject ?? list.find((l) => l.start >= from && !NOT_SUBJECT_BEFORE.test(text.slice(from, l.start))) ?? list.find((l) => !NOT_SUBJECT_BEFORE.test(text.slice(sentenceStart, l.start)));
    // "Gamov's suggestion that “…” drew a curt reply from Vladimir Putin: “…”": the one the reply came from.
    const replier = list.find((l) => l.start >= from && /\b(?:reply|response|retort|answer|rejoinder|riposte|rebuttal)\s+from\s+(?:the\s+)?$/i.test(text.slice(sentenceStart, l.start)));
    if (replier) return resolve(replier);
    // (Not a body named as the owner of a text: "The Kremlin's English has it like this:", "in the Kremlin's version:"
    // — the record, not one who speaks.)
    // (Nor a body named with its record: "The relevant passage, per the Kremlin transcript:".)
    if (subject && recordOf(text, subject)) return null;
    // (Nor two subjects, "Putin, Emir discuss Gaza: “…”", "Putin and Xi hail …:": which of them speaks, the line does not say.)
    const partner = subject ? list.find((l) => l.start > subject.end && l !== subject && /^\s*(?:,|and|&)\s*(?:the\s+)?$/i.test(text.slice(subject.end, l.start))) : undefined;
    if (partner && (partner.ref ?? !isPronoun(partner.name))) return null;
    // (Nor a topic's label that sets two against each other: "16:30 Biden vs Trump: “…”" names what the clip is about.)
    if (/\b(?:vs\.?|versus|v\.)\s/i.test(before)) return null;
    // (A person named as the owner of something that does not speak — "Putin's Astana press pool: “…”", the
    // journalists' words — is a guess, not a credit; "Putin's answer:" is his.)
    if (subject && isPossessive(text, subject) && !subject.ref?.institution && !SPEECH_NOUN.test(text.slice(subject.end, subject.end + 60))) {
      const guess = resolve(subject);
      return guess ? { ...guess, confident: false } : null;
    }
    if (subject) return resolve(subject);
  }
  // No speech verb, but the words are someone's remark, forecast or quip by a possessive ("the bulletin led with Putin's
  // remark that “…”", "Putin's forecast of “…” was splashed across travel portals"): that one's.
  if (!VERB.test(before)) {
    const claimant = possessiveCredit(before, mentions(unquoted(before), finder, sentenceStart), sentenceStart, text);
    if (claimant) return resolve(claimant);
  }
  return null;
}

/** The verbs of one who passes on what another said ("X noted that Y had said …"). */
const REPORTING = String.raw`(?:noted|said|recalled|pointed out|observed|remarked|mentioned)`;
/** What the one relayed is reported to have done ("had said he", "claimed", "promised"). */
const RELAYED_VERBS = String.raw`(?:said|claimed|promised|declared|stated|boasted|insisted)`;
/**
 * "X noted that Y had said he was “…”", "X put it to Putin that Y had said several days earlier that he “…”", "X noted
 * that Y had promised to end the conflict “…”".
 */
const RELAYED_REPORT = new RegExp(String.raw`\b(?:${REPORTING}|reminded\s+\w+|put it to\s+(?:\p{Lu}[\p{L}’'.-]*\s+){1,3})\s*(?:that\s+)?(?:\p{Lu}[\p{L}’'.-]*\s+){1,3}(?:had\s+)?(?:${RELAYED_VERBS}\s+(?:[^,;:“”"]{1,30}?\s+)?(?:that\s+)?(?:he|she)\s+(?:[^,;:“”".!?]{0,60}?\s+)?|(?:promised|pledged|vowed)\s+to\s+\p{Ll}+\s+(?:[^,;:“”"]{1,50}?\s+)?)$`, 'u');
/** "X, noting that the Republican had said repeatedly “he …”": a report of a report whose "he" opens the quote. */
const RELAYED_BEFORE_PRONOUN = new RegExp(String.raw`\b(?:${REPORTING}|noting|recalling|pointing out|observing|remarking|mentioning)\s*,?\s*(?:that\s+)?(?:the\s+)?(?:\p{Lu}[\p{L}’'.-]*\s+){1,3}(?:had\s+|has\s+)?${RELAYED_VERBS}(?:\s+(?:repeatedly|many times|more than once|again and again|often|several times))?\s*$`, 'u');
/** "X added that, according to some reports, Y “…”". */
const FROM_REPORTS = new RegExp(String.raw`\b(?:${REPORTING}|added)\s+(?:that\s*)?,?\s*according to\s+(?:some\s+|media\s+|press\s+|unconfirmed\s+|recent\s+)?reports,?\s+(?:\p{Lu}[\p{L}’'.-]*\s+){1,3}$`, 'u');

/**
 * "Putin said that Gamov's claim that “…” was wrong", "responding to Putin's remark that ties would grow “…”", "Putin's
 * thanks to “…”", "Xi's formula of the SCO as “…”", "Putin's own framing — “…”", "The Kremlin's account of the spring
 * of 2022 — “…”", "Putin's question whether Moscow should “…”": the one whose claim, remark, thanks or formula the
 * quoted words are (a role too: "the Russian leader's admission that “…”"; not a bare "he").
 */
const POSSESSIVE_CREDIT = /['’]s\s+(?:\p{Ll}+\s+)?(?:claim|remark|remarks|suggestion|assertion|statement|words|description|view|argument|comment|contention|point|insistence|promise|pledge|warning|complaint|thanks|gratitude|call|appeal|tribute|praise|forecast|prediction|quip|joke|formula|framing|recollection|observation|admission|concession|assurance|assurances|phrase|boast|retort|verdict|answer|reply|summary|assessment|diagnosis|characteri[sz]ation|reminder|question|plea|vow|slogan|account|figures|numbers|data)\s+(?:(?:that|whether|if)\s+(?:[^“”":;,]{0,80}?)?|(?:to|for|of|about|on)\s+(?:the\s+|our\s+|his\s+)?|of\s+[^“”":;,]{1,40}?\s+as\s+|(?:(?:of|on|about|for)\s+[^“”":;,—–]{1,50}?\s+)?[—–-]\s*)$/u;
function possessiveCredit(before: string, list: Located[], sentenceStart: number, text: string): Located | undefined {
  const claimOf = POSSESSIVE_CREDIT.exec(before);
  const at = sentenceStart + (claimOf?.index ?? 0);
  const claimant = claimOf ? list.filter((l) => l.end <= at + 2 && at - l.end <= 1).pop() : undefined;
  if (!claimant || isPersonPronoun(claimant.name)) return undefined;
  // (Relayed by another named subject — "Putin relayed Lukashenko's view that “…”", "Gereikhanova of Rossiyskaya Gazeta
  // then raised Trump's claim that he was ready “…”", "a reporter had asked about Trump's claim that he could end it
  // “…”" — the words are the one relaying them.)
  const relayer = list.find((l) => l.end <= claimant.start && l !== claimant && !isPronoun(l.name) && isSubject(text, l) && /^(?:\s+of\s+\p{Lu}[^,;:“”"]{0,40}?)?\s+(?:\p{Ll}+\s+)?(?:relayed|raised|passed on|cited|quoted|asked(?:\s+(?:him|her|\p{Lu}\p{L}+))?\s+about)\b/u.test(text.slice(l.end)));
  return relayer ?? claimant;
}
