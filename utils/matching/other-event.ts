/**
 * Does the article place a quote at another event? Real coverage of a summit quotes the same leader's words from
 * other occasions on the same subjects ("Speaking in Beijing in May, Putin had said: …", "…, he told reporters in
 * June"), and those near misses are the hardest to tell from a translation of the summit's words (MATCHING.md).
 * The article usually says when or where they were said; this reads that from the sentence around the quote.
 *
 * Only a time tied to the speech verb counts: "said in June", "told a forum in Baku in April", "In May, in
 * Tashkent, Putin said", "When the two leaders met … in October 2022, President Putin said" — not a date that
 * belongs to the subject ("said bilateral trade, which dipped last year", "said that in January-April …",
 * "Referring to the Declaration … signed in February 2022, the president said"). The summit was on 3–4 July 2024.
 */

/**
 * A time that is not the summit: a month other than July (with its day or not: "on 19 June", "on June 19"), a day of
 * July other than the 3rd and 4th, "two days earlier", "Days earlier", "last month/week/year", "earlier this year", a
 * year before 2024, July's too ("in July 2023"; not "last year's flow": a possessive dates the subject), a weekday other
 * than the summit's Wednesday and Thursday; a dated speech, interview or letter ("In his 14 June speech at the Foreign
 * Ministry he had already called for", "Putin’s June speech called for").
 */
/** The months other than the summit's July. */
const OTHER_MONTHS = String.raw`(?:January|February|March|April|May|June|August|September|October|November|December)`;
const OTHER_TIME = String.raw`(?:(?:[Ii]n|[Oo]n|[Bb]ack in|[Ee]arlier in)\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+|(?:early|mid|late)[-\s]+)?${OTHER_MONTHS}\b(?![-–'’])(?:\s+\d{1,2}(?:st|nd|rd|th)?\b)?|[Oo]n\s+(?:(?:[125-9]|[12]\d|3[01])(?:st|nd|rd|th)?\s+July|July\s+(?:[125-9]|[12]\d|3[01])(?:st|nd|rd|th)?)\b|(?:(?:a|one|two|three|four|five|six|several|a few)\s+(?:days?|weeks?|months?|years?)|\b(?:[Dd]ays|[Ww]eeks|[Mm]onths|[Yy]ears))\s+(?:earlier|before)\b|[Ll]ast\s+(?:month|week|year|${OTHER_MONTHS})\b(?!['’])|earlier\s+this\s+year\b|in\s+(?:(?:\d{1,2}(?:st|nd|rd|th)?\s+)?July\s+)?(?:19\d\d|20(?:0\d|1\d|2[0-3]))\b|[Oo]n\s+(?:Monday|Tuesday|Friday|Saturday|Sunday)\b|(?:his|her|their|its|a|an|that|the|this|[A-Z][A-Za-z-]+['’]s)\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+)?${OTHER_MONTHS}(?:\s+\d{1,2}(?:st|nd|rd|th)?)?(?:\s+(?:19|20)\d\d)?\s+(?:speech|address|remarks|interview|statement|article|telegram|letter|news\s+conference|press\s+conference|briefing|phone\s+call|meeting|visit|talks|summit|trip|forum|session)\b|[Ll]ast\s+year['’]s\s+(?:[\w-]+\s+){0,2}(?:summit|meeting|visit|talks|forum|session|congress|conference|speech|address|interview))`;
const VERB = String.raw`(?:said|did\s+(?:say|tell)|told|telling|saying|put it|stated|declared|remarked|noted|wrote|warned|insisted|argued|stressed|assured|promised|pledged|predicted|explained|called|described|praised|hailed)`;
/** ...and what says the same as a speech verb: "had made a similar argument", "had put the same complaint differently", "had used similar language", "had paid tribute", "had sounded a similar note". */
const SAYING = String.raw`(?:${VERB}|paid\s+(?:(?:a|an|warm|glowing|special)\s+)?tribute|(?:made|put)\s+(?:a|the|his|her|much\s+the)\s+(?:similar\s+|same\s+)?(?:argument|point|case|remark|comment|complaint|message|idea|view|thought)|used\s+(?:similar|the\s+same|much\s+the\s+same)\s+(?:language|words|wording|phrasing|image)|(?:sounded|struck)\s+(?:a|the)\s+(?:similar|same|like|familiar)\s+(?:note|tone|warning|theme|chord))`;
/** "…, he said in June" / "he told a conference in Moscow in June" / "said in an interview in May": the time right after the verb, or after a phrase without a comma that starts with a preposition or (after "told") names who was told. */
const AFTER_VERB = new RegExp(
  String.raw`\b(?:${SAYING}\s+(?:(?:much\s+)?the\s+same(?:\s+thing)?\s+|something\s+similar\s+|similar\s+words\s+)?(?:(?:at|in|to|during|while|before|after|about)\b[^,.;:“”"]{0,60}?\s)?|(?:told|telling)\s+(?:(?:a|an|the|his|her|reporters|journalists|diplomats|heads|[A-Z]\w+)\b(?:(?!\bthat\b)[^,.;:“”"]){0,60}?\s)?)${OTHER_TIME}`,
);
/** A participle's clause between the time and the speaker ("In February, responding to US reports that …, Putin said"). */
const PARTICIPLE_CLAUSE = String.raw`(?:responding|reacting|replying|answering|commenting|speaking|asked|pressed|referring|addressing|writing|talking)\b[^.;“”"]{0,120}?,\s*`;
/**
 * "In May, in Tashkent, Putin said" / "In May, during his state visit to China, Putin called" / "When he received Raisi
 * in Moscow in December, Putin said" / "Speaking in Beijing in May, Putin had said" / "At the Kumsusan guesthouse on June
 * 19, Putin said"; also after ", and" ("…, and in Brasília
 * last week he and Lula pledged") and after a colon ("Putin has long used the same formula for BRICS: in June he said");
 * the speaking may be a participle after a comma ("In Beijing in May he had gone further, telling reporters") or a colon
 * after going further ("In Tashkent in May he had gone further: “…”"); and a
 * clause of its own after a semicolon ("…; on June 28 he told his Security Council that “…”"); the time may be counted
 * from something else in an aside ("Speaking at the Valdai club on 7 November, two days after the election, Putin said").
 */
const LEADING = new RegExp(String.raw`(?:^|;\s*|[;,]\s*(?:and|but|while)\s+|:\s+)(?:Earlier,?\s+)?(?:(?:[Ii]n|When|During|Speaking|[Aa]t|Meeting|Welcoming|Addressing|Back|Earlier|On|Hosting|Receiving|Visiting|Greeting|Touring|Chairing|Attending)\b[^,.;“”"]{0,90}?\s)?${OTHER_TIME}(?:,?\s*(?:in|at|during|hosted\s+by|held\s+in|chaired\s+by)\s[^,.;“”"]{1,70})?(?:,\s*(?:[\w-]+\s+){0,3}(?:after|before|since|ahead\s+of)\s[^,.;“”"]{1,40}?(?=,))?(?:,\s*|\s+)(?:${PARTICIPLE_CLAUSE})?[^,.;“”"]{0,50}?(?:\b(?:had\s+)?${SAYING}|\b(?:gone|went)\s+further\s*:|,\s*(?:telling|saying|adding|noting|insisting|arguing|declaring|writing|warning)\b)`);

/** One named in a clause of "when" or "where": "he", "Putin", "Mr Putin", "Vladimir Putin". */
const WHO = String.raw`(?:he|she|(?:(?:Mr|Mrs|Ms|President)\.?\s+)?[A-Z][\p{L}’'-]+(?:\s+[A-Z][\p{L}’'-]+)?)`;
/** "…echoed Putin's remarks in Beijing in May, when he said:", "The previous meeting was in Moscow on 22 April, when Mr Putin told him": a time that the speaking is then tied to. */
const WHEN_SAID = new RegExp(String.raw`${OTHER_TIME}[^.;“”"]{0,40}?,\s*when\s+${WHO}\s+(?:had\s+)?${VERB}\b`, 'u');

/**
 * A time, then the speaking tied back to it by "then" ("In May, during Putin's state visit to Beijing, Xi said …, and
 * Putin told reporters then that “…”"; "back then").
 */
const SAID_THEN = new RegExp(String.raw`${OTHER_TIME}[^.;]{0,200}?\b(?:had\s+)?${SAYING}\b(?:\s+(?:reporters|journalists|him|her|them))?\s+(?:back\s+)?then\b`, 'u');

/** "Modi and Putin met at Novo-Ogaryovo on Monday evening, where the Russian president greeted …": a meeting dated elsewhere, and what was said there. */
const MEETING = new RegExp(String.raw`\b(?:met|held talks|talked|visited)\b[^.;“”"]{0,80}?${OTHER_TIME}[^.;“”"]{0,30}?,\s*(?:where|when)\b`);

/**
 * Written or broadcast elsewhere: "In a signed article published in the Kazakh press, Xi promised", "congratulated him
 * in a telegram, saying", "Putin wired Pezeshkian:", "Putin said in an
 * interview", "wrote in an op-ed", "In written remarks published on the eve of the summit, Xi said" (the transcripts
 * hold the summit's speeches, meetings and press answers only).
 */
const MEDIUM = String.raw`(?:[Ii]n|[Tt]hrough)\s+(?:(?:a|an|his|her|the|their)\s+(?:[\w-]+\s+){0,3}?(?:article|op-ed|column|essay|interview|letter|telegram|cable|editorial|book|documentary|(?:congratulatory|condolence|video|written)\s+message)|(?:(?:a|an|his|her|the|their)\s+)?written\s+(?:remarks|statement|comments|answers|message))\b`;
/** On the way home: "Speaking to reporters on his flight back from Astana", "aboard the presidential plane". */
const ON_THE_WAY = String.raw`(?:on\s+(?:his|her|the|their)\s+(?:flight|plane|way|trip)\s+(?:back|home)|aboard\s+(?:his|her|the)\s+(?:presidential\s+)?(?:plane|aircraft|jet))\b`;
const ELSEWHERE = new RegExp(String.raw`\b(?:wired|cabled|telegraphed)\s+(?:him|her|them|[A-Z][\w’'-]*)|${MEDIUM}[^.;“”"]{0,90}?(?:\b(?:${VERB}|promised|urged|vowed|called for|written)\b|:\s*[“"«]?\s*…)|\b(?:${VERB}|promised|urged|vowed)\s+${MEDIUM}|${ON_THE_WAY}[^.;“”"]{0,90}?\b(?:${VERB}|promised|urged|vowed)\b|\b(?:${VERB})\s+(?:reporters\s+|journalists\s+)?${ON_THE_WAY}`);

/**
 * A place that is not the summit's, tied to the speaking: "Speaking at the BRICS Parliamentary Forum in St Petersburg,
 * Putin said", "Putin said in Beijing", "he told reporters in Minsk", "In Kazan, Putin said", "In Beijing he told
 * reporters". (Not "said the talks in Moscow had …": the place right after the verb, in a leading "Speaking in/at …"
 * phrase, or opening the sentence right before its speaker only.)
 */
const OTHER_PLACE = String.raw`(?:Nizhny Novgorod|St\.? Petersburg|Saint Petersburg|Moscow|Beijing|Minsk|Sochi|Kazan|Vladivostok|Tashkent|Samarkand|Bishkek|Dushanbe|Ashgabat|Baku|Tehran|Islamabad|New Delhi|Delhi|Ankara|Istanbul|Doha|Hanoi|Pyongyang|Ulaanbaatar|Novo-Ogaryovo|Valdai|Brasília|Johannesburg|Washington|Geneva)`;
const PLACE_LEADING = new RegExp(String.raw`(?:^|[;,]\s*(?:and|but|while)\s+)(?:(?:Speaking|Addressing|Earlier,?\s+(?:speaking|in))\b[^,.;“”"]{0,70}?\bin\s+${OTHER_PLACE}\b[^,.;“”"]{0,40}?,\s*[^,.;“”"]{0,50}?|(?:In|At|Back\s+in|Later\s+in)\s+${OTHER_PLACE}\b,?\s+(?:he|she|(?:(?:Mr|President)\.?\s+)?\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+)?)\s+(?:also\s+)?)\b(?:had\s+)?${VERB}\b`, 'u');
/** "… than in Pyongyang last month, where Putin had said:": a place, and the speaking tied to it by "where". */
const WHERE_SAID = new RegExp(String.raw`\bin\s+${OTHER_PLACE}\b[^.;“”"]{0,40}?,\s*where\s+${WHO}\s+(?:had\s+)?${VERB}\b`, 'u');
const PLACE_AFTER_VERB = new RegExp(String.raw`\b(?:said|told\s+(?:reporters|journalists|a\s+[^,.;“”"]{1,40}?))\s+(?:at\s+[^,.;“”"]{1,60}?\s+)?in\s+${OTHER_PLACE}\b`);

/**
 * A speaker, then the time, then the colon that gives the quote the floor: "Aliyev, in Moscow in April: “…”", "At the
 * Supreme State Council in Moscow in January, Putin had been more lyrical: “…”" (the time in the leading
 * phrase itself, not past a comma — "In Astana, responding to a question about the treaty signed in February, Putin
 * said:" — nor in the writer's sentence with no comma after it: "In March 2022 the talks were going well: “…”").
 */
const DATED_COLON = new RegExp(String.raw`(?:^|[.;]\s+)(?:\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){0,2},\s*(?:(?:speaking\s+)?(?:in|at)\s+[^,.;:“”"]{1,40}?\s+)?${OTHER_TIME}|(?:At|In|During|On|Back in)\b[^,.;:“”"]{0,80}?${OTHER_TIME}[^,.;:“”"]{0,20},\s*[^.;:“”"]{1,60})\s*:\s*[“"«‘']?\s*…`, 'u');

/** A credit line that dates or places the words: "— Vladimir Putin, in Beijing in May", "— Xi Jinping, Moscow, March 2023". */
const DATED_CREDIT = new RegExp(String.raw`(?:^|\s)[—–]\s*\p{Lu}[\p{L}’'.-]+(?:\s+\p{Lu}[\p{L}’'.-]+){0,3},\s*(?:[^,.;“”"]{0,60}?(?:,\s*|\s))?(?:${OTHER_TIME}|in\s+${OTHER_PLACE})`, 'u');

/**
 * What a question was about is not when the answer was given: "Asked whether his preference had changed since he said
 * in February that Biden was the better choice, Putin replied: “…”" (the time of the asking stays: "Asked in November
 * whether …, Putin replied").
 */
const ASKED_ABOUT = /^((?:When\s+)?(?:[Aa]sked|[Pp]ressed|[Qq]uestioned|[Cc]hallenged)\b[^,;“”"]*?)\s(?:whether|if|about|what|how|why|when|to\s+\w+)\b[^;“”"]*?,(?=\s*(?:(?:Mr|President)\.?\s+)?\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+)?\s+(?:replied|said|answered|responded|told|insisted|retorted|quipped|shot\s+back)\b|\s*(?:he|she)\s+(?:replied|said|answered|responded|told|insisted|retorted)\b)/u;
/** A view held since it was voiced elsewhere ("Putin, who has held the view since he said in February that …, replied"): the earlier saying is not this quote's. */
const SINCE_SAID = /\b((?:ever\s+)?since\s+(?:he|she|they|\p{Lu}[\p{L}’'-]+)\s+(?:had\s+|first\s+)?)(?:said|told|stated|declared)\b/gu;

/** The words that place the quote elsewhere ("said in June"), or null. `outside`: the quote's sentence without the quote. */
export function otherEventCue(outside: string): string | null {
  const text = normalised(outside).replace(ASKED_ABOUT, '$1,').replace(SINCE_SAID, '$1 spoke');
  // (A time before a "he said" set off by commas, the writer's clause going on, dates what is reported: "Last year, he
  // said, the flow of Russian holidaymakers hit a record, with “…”", "On the proposals he set out in June, Ospanov said,
  // Putin told reporters …" — not the words, which come later.)
  const leading = LEADING.exec(text);
  const reportedTime = leading !== null && /^,\s*\p{L}/u.test(text.slice((leading.index ?? 0) + leading[0].length));
  const m = AFTER_VERB.exec(text) ?? (reportedTime ? null : leading) ?? ELSEWHERE.exec(text) ?? MEETING.exec(text) ?? WHEN_SAID.exec(text) ?? SAID_THEN.exec(text) ?? PLACE_LEADING.exec(text) ?? PLACE_AFTER_VERB.exec(text) ?? WHERE_SAID.exec(text) ?? DATED_COLON.exec(text) ?? DATED_CREDIT.exec(text);
  // A time that places the words at the summit itself ("told Putin in Astana last week", in a week-later recap) is the
  // summit's, not another event's.
  // (Only a time relative to the article's own date: "in Astana in 2019" is another event.)
  // (So is one counted back from the article's own day: "told the SCO leaders in Astana five days earlier".)
  if (m && /\b(?:last\s+(?:week|month)|(?:a|one|two|three|four|five|six|several|a few)\s+(?:days?|weeks?)\s+(?:earlier|before))\b/i.test(m[0]) && /\b(?:Astana|SCO summit|Shanghai Cooperation Organi[sz]ation summit)\b/i.test(m[0])) return null;
  return m ? m[0].replace(/^[\s;,:—–]+/, '') : null;
}

/**
 * Looser than `otherEventCue`: does the sentence name another time or place at all, tied to the speaking or not ("In
 * Beijing in May he had given the trade figure instead", "comes from a 2022 meeting in Sochi")? For inferences weaker
 * than a match, which must not be drawn from a sentence that may be about another occasion.
 */
export function mentionsOtherOccasion(outside: string): boolean {
  return new RegExp(OTHER_TIME).test(outside) || /\b(?:19\d\d|20(?:0\d|1\d|2[0-3]))\b/.test(outside) || new RegExp(String.raw`\b${OTHER_PLACE}\b`).test(outside);
}

/** A sentence with its spaces folded and abbreviations' full stops dropped (an abbreviation's full stop ends no clause: "At the St. Petersburg International Economic Forum on June 7, Putin told"). */
function normalised(sentence: string): string {
  return sentence.replace(/\s+/g, ' ').replace(/\b(St|Mr|Mrs|Ms|Dr|Gen|Sen|Gov|Prof)\./g, '$1').trim();
}

/** The other occasion a sentence opens on ("Speaking at the Valdai club on 7 November, …"), not one inside it, or null. */
export function openingEventCue(sentence: string): string | null {
  const cue = otherEventCue(sentence);
  return cue && normalised(sentence).startsWith(cue) ? cue : null;
}
