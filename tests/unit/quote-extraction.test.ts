/** Finding quotations and who they are credited to, on small articles written for each case. */
import { describe, expect, it } from 'vitest';
import { ArticleChecker, htmlToBlocks, type ArticleBlock } from '../../utils/matching';
import { loadCompiled } from '../eval/evaluate';
import { tokenize } from '../../utils/text/fold';

const { corpus, synonyms } = loadCompiled();
const checker = new ArticleChecker(corpus, synonyms);
const blocks = (...texts: string[]): ArticleBlock[] => texts.map((text) => ({ text }));
const quotes = (...texts: string[]) => checker.checkArticle(blocks(...texts)).quotes;

describe('quotation marks', () => {
  it.each([
    ['curly double', 'Putin said: “It is growing now.”', 'It is growing now.'],
    ['straight double', 'Putin said: "It is growing now."', 'It is growing now.'],
    ['curly single', 'Putin said: ‘It is growing now.’', 'It is growing now.'],
    ['straight single', "Putin said: 'It is growing now.'", 'It is growing now.'],
    ['guillemets', 'Putin a déclaré : «It is growing now.»', 'It is growing now.'],
    ['German', 'Putin sagte: „It is growing now.“', 'It is growing now.'],
    ['French, a no-break space inside the guillemets', 'Putin a déclaré : «\u00a0It is growing now.\u00a0»', 'It is growing now.'],
    ['French, a narrow space inside the guillemets', 'Putin a déclaré : «\u202fIt is growing now.\u202f»', 'It is growing now.'],
    ['mixed straight and curly', 'Putin said: "It is growing now.” Then he left.', 'It is growing now.'],
  ])('%s', (_name, text, expected) => {
    expect(quotes(text).map((q) => q.text)).toEqual([expected]);
  });

  it('a quote whose opening mark was lost starts past the writer\'s sentences before it, which still name the speaker for the next "he"', () => {
    const found = quotes(
      'Sharif reminded Putin that the two countries had once traded “under barter”.',
      'Putin, for his part, spoke of energy. We have started supplying energy resources to Pakistan, and we are ready to further increase these supplies,” he said.',
      'He added: “As per your request, Russia is actively working to support Pakistan’s food security by increasing grain supplies to the Pakistani market.”',
    );
    expect(found.map((q) => [q.text.slice(0, 30), q.attributedTo, q.misattributed])).toEqual([
      ['under barter', 'Shehbaz Sharif', false],
      ['We have started supplying ener', 'Vladimir Putin', false],
      ['As per your request, Russia is', 'Vladimir Putin', false],
    ]);
    // ...past a colon that gave the floor, and at a paragraph's end after one.
    expect(quotes('Peskov reacted on Thursday: We are moving step by step towards a Cold War,” he told Zarubin.').map((q) => [q.text, q.attributedTo])).toEqual([['We are moving step by step towards a Cold War', 'Dmitry Peskov']]);
    expect(quotes('In Washington, Zelensky told allies: If we want to win, we need to lift all the limitations.”').map((q) => q.text)).toEqual(['If we want to win, we need to lift all the limitations.']);
    // A first sentence in the first person is the quote's own: "I agree with Mr Lukashenko. … within five years,” Putin said.
    expect(quotes('I agree with Mr Lukashenko. We will see what happens within five years,” Putin said.')[0]?.text).toMatch(/^I agree/);
  });

  it('a transcript line\'s speaker is not the "he" of his own line ("VIKRAM RAO, GUEST: … he said “…”")', () => {
    const found = quotes(
      'TAN: Vladimir Putin pitched a payment system again. Joining us, Vikram Rao, chief economist at Harbourline.',
      'VIKRAM RAO, GUEST: Both. In the SCO Plus session he said “the combined GDP of the SCO members grew by an average of 5.2 percent in 2023”.',
    );
    expect(found.map((q) => [q.attributedSpeakerId, q.misattributed])).toEqual([['vladimir-putin', false]]);
    // ...unless the line tells the labelled one's answer in the third person ("PUTIN: He recalled …, he said").
    const told = quotes('Q (Andrei Kolesnikov, Kommersant): “Is a ceasefire along the line of contact possible before peace talks begin, without any preconditions?”', 'PUTIN: He recalled the withdrawal from near Kiev, after which, he said, Moscow “faced deception once again”. “We cannot simply declare a ceasefire in the hope that the other side will take some positive steps,” he said.');
    expect(told.map((q) => [q.attributedSpeakerId, q.misattributed])).toEqual([['andrei-kolesnikov', false], ['vladimir-putin', false], ['vladimir-putin', false]]);
    // Nor in title case, nor the one who put the question "to him" before: the one asked, named before that.
    const radio = quotes(
      'Ruth Mallory: Vladimir Putin was asked in Astana whether the Taliban are friends or foes. RT’s correspondent Donald Courter put it to him bluntly: “Are they allies or enemies here?” Farid Noorzai, is that a shift?',
      'Farid Noorzai: It’s a shift in tone more than in substance. Listen to the reasoning he gave: “any government that is in power has an interest in its own stability.”',
    );
    expect(radio.map((q) => [q.attributedSpeakerId, q.misattributed])).toEqual([['donald-courter', false], ['vladimir-putin', false]]);
  });

  it('"Asked whether he had …, he" is the one asked, not the one who put the premise before ("Zarubin had suggested that …"); one who "questioned the legitimacy" of another still speaks', () => {
    const asked = quotes(
      '“You said: ‘That bet has become doubtful.’ Nothing has become doubtful,” Putin told the reporter.',
      'Zarubin had suggested that Putin’s preference now looked shaky “because after the debates everyone in America is scared for Biden”.',
      'Asked whether he had watched the debate at all, he gave a long answer:',
      '“On the whole, of course, I did see it – it is impossible to look away, particularly as the United States is still a great power.”',
    );
    // (The words quoted back inside the first quote are a quote of their own, no one's.)
    expect(asked.map((q) => [q.attributedSpeakerId, q.misattributed])).toEqual([['vladimir-putin', false], [null, false], ['pavel-zarubin', false], ['vladimir-putin', false]]);
    const [rada] = quotes('Putin again questioned the legitimacy of Zelensky. Asked whether Moscow could address the Ukrainian parliament directly, he said: “we could appeal to the Verkhovna Rada, but it makes no sense while power is usurped by the ruling elite.”');
    expect([rada?.attributedSpeakerId, rada?.misattributed]).toEqual(['vladimir-putin', false]);
  });

  it('"With Iran\'s acting President Mokhber, he noted" is not Mokhber\'s; "a greeting that the Kremlin transcript does record:" is no Kremlin\'s word; "after she noted that “…”" is the woman asking\'s', () => {
    const [withGuest] = quotes('Putin spoke first.', 'With Iran’s acting President Mohammad Mokhber, he noted that “The number of Russian tourists going to Iran has risen by a quarter.”');
    expect([withGuest?.attributedSpeakerId, withGuest?.misattributed]).toEqual(['vladimir-putin', false]);
    const [record] = quotes('And Putin? His address began with a greeting that the Kremlin transcript does record: “I want to greet everyone, and of course the President of Belarus, Alexander Lukashenko, now that Belarus has become a full member.”');
    expect(record?.misattributed).toBe(false);
    const [premise, answer] = quotes('Asked by Interfax correspondent Ksenia Chernyayeva about arms control, after she noted that “the whole previous system of strategic stability has in fact been scrapped”, Putin said that “the United States has destroyed the fundamental documents on which international stability and security rested”.');
    expect([premise?.attributedSpeakerId, premise?.misattributed, answer?.attributedSpeakerId]).toEqual(['ksenia-chernyayeva', false, 'vladimir-putin']);
  });

  it('a fact-check\'s "outlets ran the line that followed as “…”" puts the words in the mouth of the one whose line it was', () => {
    const [, misreport] = quotes('“I do not know how he intends to do it, and that, of course, is the key question,” Putin said. Several outlets ran the line that followed as “we support him”. That is not what he said.');
    expect([misreport?.attributedSpeakerId, misreport?.verdict]).toEqual(['vladimir-putin', 'altered']);
  });

  it('credits "in which the Russian leader described" to him, "with Putin telling his host" to Putin, and the one asked after "When Courter asked …, Vladimir Putin did not hesitate. “…,” he said"', () => {
    const [inWhich] = quotes('His Highness the Emir Sheikh Tamim bin Hamad Al Thani held talks with Russian President Vladimir Putin in Astana, in which the Russian leader described Qatar as “one of the most effective mediators” between Hamas and Israel.');
    expect([inWhich?.attributedSpeakerId, inWhich?.misattributed]).toEqual(['vladimir-putin', false]);
    const [withWho] = quotes('Chinese President Xi Jinping and Russian President Vladimir Putin met on the eve of the summit, with Putin telling his host that relations were going through “the best period in their history.”');
    expect([withWho?.attributedSpeakerId, withWho?.misattributed]).toEqual(['vladimir-putin', false]);
    const [, answered] = quotes('When RT’s Donald Courter asked whether the Taliban were “allies or enemies” in the fight against terrorism, Vladimir Putin did not hesitate. “In this sense the Taliban are naturally our allies in combating terrorism,” he said in Astana.');
    expect([answered?.attributedSpeakerId, answered?.misattributed]).toEqual(['vladimir-putin', false]);
  });

  it('a speaker given the floor with another time before the colon ("Aliyev, in Moscow in April: “…”") is a near miss, not found; a rendering the credited speaker\'s sentence holds word for word in its content is not flagged', () => {
    const [april] = quotes('The corridor has long been on the table. Aliyev, in Moscow in April: “The North-South corridor is one of our priority projects, and we are investing heavily in it.”');
    expect([april?.verdict, april?.misattributed]).toEqual(['not_found', false]);
    const [xi] = quotes('Xi recalled Putin’s state visit in May, when they mapped out priorities “in the year of the seventy-fifth anniversary of our diplomatic relations”.');
    expect(xi?.misattributed).toBe(false);
  });

  it('reads past a participle\'s aside after a name ("before Erdogan, speaking through an interpreter, said", "Xi, speaking after him, said"), and credits "Putin\'s “tit-for-tat” pledge" to Putin but not "Erdogan\'s “political will”" to Erdogan', () => {
    const [friend] = quotes('Putin opened by telling his guest that relations were progressing despite the state of the world, before Erdogan, speaking through an interpreter, said he had long been unable to meet “my dear friend”.');
    expect([friend?.attributedSpeakerId, friend?.misattributed]).toEqual(['recep-tayyip-erdogan', false]);
    const [, xi] = quotes('Putin warned of “a turbulent and changing international situation”, and Xi, speaking after him, said the two countries must “make unremitting efforts to defend our legitimate rights and interests”.');
    expect([xi?.attributedSpeakerId, xi?.misattributed]).toEqual(['xi-jinping', false]);
    const [pledge] = checker.checkArticle([{ text: 'Kremlin says US missile plan for Germany tests Putin’s “tit-for-tat” pledge', kind: 'heading' }]).quotes;
    expect([pledge?.attributedSpeakerId, pledge?.misattributed]).toEqual(['vladimir-putin', false]);
    const [will] = quotes('Putin praised Erdogan’s “political will” in keeping trade going.');
    expect(will?.attributedSpeakerId).toBe('vladimir-putin');
  });

  it('one named inside a participle\'s aside after the speaker ("Putin, welcoming the prime minister, said:", "speaking to the prime minister") is its object; a role after a dash is still a subject', () => {
    const [welcoming] = quotes('Earlier, Putin, welcoming the prime minister, said: "We have begun supplying energy resources to Pakistan and stand ready to increase these supplies further."');
    expect([welcoming?.attributedSpeakerId, welcoming?.misattributed]).toEqual(['vladimir-putin', false]);
    const [speaking] = quotes('Putin, speaking to the prime minister, said: “We have started supplying energy resources to Pakistan.”');
    expect(speaking?.attributedSpeakerId).toBe('vladimir-putin');
    const [accept] = quotes('President Putin renewed his invitation for His Highness to visit Russia, noting that it had been a long time since his last visit – an invitation the Amir said he would “gratefully accept”.');
    expect([accept?.attributedSpeakerId, accept?.misattributed]).toEqual(['tamim-bin-hamad-al-thani', false]);
    // (An aside that names the source is no object: "a briefing note, attributed to the Kremlin, stated that “…”".)
    const [note] = quotes('Currencies: an official Russian briefing note, attributed to the Kremlin, stated that “the share of national currencies in Russia’s transactions with SCO members has exceeded 92 percent.”');
    expect([note?.attributedTo, note?.misattributed]).toEqual(['the Kremlin', true]);
  });

  it('a question quoted after "he had once been asked" or inside ", answering a question from X about …" is not the answerer\'s, and a quoted question is never a scare quote', () => {
    const [once] = quotes('Putin was reminded by Rossiya TV\'s Pavel Zarubin that he had once been asked "who is better for us, Biden or Trump?" — and had chosen Biden.');
    expect([once?.verdict, once?.misattributed]).toEqual(['verbatim', false]);
    const [short] = quotes('Rossiya TV host Pavel Zarubin reminded Putin that he had once been asked “Biden or Trump?” and had named the current US president.');
    expect(short?.verdict).toBe('verbatim');
    const [, truce] = quotes('Russia “cannot simply announce a ceasefire” and hope that Ukraine responds in good faith, Vladimir Putin said in Astana, answering a question from Kommersant’s Andrei Kolesnikov about a truce along the front line “without any preconditions”.');
    expect([truce?.attributedSpeakerId, truce?.misattributed]).toEqual(['andrei-kolesnikov', false]);
  });

  it('a "he" opening a clause of time after one named as a subject later in its sentence ("…, a line Putin had echoed when he called …") is a guess between the two, never a flag', () => {
    const [, echoed] = quotes('“It is imperative to establish a Palestinian state based on the 1967 borders,” the Emir said, a line Putin had all but echoed in the plenary hall when he called unilateral attempts to settle the conflict “unviable and counterproductive”.');
    expect([echoed?.attributedSpeakerId, echoed?.misattributed]).toEqual(['vladimir-putin', false]);
    // (A "he" after the quote, past "though", is still the one who said it: a reporter's words are flagged.)
    const [overnight] = quotes('Putin said Trump could end the conflict "literally overnight," though he said he did not know how.');
    expect([overnight?.attributedSpeakerId, overnight?.misattributed]).toEqual(['vladimir-putin', true]);
  });

  it('"he" past a sentence that opens on "His case against X\'s …", past a leading "Asked about X\'s pledge", is not X; a clause joined after a quote that leads into a quote of its own ("…, and Peskov later told reporters that “…”") is not the first quote\'s credit', () => {
    const [year] = quotes('It is worth going back to the calendar Vladimir Putin laid out in Astana.', 'His case against Volodymyr Zelensky’s legitimacy rests on a year. “As far back as 2015 Ukraine’s Supreme Court ruled that the presidential term is five years,” he told reporters.');
    expect([year?.attributedSpeakerId, year?.misattributed]).toEqual(['vladimir-putin', false]);
    const [, sincere] = quotes('Putin himself, speaking to reporters in Astana, called the US vote “their own internal affair.” Asked about Donald Trump’s pledge to end the war quickly, he said: “I have no doubt that he says it sincerely, and we support it.”');
    expect([sincere?.attributedSpeakerId, sincere?.misattributed]).toEqual(['vladimir-putin', false]);
    const [trips] = quotes('Putin pointed to tourism, with “1.2 million trips” last year, and Kremlin spokesman Dmitry Peskov later told reporters that “Russian-Chinese cooperation in world affairs acts as the chief stabilising factor in the international arena.”');
    expect([trips?.attributedSpeakerId, trips?.misattributed]).toEqual(['vladimir-putin', false]);
  });

  it('a question quoted later in a sentence whose subject "was asked" is the asker\'s, or no one\'s when an outlet asked', () => {
    const [zvezda] = quotes('In Astana, Vladimir Putin was asked by Zvezda TV, and I’m quoting the question: “What do we know about Washington’s plans to station intermediate- and short-range missiles?”');
    expect([zvezda?.attributedSpeakerId, zvezda?.misattributed]).toEqual([null, false]);
    const [seriously] = quotes('But he was asked by Rossiyskaya Gazeta\'s Aisel Gereikhanova about Trump\'s boast that he could end the war in Ukraine: "How seriously do you personally take such promises?"');
    expect([seriously?.attributedSpeakerId, seriously?.misattributed]).toEqual(['aisel-gereikhanova', false]);
  });

  it('a broadcast transcript\'s speaker label with a place in brackets ("TOM ALDRIDGE, CORRESPONDENT (Astana):") and the outlet\'s own correspondent are never the "he" of the story', () => {
    const found = quotes(
      'LISA MORENO, ANCHOR: Good evening. The summit wrapped up today, and Vladimir Putin closed it with a long session for the Kremlin press pool. Our correspondent Tom Aldridge was in the hall. Tom, how did he sell the bloc?',
      'TOM ALDRIDGE, CORRESPONDENT (Astana): Modestly, to begin with, Lisa. He called it a “useful organisation” and then gave a short history lesson.',
      'MORENO: And Afghanistan came up.',
      'ALDRIDGE: It did. He said the Taliban movement controlled the country, and then: “In that sense the Taliban are naturally our allies in combating terrorism.”',
    );
    expect(found.map((q) => [q.attributedSpeakerId, q.misattributed])).toEqual([
      ['vladimir-putin', false],
      ['vladimir-putin', false],
    ]);
    const [useful] = quotes(
      'Clare Whitman talks to our correspondent Tom Reyes, who attended Vladimir Putin’s closing news conference at the SCO summit in Astana on Thursday.',
      'Q: Tom, you were in the room. What was the mood?',
      'A: Relaxed, honestly. He\'s among the Kremlin pool, people he sees every week. He opened by calling the SCO "a useful organisation" and then gave a little history lesson.',
    );
    expect([useful?.attributedSpeakerId, useful?.verdict]).toEqual(['vladimir-putin', 'verbatim']);
    // (Her own words are still hers: "Our correspondent Selin Aksoy … described the atmosphere as “warm, almost informal.”")
    const [warm] = quotes('Our correspondent Selin Aksoy, reporting live from the summit venue, described the atmosphere as “warm, almost informal.”');
    expect([warm?.attributedTo, warm?.verdict]).toEqual(['Selin Aksoy', 'not_found']);
  });

  it('a confident credit before a quote that ends its sentence keeps it: the next sentence\'s "Putin said …" is his own', () => {
    const [overnight] = quotes('A Rossiyskaya Gazeta correspondent then asked about Donald Trump\'s pledge to end the war in Ukraine "literally overnight." Putin said Moscow took the promise seriously but that details mattered.');
    expect([overnight?.attributedSpeakerId, overnight?.misattributed]).toEqual(['aisel-gereikhanova', false]);
  });

  it('"would tell" speaks: "the flow of Russians to Iran, Putin would tell Iran\'s acting president, was up “by a quarter.”"', () => {
    const found = quotes('Pakistan\'s Shehbaz Sharif, who met Putin earlier in the afternoon, asked to revive "under barter." The only numbers the Russian side volunteered all day were about tourism: the flow of Russians to Iran, Putin would tell Iran\'s acting president, was up "by a quarter."');
    expect([found[1]?.attributedSpeakerId, found[1]?.misattributed]).toEqual(['vladimir-putin', false]);
  });

  it('two apostrophes make one double mark, as typewriter-era house styles print them (\'\'new heights\'\')', () => {
    const found = quotes("PM Shehbaz, President Putin resolve to take Pak-Russia ties to ''new heights''", "Dr. Mokhber said the ties were ''so deep that no change in government can harm them,'' and that Iran's policy would not change. It's the caretaker's view.");
    expect(found.map((q) => [q.text, q.verdict])).toEqual([
      ['new heights', 'scare'],
      ['so deep that no change in government can harm them', 'close'],
    ]);
  });

  it('"His host had earlier described him as “…”" is the host\'s, never the guest the "him" names; "the caretaker president" is the acting one', () => {
    const found = quotes('Turning to Gaza, which Mr Putin had raised, the emir was blunt.', 'His host had earlier described him as “one of the most effective mediators between Hamas and Israel”, a compliment Qatari officials were quick to circulate.');
    expect([found[0]?.attributedTo, found[0]?.misattributed]).toEqual(['a guest or host', false]);
    const [leader] = quotes('Iran’s acting president, Mohammad Mokhber, met Russian President Vladimir Putin in Astana on Wednesday. The caretaker president opened by invoking the Supreme Leader, Ayatollah Ali Khamenei. “The strategy of very close and deep ties with Russia was drawn up by the Leader, who personally oversees its implementation,” he said.');
    expect([leader?.attributedSpeakerId, leader?.misattributed]).toEqual(['mohammad-mokhber', false]);
  });

  it('a broadcast transcript\'s turn labelled with a known speaker is that speaker\'s words, marks or none; hosts\' and guests\' own talk is not checked; "quote, …, unquote" marks a quote', () => {
    const found = quotes(
      'MARGARET ELLERY, HOST: Good morning, this is Daybreak. But first, here is Vladimir Putin, asked whether a ceasefire could come before any talks.',
      'PRESIDENT VLADIMIR PUTIN (through interpreter): We can\'t simply announce a truce and hope the other side takes some positive steps.',
      'TOM VARGA, CORRESPONDENT (Astana): Well, Margaret, he went back over the spring of 2022. The agreements drafted in Turkey that spring were, quote, thrown in the trash, unquote.',
      'INGRID SOLBERG: Not much, honestly. The price is still the one he named at the Foreign Ministry on June 14th.',
    );
    expect(found.map((q) => [q.text, q.attributedSpeakerId, q.verdict])).toEqual([
      ['We can\'t simply announce a truce and hope the other side takes some positive steps.', 'vladimir-putin', 'translation'],
      // (No speech verb in its sentence: no credit, as with marks.)
      ['thrown in the trash', null, 'verbatim'],
    ]);
  });

  it('a curly closing mark whose opener was lost mid-paragraph after a speech verb closes a quote from the verb\'s words; a timestamp may lead a broadcast label', () => {
    const found = quotes(
      'NURLANOVA: And our own president?',
      'ZHUNUSOV: President Tokayev, in his opening remarks, said that Afghanistan must not become a source of threats to its neighbours” — that\'s the Central Asian priority.',
      '[00:01:46] VLADIMIR PUTIN (interpreter): It wasn\'t us who walked out of the ABM Treaty, which was a cornerstone, or out of the INF Treaty.',
    );
    expect(found.map((q) => [q.text, q.attributedTo])).toEqual([
      ['Afghanistan must not become a source of threats to its neighbours', 'Kassym-Jomart Tokayev'],
      ['It wasn\'t us who walked out of the ABM Treaty, which was a cornerstone, or out of the INF Treaty.', 'Vladimir Putin'],
    ]);
  });

  it('a body that only published the words ("As published by the Kremlin, it ran:") is not their speaker; two or three words that several people said are no one\'s to flag', () => {
    const [speech] = quotes('Vladimir Putin’s address in Astana was short, but its centre of gravity was a passage on the world order. As published by the Kremlin, it ran:', '“The multipolar world has become a reality. More and more countries are speaking out for a fair world order.”');
    expect([speech?.verdict, speech?.misattributed]).toEqual(['verbatim', false]);
    const [comeUp] = quotes('Yury Ushakov, the Kremlin’s foreign-policy aide, told reporters that the question of talks had “come up” when Putin met Recep Tayyip Erdogan the previous evening.');
    expect(comeUp?.misattributed).toBe(false);
    // (But not a distinctive pair: Erdogan's "very insignificant" credited to Putin is still flagged.)
    const [insignificant] = quotes('Putin called the $25 billion of trade “very insignificant”.');
    expect(insignificant?.misattributed).toBe(true);
  });

  it('a party\'s name standing for its candidate ("the Republican had vowed") is no one: the quote is the one who said it', () => {
    const [seriously] = quotes('Turning to Mr Trump, Mr Putin said the Republican had vowed to end the conflict ‘literally overnight’, and that ‘we take seriously what Mr Trump says as a candidate about being ready and wanting to stop the war in Ukraine’.').slice(1);
    expect([seriously?.attributedSpeakerId, seriously?.misattributed]).toEqual(['vladimir-putin', false]);
  });

  it('the one told after the quote is not its speaker, even when the teller goes unrecognised ("‘…,’ premier tells Russian president")', () => {
    const [strength] = quotes('Shehbaz Sharif met Putin.', '‘Our relations stand on our own strength,’ premier tells Russian president in Astana');
    expect(strength?.misattributed).toBe(false);
  });

  it('"this year, said his guest, “about seven million”" is the guest\'s, and an amount in words is a claim, never a scare quote; "Posts say" names no one', () => {
    const found = quotes('Putin met Erdogan. On tourism, both men reached for superlatives. Last year’s flow was “record high”, said Mr Putin; this year, said his guest, “about seven million” Russians would come.');
    expect([found[1]?.attributedTo, found[1]?.misattributed, found[1]?.verdict]).toEqual(['a guest or host', false, 'verbatim']);
    const [posts] = quotes('Posts say the share of national currencies in Russia\'s SCO trade "has exceeded 92 percent in the first six months of this year".');
    expect([posts?.attributedTo, posts?.misattributed]).toEqual([null, false]);
  });

  it('a "he" after a sentence whose subject is a relation ("His Russian ally later told journalists …") is not the one the relation hangs on', () => {
    const found = quotes('Lukashenko spoke first. His Russian ally later told journalists that “the SCO has now formally stepped onto the European continent”. He was candid about scale: “Belarus can’t compare with China or India, each with more than 1.5 billion people.”');
    expect(found.map((q) => q.misattributed)).toEqual([false, false]);
    expect(found[1]?.attributedSpeakerId).not.toBe('alexander-lukashenko');
  });

  it('"as he put it" right before the quote is its credit, and its "he" may be the subject of the clause he opens ("…, and Aliyev ran through the agenda and, as he put it to his counterpart, “…”")', () => {
    const [ideas] = quotes('Putin joked that they could meet monthly, and Aliyev ran through the agenda and, as he put it to his counterpart, "As you said yourself, there are fresh ideas in energy".');
    expect([ideas?.attributedSpeakerId, ideas?.misattributed]).toEqual(['ilham-aliyev', false]);
    // (A title before the name and a list behind a colon in his clause too: "and Mr Aliyev ran through the agenda: trade,
    // payments and, as he put it …".)
    const [listed] = quotes('Putin joked that the two could meet monthly, and Mr Aliyev ran through the agenda: trade, payments and, as he put it to his counterpart, "As you said yourself, there are fresh ideas in energy".');
    expect([listed?.attributedSpeakerId, listed?.misattributed]).toEqual(['ilham-aliyev', false]);
  });

  it('a sentence adverb before its comma ("Surprisingly, he also talked …") is no one: the "he" is the one before', () => {
    const found = quotes(
      'The Russian leader placed the blame for the collapse of arms control squarely on the US.',
      'Surprisingly, he also talked about his own education, telling reporters that at university “I studied public international law” before switching to economics.',
      'He ruled out talks before November. “It is impossible to establish any kind of constructive dialogue with the United States now, in the middle of a presidential campaign,” he said.',
    );
    expect(found.map((q) => [q.attributedSpeakerId, q.misattributed])).toEqual([
      ['vladimir-putin', false],
      ['vladimir-putin', false],
    ]);
    expect(found[0]?.verdict).toBe('altered');
  });

  it('one "of Rossiyskaya Gazeta then raised Trump\'s claim that he was “…”" relays it; "At the Supreme State Council in Moscow in January, Putin had been more lyrical: “…”" is another occasion', () => {
    const [raised] = quotes('Aisel Gereikhanova of Rossiyskaya Gazeta then raised Donald Trump’s claim that he was “ready to end the conflict in Ukraine literally overnight”.');
    expect([raised?.attributedSpeakerId, raised?.misattributed]).toEqual(['aisel-gereikhanova', false]);
    const [january] = quotes('At the Supreme State Council in Moscow in January, Putin had been more lyrical: “The Union State is our common home, and we are building it together.”');
    expect([january?.verdict, january?.misattributed]).toEqual(['not_found', false]);
  });

  it('a live blog\'s time run into the name after it ("10:27Xi also said: …") still names the speaker; "G20" and "5G" stay one word', () => {
    const [q] = quotes('10:27Xi also said: “The SCO and BRICS are the main pillars of this new world order.”');
    expect([q?.attributedSpeakerId, q?.misattributed]).toEqual(['xi-jinping', true]);
    expect(tokenize('G20 5G 10:27Erdoğan').map((t) => t.raw)).toEqual(['g20', '5g', '10', '27', 'erdogan']);
  });

  it('reads a <q> element as a quotation (its marks are drawn by CSS, none are in the text)', () => {
    const found = checker.checkArticle(htmlToBlocks('<article><p>Putin said <q>the Taliban are, of course, our allies in countering terrorism</q>.</p><p>He spoke in Astana.</p></article>')).quotes;
    expect(found.map((q) => [q.text, q.verdict, q.attributedTo])).toEqual([['the Taliban are, of course, our allies in countering terrorism', 'verbatim', 'Vladimir Putin']]);
  });

  it('does not take apostrophes for quote marks', () => {
    expect(quotes("Putin's view, the SCO's role and the members' don't-care attitude aren't quotes.")).toEqual([]);
    expect(quotes('Putin’s and Erdoğan’s talks; the countries’ leaders met.')).toEqual([]);
  });

  it('keeps a nested quote inside the outer one and also checks it on its own when it is long', () => {
    const found = quotes('“You said: ‘That bet has become questionable.’ Nothing has become questionable,” Putin replied.');
    expect(found[0]?.text).toBe('You said: ‘That bet has become questionable.’ Nothing has become questionable');
    expect(found[1]?.text).toBe('That bet has become questionable.');
    expect(found[1]?.verdict).toBe('verbatim');
  });

  it('credits a nested quote the outer speaker says he said himself ("I said to President Putin, ‘…’") to the outer speaker', () => {
    const found = quotes('Pakistan’s Prime Minister Shehbaz Sharif met Putin in Astana.', 'Speaking to Pakistani journalists afterwards, the prime minister said: "I said to President Putin, \'Your Excellency, our relations stand on our own strength,\' and he fully agreed with me."');
    const inner = found.find((q) => q.text === 'Your Excellency, our relations stand on our own strength');
    expect([inner?.verdict, inner?.attributedSpeakerId, inner?.misattributed]).toEqual(['verbatim', 'shehbaz-sharif', false]);
    // Words the outer speaker puts in another's mouth stay that one's: “You said: ‘…’” is still checked as the other's.
    expect(quotes('“You said: ‘That bet has become questionable.’ Nothing has become questionable,” Putin replied.')[1]?.attributedSpeakerId).not.toBe('vladimir-putin');
  });

  it('credits a question quoted after "was asked by X" to the asker, and a record’s wording ("the transcript renders it as") to no record', () => {
    const [laru] = quotes('Putin was also asked by Izvestia’s Dmitry Laru “whether Russia planned to take the Taliban off the list of banned organisations”, and if so when. He gave no date.');
    expect([laru?.attributedSpeakerId, laru?.misattributed]).toEqual(['dmitry-laru', false]);
    const found = quotes('“If US-made medium- and shorter-range missiles appear anywhere, we reserve the right to respond in a mirror fashion,” Putin told Russian reporters there on 4 July. The Kremlin’s own English transcript renders the promised response as “tit-for-tat”.');
    const tit = found.find((q) => q.text === 'tit-for-tat');
    expect([tit?.verdict, tit?.attributedSpeakerId, tit?.misattributed]).toEqual(['verbatim', 'vladimir-putin', false]);
  });

  it('credits words "attributed to" someone to that one as hearsay, a question put in the passive to no one, and a report of a report to the one reporting it', () => {
    const [line] = quotes('Russian officials have since been fond of a line attributed to Putin: “We are not building a bloc against anyone; we are building an alternative for ourselves.”');
    expect([line?.attributedSpeakerId, line?.misattributed]).toEqual(['vladimir-putin', false]);
    const [asked] = quotes('A reporter from state TV reminded him that months ago he had been asked "who was better for Russia, Biden or Trump" and had picked Biden.');
    expect([asked?.attributedTo, asked?.misattributed]).toEqual([null, false]);
    // "noted that Trump claimed he could end the conflict “…”": the one who noted it, not Trump.
    const [overnight] = quotes('The reporter who asked the question, Rossiyskaya Gazeta’s Aisel Gereikhanova, had noted that Trump claimed he could end the conflict “literally overnight”.');
    expect([overnight?.attributedSpeakerId, overnight?.misattributed]).toEqual(['aisel-gereikhanova', false]);
    const [grain] = quotes('Vedomosti’s correspondent noted that Vladimir Zelensky had said he considered “negotiations with Russia were possible through intermediaries, as happened with the grain deal”, and asked who might play that role.');
    expect([grain?.attributedSpeakerId, grain?.misattributed]).toEqual(['yelena-mukhametshina', false]);
  });

  it('never takes a byline for the "he" who speaks, and reads "the transcript does record Putin saying “…”" as Putin’s', () => {
    const found = checker.checkArticle(htmlToBlocks('<article><h1>Putin backs Lukashenko: economy first, then a single parliament</h1><p class="byline">Alesia Kovalchuk</p><p>“I agree with Mr Lukashenko that we must first properly strengthen our economic ties” he said.</p></article>')).quotes;
    expect([found[0]?.attributedSpeakerId, found[0]?.misattributed]).toEqual(['vladimir-putin', false]);
    const [record] = quotes('The Kremlin transcript does record Putin saying that the Russian tourist flow was record high “with 6.3 million of our tourists visiting Turkiye”.');
    expect([record?.verdict, record?.attributedSpeakerId, record?.misattributed]).toEqual(['verbatim', 'vladimir-putin', false]);
  });

  it('reads "HE the Russian President" as His Excellency, a name inside "reporting that …" as no antecedent, and a labelled line’s relayed words as its speaker’s', () => {
    const qna = quotes('“Our main goals are to stop the war immediately,” HH the Amir said.', 'For his part, HE the Russian President thanked HH the Amir for the mediation, saying: “Thanks to your mediation, we were able to reunite children with their families on both the Russian and Ukrainian sides.”');
    expect([qna[1]?.attributedSpeakerId, qna[1]?.misattributed]).toEqual(['vladimir-putin', false]);
    const minsk = quotes('“I agree with Mr Lukashenko that our economic ties must first be properly strengthened,” Putin said in Astana. A Moscow tabloid inverted the line, reporting that Lukashenko believed “political and not economic issues must be addressed first”.', 'On a single currency, he said: “Nobody is saying this is impossible.”');
    const nobody = minsk.find((q) => q.text.startsWith('Nobody'));
    expect([nobody?.attributedSpeakerId, nobody?.misattributed]).toEqual(['vladimir-putin', false]);
    // ("Mr Johnson has called it “…”": a stranger named with his title speaks for himself.)
    const [johnson] = quotes('The claim that Boris Johnson talked Volodymyr Zelensky out of a deal has been repeated by Moscow for two years. Mr Johnson has called it “utter nonsense”.');
    expect([johnson?.attributedTo, johnson?.verdict]).toEqual(['Johnson', 'not_found']);
    const [relayed] = quotes('Aisel Gereikhanova, Rossiyskaya Gazeta: Trump has said “he could end the conflict in Ukraine literally overnight”. How seriously do you take it?');
    expect([relayed?.attributedSpeakerId, relayed?.misattributed]).toEqual(['aisel-gereikhanova', false]);
  });

  it('checks a quote broken by an attribution as one sentence and reports it piece by piece, as the page prints it', () => {
    const found = quotes('“We are ready,” Putin said, “to start the production.”');
    expect(found.map((q) => q.text)).toEqual(['We are ready', 'to start the production.']);
    expect(found.map((q) => [q.attributedTo, q.verdict, q.match?.statementIds])).toEqual([
      ['Vladimir Putin', 'verbatim', found[0]?.match?.statementIds],
      ['Vladimir Putin', 'verbatim', found[0]?.match?.statementIds],
    ]);
    expect(found[0]?.match?.statementIds.length).toBeGreaterThan(0);
    // Each piece keeps its own place on the page: a marker beside each.
    expect(found.map((q) => q.ranges.length)).toEqual([1, 1]);
    expect(found[0]?.ranges[0]?.start).toBeLessThan(found[1]?.ranges[0]?.start ?? 0);
    // (A piece too short to find alone is judged with the rest: "America remains a great power," he said, "and …".)
    const [power, council] = quotes('“America remains a great power,” Mr Putin said, “and as a permanent member of the Security Council it certainly has influence over the situation in Ukraine.”');
    expect([power?.verdict, council?.verdict]).toEqual(['translation', 'translation']);
  });

  it('passes over a quote nested two deep (“…‘…“bet”…’…”)', () => {
    const found = quotes('“You said: ‘That “bet” has become questionable.’ Nothing has become questionable,” Putin replied.');
    expect(found[0]?.text).toBe('You said: ‘That “bet” has become questionable.’ Nothing has become questionable');
    expect(found[0]?.attributedTo).toBe('Vladimir Putin');
  });

  it('keeps two quotes apart when the attribution between them goes on to a clause of its own ("he said, calling the decision mutually beneficial and, “…”")', () => {
    const found = quotes('“However, it is still an important element of the SCO, because Belarus is Eastern Europe,” he said, calling the decision mutually beneficial and, “to some extent, a success for Mr Lukashenka and his Foreign Ministry.”');
    expect(found.map((q) => q.text)).toEqual(['However, it is still an important element of the SCO, because Belarus is Eastern Europe', 'to some extent, a success for Mr Lukashenka and his Foreign Ministry.']);
  });

  it('keeps two quotes apart when the words between report what follows ("…“final stages”, told Putin that according to the Leader, “…”")', () => {
    const found = quotes('Mokhber, who said work on a new treaty was in its “final stages”, told Putin that according to the Leader, “our ties with Russia run so deep and are so lasting that no change of government can damage them.”');
    expect(found.map((q) => q.text)).toEqual(['final stages', 'our ties with Russia run so deep and are so lasting that no change of government can damage them.']);
    expect(found[1]?.attributedTo).toBe('Mohammad Mokhber');
    expect(found[1]?.misattributed).toBe(false);
  });

  it('joins a quote broken by an attribution when the comma stands outside the marks (British and European styles)', () => {
    for (const text of ['‘We are ready’, Putin said, ‘to start the production.’', '»We are ready«, Putin said, »to start the production.«']) {
      const found = quotes(text);
      expect(found.map((q) => q.text), text).toEqual(['We are ready', 'to start the production.']);
      expect(found.map((q) => q.verdict), text).toEqual(['verbatim', 'verbatim']);
    }
  });

  it('keeps two quotes apart when the second starts a new sentence', () => {
    const found = quotes('“It is growing now,” Putin said, adding: “Still not as much we would like.”');
    expect(found).toHaveLength(2);
    // A full stop after the attribution starts a new sentence; a comma carries the sentence on, even into a name.
    expect(quotes('“It is growing now,” Putin said. “Still not as much we would like.”')).toHaveLength(2);
    const joined = quotes('“We will certainly support,” Putin told Xi, “India’s chairmanship of the SCO in 2024–2025 in every way.”');
    expect(joined.map((q) => q.text)).toEqual(['We will certainly support', 'India’s chairmanship of the SCO in 2024–2025 in every way.']);
    expect(joined.map((q) => q.verdict)).toEqual(['altered', 'altered']);
  });

  it('checks a quote that runs across paragraphs (each reopens it) paragraph by paragraph, each with the run\'s credit', () => {
    const found = quotes(
      'Recalling the trade of the 1950s, the prime minister told the Russian leader:',
      '“Pakistan has very long-standing business relations with your great country.',
      '“We used to import a lot of machinery and goods from [the] erstwhile Soviet Russia, and we used to export textile and leather goods to your country.',
      '“I think today is the time we can overcome financial and banking issues by renewing our trade and expanding it under barter,” Shehbaz Sharif said.',
    );
    expect(found.map((q) => [q.ranges.map((r) => r.block), q.attributedSpeakerId, q.verdict])).toEqual([
      [[1], 'shehbaz-sharif', 'verbatim'],
      [[2], 'shehbaz-sharif', 'close'],
      [[3], 'shehbaz-sharif', 'close'],
    ]);
  });

  it('splits a quote at ellipses into fragments that must appear in order', () => {
    const [q] = quotes('Putin said: “Belarus’s size ... cannot be compared with China or India with over 1.5 billion people each.”');
    expect(q?.verdict).toBe('close');
    expect(q?.match?.speaker).toBe('Vladimir Putin');
    // The same words out of order are not the quote.
    const [swapped] = quotes('Putin said: “cannot be compared with China or India … Belarus’s size, territory, economy, or population”');
    expect(swapped?.verdict).not.toBe('close');
  });

  it('treats a block quote without marks as a quote', () => {
    const found = checker.checkArticle([
      { text: 'Putin then set out his timetable:' },
      { text: 'We need to wait for the new administration to be formed, to understand their preferences, views, and plans.', kind: 'blockquote' },
    ]).quotes;
    expect(found).toHaveLength(1);
    expect(found[0]?.source).toBe('blockquote');
    expect(found[0]?.attributedTo).toBe('Vladimir Putin');
  });

  it('checks a short quote that holds a figure: a claim, never a scare quote', () => {
    const [q] = quotes('Qatar’s stake in Russia: “approximately $13 billion” — according to the emir.');
    expect(q?.verdict).not.toBe('scare');
    const [trade] = quotes('The summit in numbers. “approaching $3 billion” — Russia’s trade with Pakistan, as the Russian side put it.');
    expect(trade?.verdict).not.toBe('scare');
  });

  it('reports short scare quotes without checking them', () => {
    const [q] = quotes('The so-called “bet” on Biden was the talk of the day.');
    expect(q?.verdict).toBe('scare');
    expect(q?.explanation).toMatch(/not checked/);
  });
});

describe('attribution', () => {
  const attributed = (text: string) => quotes(text)[0]?.attributedTo ?? null;
  it.each([
    ['“The SCO is a useful organisation,” Putin said.', 'Vladimir Putin'],
    ['“The SCO is a useful organisation,” said the Russian president.', 'Vladimir Putin'],
    ['According to Xi, “the agreements we have reached are being efficiently implemented.”', 'Xi Jinping'],
    ['Erdogan told reporters: “We have set a goal of US$100 billion.”', 'Recep Tayyip Erdoğan'],
    // Words relayed by one named person are the relayer's, "had" or not ("Gereikhanova noted that Trump claimed he was “…”").
    ['Aisel Gereikhanova noted that Trump claimed he was “ready to finish the conflict in Ukraine literally overnight.”', 'Aisel Gereikhanova'],
    // … and a question that raised another's claim is the asker's ("had asked about Trump's claim that he could …").
    ['A reporter for Rossiyskaya Gazeta had asked about Trump’s claim that he could end the conflict “literally overnight”.', 'Aisel Gereikhanova'],
    // A clause of its own joined on before a colon speaks through its own subject.
    ['Erdogan met Putin on Wednesday, and the Russian president set out the ambition plainly: “We have set a goal of $100 billion.”', 'Vladimir Putin'],
    ['Sharif thanked Putin for the cargo, and then he went on: “We received a shipment of oil from your great country.”', 'Shehbaz Sharif'],
    ['“The SCO is a useful organisation,” the Kremlin chief added.', 'Vladimir Putin'],
    // Given names before a known family name are a relative's ("Sheikh Mohammed bin Abdulrahman Al Thani" is not the
    // emir), but a place a preposition governs is no given name.
    ['Sheikh Mohammed bin Abdulrahman Al Thani said: “The current situation is intolerable.”', 'Sheikh Mohammed bin Abdulrahman Al Thani'],
    // One named after "of" in an aside belongs to a thing, and never speaks.
    ['Mokhber, meeting Putin weeks after the death of President Raisi, said “our relations with Russia are so deep and lasting that no change of government can damage them”.', 'Mohammad Mokhber'],
    ['In St Petersburg Putin said: “We need an independent system of payments.”', 'Vladimir Putin'],
    ['The Chinese leader said the talks went well. “I am very glad to see you,” he said.', 'Xi Jinping'],
    ['“We really want to further strengthen our relations,” Pakistan’s prime minister said.', 'Shehbaz Sharif'],
    ['“The current situation is intolerable,” Qatar’s emir said.', 'Tamim bin Hamad Al Thani'],
    ['“Belarus will be an active member,” Kassym-Jomart Tokayev said.', 'Kassym-Jomart Tokayev'],
    ['“We did not come here to make up the numbers,” said Belarusian leader Alexander Lukashenko.', 'Alexander Lukashenko'],
    ['“The SCO is a useful organisation,” the Kremlin said.', 'the Kremlin'],
    ['Xi told Putin: “I am very glad to see you.”', 'Xi Jinping'],
    ['Answering a question from Ksenia Chernyayeva, Putin said: “We did not withdraw from the Anti-Ballistic Missile Treaty.”', 'Vladimir Putin'],
    // The verb that leads straight into the quote governs it, not an attribution after it that opens another clause.
    ['On the North–South transport corridor, which Putin called “our top priority”, Aliyev said the section was ready.', 'Vladimir Putin'],
    // An attribution after the quote that introduces the next quote belongs to that one; a listener never speaks.
    ['Aliyev said payments already account for “over 70 percent” of exports, while Shehbaz Sharif told Putin trade was “approaching US$1 billion”.', 'Ilham Aliyev'],
    ['PM Shehbaz said “our bilateral relations have had a positive trajectory over the last many years”, and told President Putin: “We can certainly enhance our trade.”', 'Shehbaz Sharif'],
    // A sentence after a quote that ends its own is not its attribution.
    ['Asked whether the Biden-Trump debate had changed his view, Putin said: “Nothing has changed.” In February he had told Rossiya that he preferred Biden.', 'Vladimir Putin'],
    // Whoever asks: "was asked by".
    ['Putin was asked by Anna Derkach what Belarus’s membership would “open up for cooperation between the SCO and the Eurasian Economic Union”.', 'Anna Derkach'],
    // A speech verb only in a leading clause, a colon in the main one: the main clause's subject speaks.
    ['Putin returned to a legal argument. When a Komsomolskaya Pravda reporter suggested that Moscow regarded the Rada as the only legitimate authority, Putin corrected him: “It is not we who say this, but the Ukrainian constitution.”', 'Vladimir Putin'],
    // A relative clause about the asker gives the asker, whatever the sentence opens on.
    ['Vladimir Putin’s final question came from Andrei Kolesnikov of Kommersant, who asked whether talks could start “without any preconditions, in order to have a better chance of success”.', 'Andrei Kolesnikov'],
    // (Whatever speech verb the question holds: "his earlier stated preference".)
    ['The Russian president was asked by Pavel Zarubin, the Kremlin’s favourite television interviewer, whether his earlier stated preference for Mr Biden still held now that “everyone is terrified of Biden”.', 'Pavel Zarubin'],
    // An outlet the transcript writes small, printed capitalised ("Russia today"): its journalist.
    ['The question was put to him by a Russia Today correspondent, who asked whether the Taliban “should join the dialogue on terrorist threats” given the threat from Islamic State.', 'Donald Courter'],
    // "Answering a question from X about “…”": the words are X's question.
    ['Answering a question from MIR’s Anna Derkach about “what opportunities it opens up for cooperation between the SCO and the Eurasian Economic Union”, Putin said Belarus now had a route to the Caspian Sea.', 'Anna Derkach'],
    // "X quoted Y as saying …": Y, after a clause of the writer's too.
    ['The Kremlin quoted Putin as saying national currencies now made up “more than 92 percent of Russia’s settlements with SCO members in January–April”.', 'Vladimir Putin'],
    // A quote blanked out between two capitalised words joins no names ("Calling Putin “…,” Xi said").
    ['Calling Putin “my dear friend,” Xi said that holding meetings on the sidelines of multilateral events “is not only a good tradition between us but also a symbol of the high level of China-Russia relations.”', 'Xi Jinping'],
    // A speech verb after an owner is a noun: "calling the Russian leader's calls “…”" is the caller's.
    ['Mokhber thanked Putin for his condolences after the death of President Raisi in May, calling the Russian leader’s calls “truly comforting”.', 'Mohammad Mokhber'],
    // "asked by" an outlet's journalist: the journalist.
    ['Putin had been asked by Channel One’s Anton Vernitsky whether the organisation “manages to respond to all the challenges”.', 'Anton Vernitsky'],
    // An appositive to an object is the object: "With the Emir, Tamim bin Hamad Al Thani, Putin talked corridors too."
    ['With the Emir, Tamim bin Hamad Al Thani, Putin talked corridors too. “We are discussing the possibility of including Qatar in the North-South transport corridor project,” he said.', 'Vladimir Putin'],
    // Words relayed: "Putin said Russian officials had told him that “…”" are Putin's telling.
    ['Putin said Russian officials had told him that “not much has changed in absolute terms”.', 'Vladimir Putin'],
    // "Pres." ends no sentence either: "Mr. Putin said of Pres. Erdogan: “…”" is Putin.
    ['Mr. Putin said of Pres. Erdogan: “What helps us is President Erdogan’s political will.”', 'Vladimir Putin'],
    // A title's full stop after the quote ends no sentence: "…”, Mr. Putin told reporters."
    ['The SCO’s members are home to “nearly half of humanity”, Mr. Putin told reporters.', 'Vladimir Putin'],
    // An owner after a later speech verb is not the speaker: "says Trump's peace pledge".
    ['Putin: “Nothing has changed” after U.S. debate, says Trump’s peace pledge taken seriously', 'Vladimir Putin'],
    // ...but a verb that joins the main clause again after the relative one closed is the main subject's.
    ['Vladimir Putin spoke next. He praised Recep Tayyip Erdogan, who hosted the 2022 talks in Istanbul, and said “we welcome mediation”.', 'Vladimir Putin'],
    // The Central Asian press's "the Head of State" is its own president, named before.
    ['President Kassym-Jomart Tokayev, who chaired the summit, praised the declaration. The Head of State also noted that the SCO had become “one of the pillars of a fairer world order”.', 'Kassym-Jomart Tokayev'],
    // A possessive that owns no noun after it is whose words they are: "The boldest line remains Putin's in Astana".
    ['Erdoğan congratulated Donald Trump. The boldest line remains Putin’s in Astana: “New centres of power are emerging,” he told the session.', 'Vladimir Putin'],
  ])('%s → %s', (text, name) => {
    expect(attributed(text)).toBe(name);
  });

  it('does not take a possessive in a sentence about "he" for the one "he" means', () => {
    const text =
      'Initials are not a signature, and Mr Putin, a lawyer by training, knows the difference. At his press conference he was asked about Volodymyr Zelensky’s suggestion that talks might run through intermediaries. “The competencies of these mediators are the only crucial issue,” he said.';
    const q = quotes(text).find((x) => x.text.startsWith('The competencies'));
    expect(q?.attributedTo).toBe('Vladimir Putin');
    expect(q?.misattributed).toBe(false);
  });

  it('gives "he" to whoever a speech verb follows in the sentence before, not to another subject in it', () => {
    const text =
      'Asked Thursday by the same interviewer, Pavel Zarubin of the Rossiya channel, whether his preferences had changed after the debate, Putin said they had not. “What has changed? Nothing has changed. Did you think we did not know what would happen? We knew,” he said.';
    const q = quotes(text).find((x) => x.text.startsWith('What has changed'));
    expect(q?.attributedTo).toBe('Vladimir Putin');
    expect(q?.misattributed).toBe(false);
  });

  it('gives "he" to the one a chain of "he" is about, not to a name inside a clause about him ("how Trump would do it")', () => {
    const found = quotes(
      'Putin’s reply to the question was carefully warm. “I do not doubt that he means it sincerely, and we support that,” he said.',
      'He would not pretend to know the details. What he said was that he did not know how Trump would do it.',
      'But the election, he insisted, was for Americans. “Still, it is their own internal affair,” he said.',
    );
    expect(found.find((x) => x.text.startsWith('Still'))?.attributedTo).toBe('Vladimir Putin');
    // "HE President Putin said" (His Excellency) is no pronoun.
    expect(attributed('For his part, HE the Russian President thanked HH the Amir. “Thanks to your mediation, we have been able to reunite children with their families,” HE President Putin said.')).toBe('Vladimir Putin');
  });

  it('names no "After" in "After saying that …, Putin told the leaders": the "he" after it is Putin', () => {
    const found = quotes('After saying that there were other trouble spots, Putin told the leaders: “I am referring first and foremost to the Middle East.”', '“Their spread threatens chaos and instability,” he said.');
    expect(found.find((q) => q.text.startsWith('Their spread'))?.attributedTo).toBe('Vladimir Putin');
  });

  it('gives "he replied" to whoever was asked ("Putin was asked …"), not to the one named before', () => {
    const found = quotes('Erdoğan said: “We hope to commission it in the near future.” The next day Putin was asked what stood in the way of trade. “What helps us is President Erdoğan’s political will,” he replied.');
    const q = found.find((x) => x.text.startsWith('What helps us'));
    expect(q?.attributedTo).toBe('Vladimir Putin');
    expect(q?.misattributed).toBe(false);
  });

  it('gives a verb in a relative clause about a person (", who … and asked") to that person, not to a "he" inside it', () => {
    const found = quotes(
      'Putin said he had seen parts of the debate. “Of course, we are not indifferent to what goes on there,” he said.',
      'The question came from Pavel Zarubin of the Rossiya channel, who reminded Putin that he had once said he preferred Biden and asked whether his “political preferences” had changed.',
    );
    const q = found.find((x) => x.text === 'political preferences');
    expect(q?.attributedTo).toBe('Pavel Zarubin');
    expect(q?.misattributed).toBe(false);
    // The clause closed, the verb is the main clause's, and the one it is about speaks too.
    expect(attributed('Erdogan, who had hosted the talks in Istanbul, said the agreements were “thrown in the trash”.')).toBe('Recep Tayyip Erdoğan');
  });

  it('gives words the asker "wanted to know" about to the asker, not to a speech verb in a later clause (", when Putin said")', () => {
    const q = quotes('Rossiya’s Pavel Zarubin wanted to know whether Putin’s “political preferences” had changed since February, when Putin said he preferred Biden.')[0];
    expect(q?.attributedTo).toBe('Pavel Zarubin');
    expect(q?.misattributed).toBe(false);
    // The verb of the quote's own clause still credits it.
    expect(attributed('The talks were “very useful”, Putin said, when the meeting ended.')).toBe('Vladimir Putin');
  });

  it('credits a role and a closed relative clause to the right person ("Turning to Putin, the President said:", "Wang Yi, who accompanied Xi, told reporters:", "President Shavkat Mirziyoyev … the head of state said")', () => {
    // Aliyev's words: not credited to Putin, to whom they were said.
    const turning = quotes('Turning to Putin, the President said: “As you said, there are new ideas in energy, and our agencies are in contact.”')[0];
    expect(turning?.misattributed).toBe(false);
    expect(attributed('Chinese Foreign Minister Wang Yi, who accompanied Xi, told reporters: “China-Russia relations do not target any third party.”')).toBe('Wang Yi');
    expect(attributed('Vladimir Putin spoke first. Uzbekistan’s President Shavkat Mirziyoyev called on SCO partners to back the railway. “The Trans-Afghan railway will give Central Asia the shortest route to the ports of the Indian Ocean,” the head of state said.')).toBe('Shavkat Mirziyoyev');
    // A verb after the relative clause without a comma before it stays with the clause's own subject.
    expect(attributed('Putin, who met Xi, said: “We did it.”')).toBe('Vladimir Putin');
  });

  it('reads present-tense speech verbs ("Putin concedes that", "asserts", "maintains")', () => {
    const q = quotes('A Life TV reporter put it to Putin at his press conference, and in the clip we play Putin concedes that “trade between our countries is declining.”')[0];
    expect(q?.attributedTo).toBe('Vladimir Putin');
    // The reporter's words, credited to Putin.
    expect(q?.misattributed).toBe(true);
    expect(attributed('Xi asserts that the two countries are “good neighbours”.')).toBe('Xi Jinping');
  });

  it('does not flag words the transcript itself gives as another\'s, credited to that other ("According to the spiritual leader, …")', () => {
    const [q] = quotes('Mokhber replied that, according to Ayatollah Ali Khamenei, “our ties with Russia are so deep and lasting that no change of government can harm them”.');
    expect(q?.attributedTo).toBe('Ali Khamenei');
    expect(q?.match?.speakerId).toBe('mohammad-mokhber');
    expect(q?.misattributed).toBe(false);
    // Another corpus speaker credited with them still is a misattribution.
    expect(quotes('Putin said: “Our relations with Russia are so deep and enduring that no changes in the government can harm them.”')[0]?.misattributed).toBe(true);
  });

  it('does not flag a stock phrase the transcripts hold in three places or more ("mutually beneficial"), but still a rarer one', () => {
    const [stock] = quotes('Such an arrangement would be “mutually beneficial”, Shehbaz Sharif said.');
    expect(stock?.attributedSpeakerId).toBe('shehbaz-sharif');
    expect(stock?.match?.speakerId).toBe('vladimir-putin');
    expect(stock?.misattributed).toBe(false);
    expect(stock?.explanation).not.toMatch(/Misattributed/);
    const [rare] = quotes('The war could end “literally overnight”, Shehbaz Sharif said.');
    expect(rare?.misattributed).toBe(true);
  });

  it('gives what people told the speaker to the speaker\'s telling ("he said the Turks told him that “…”")', () => {
    const q = quotes('On the trade row with Ankara, Putin relayed the Turkish side’s explanation. On prices, he said the Turks told him that “this is primarily down to prices, because they used to buy our energy carriers at higher prices.”')[0];
    expect(q?.attributedTo).toBe('Vladimir Putin');
    expect(q?.misattributed).toBe(false);
  });

  it('gives a quote inside a relative clause to that clause\'s speaker (", who had said …", ", whom Putin described as …"), and "according to the Kremlin transcript" to the one it records', () => {
    const [who] = quotes('Putin met Shehbaz Sharif. Responding to the Russian president, who had said the two countries’ friendly relations “have thrived over the decades”, the premier said: “Our relations stand on our own strength.”');
    expect(who?.attributedTo).toBe('Vladimir Putin');
    expect(who?.misattributed).toBe(false);
    const [whom, said] = quotes('Sheikh Tamim bin Hamad Al Thani, whom Putin described as one of the “most effective mediators” between Hamas and Israel, said: “What we seek is a ceasefire and an end to the war.”');
    expect(whom?.attributedTo).toBe('Vladimir Putin');
    expect(said?.attributedTo).toBe('Tamim bin Hamad Al Thani');
    const [record] = quotes('Putin spoke last. What he did say, according to the Kremlin transcript, was: “I would like to reiterate Russia’s proposal to establish a payment and settlement system within the SCO.”');
    expect(record?.attributedTo).toBe('Vladimir Putin');
    expect(record?.misattributed).toBe(false);
  });

  it('does not give a quote to a corpus leader named only around someone the finder does not know ("Guterres, who is seated two places from Putin, tells", "Al-Ansari, Advisor to the Prime Minister, told")', () => {
    expect(attributed('UN Secretary-General António Guterres, who is seated two places from Putin, tells the session: “The SCO can help build bridges at a time of deep global divisions.”')).toBe('António Guterres');
    expect(attributed('Putin met Shehbaz Sharif. In Doha, Dr Majed bin Mohammed Al-Ansari, Advisor to the Prime Minister and Official Spokesperson of the Ministry of Foreign Affairs, told the weekly media briefing: “Our mediation continues.”')).toBe('Dr Majed bin Mohammed Al-Ansari');
  });

  it('reads a name with an adverb before its verb ("Jaishankar later posted on X:") and leaves his words unfound', () => {
    const [q] = quotes('Jaishankar later posted on X: “Had a productive meeting with Russian FM Sergey Lavrov on the sidelines of the SCO Summit.”');
    expect(q?.attributedTo).toBe('Jaishankar');
    expect(q?.verdict).toBe('not_found');
  });

  it('credits the subject, not one met ("Xi meets Putin, calls for “…”"), the one a cleft singles out ("it was Putin who set the tone. … he argued"), the asker named with his outlet (", who reminded Putin that … he had asked him “…”"), and no one for sure a body\'s term ("what the Kremlin calls the “global majority”")', () => {
    expect(quotes('Xi meets Putin, calls for upholding “original aspiration” of lasting friendship')[0]?.attributedTo).toBe('Xi Jinping');
    const cleft = quotes('Xi Jinping, Recep Tayyip Erdoğan and Shehbaz Sharif all met Putin on the sidelines, but it was Putin who set the tone. Replacing “the obsolete Europe-centric and Euro-Atlantic models”, he argued, is the task of a new Eurasian security architecture.')[0];
    expect(cleft?.attributedTo).toBe('Vladimir Putin');
    expect(cleft?.misattributed).toBe(false);
    const asker = quotes('The question came from Pavel Zarubin of state broadcaster Rossiya, who reminded Putin that months earlier he had asked him “who is better for us, Biden or Trump?” and that Putin had picked Biden.')[0];
    expect(asker?.attributedTo).toBe('Pavel Zarubin');
    expect(asker?.misattributed).toBe(false);
    expect(quotes('Moscow has been road-testing the language in its outreach to what the Kremlin calls the “global majority” of Asia, Africa and Latin America.')[0]?.misattributed).toBe(false);
    // ", and Putin says" is still Putin's.
    expect(attributed('An RT correspondent asks him whether the Taliban are allies or enemies, and Putin says “in this sense the Taliban are certainly our allies in the fight against terrorism.”')).toBe('Vladimir Putin');
  });

  it('reads "began" after a quote, the tabloid "Kremlin boss", and the owner of a speech as the "he" of its sentence ("Back to Putin\'s SCO Plus speech, where he …:")', () => {
    expect(attributed('“As of today, Belarus is officially a SCO member,” Anna Derkach of the MIR broadcaster began, before asking Putin what this meant for the Union State.')).toBe('Anna Derkach');
    expect(attributed('Kremlin boss hails Erdoğan’s “political will”')).toBe('Vladimir Putin');
    // So is the tabloid's "Kremlin strongman": a man, not the institution.
    expect(attributed('Asked about new arms treaties, the Kremlin strongman rambled: “Even at university I did not study public international law.”')).toBe('Vladimir Putin');
    const [, owner] = quotes('Xi told the council: “We should hold the future of our development firmly in our own hands.”', 'Back to Putin’s SCO Plus speech, where he went out of his way to thank the Turkish leader, who was in the room: “The Istanbul agreements – we have to give credit to [Erdoğan] for agreeing to be part of that process as a mediator – are still on the table.”');
    expect(owner?.attributedTo).toBe('Vladimir Putin');
    expect(owner?.misattributed).toBe(false);
    // ...and of what a speech holds: a diagnosis, an assessment, a warning ("Putin's own diagnosis was candid: “…,” he told the council").
    const [, diagnosis] = quotes('Xi told the council: “We should hold the future of our development firmly in our own hands.”', 'Putin’s own diagnosis in Astana was candid: “the more the SCO strengthens its authority and influence, the more attention it draws from other states and international structures,” he told the council.');
    expect(diagnosis?.attributedTo).toBe('Vladimir Putin');
    expect(diagnosis?.misattributed).toBe(false);
    // ...and of a framing, a tone, a line ("Putin's framing of Ukraine was blunt: the crisis “…”, he said"), over one
    // named the paragraph before.
    const [, framing] = quotes('Foreign Minister Sergei Lavrov said the idea was “not directed against anyone, but open to everyone on the continent”.', 'Ushakov said the talks had gone well.', 'Putin’s framing of Ukraine was blunt: the crisis “came about as a result of the utterly arrogant policy of the United States and its satellite states”, he said, after Tokayev had called for peace.');
    expect(framing?.attributedTo).toBe('Vladimir Putin');
    expect(framing?.misattributed).toBe(false);
  });

  it('credits the subject past an aside of order ("Putin, speaking before Khurelsükh, said:", "Erdoğan, speaking after Putin, says:"), and "PM Shahbaz" as Sharif', () => {
    expect(attributed('Putin, speaking before Khurelsükh, said: “The world is becoming truly multipolar.”')).toBe('Vladimir Putin');
    expect(attributed('Erdoğan, speaking after Putin, says: “We will reach the goal.”')).toBe('Recep Tayyip Erdoğan');
    expect(attributed('PM Shahbaz said: “This is a matter of great comfort for us.”')).toBe('Shehbaz Sharif');
  });

  it('reads a dash credit after a line break in the quote\'s own paragraph (key-quote lists)', () => {
    const [q] = checker.checkArticle(htmlToBlocks('<article><p>Key quotes from the summit.</p><p class="key-quote">“We have set a goal of US$100 billion, and I believe we will achieve it”<br><span class="credit">— Vladimir Putin, meeting Recep Tayyip Erdoğan</span></p><p>More to follow.</p></article>')).quotes;
    expect(q?.attributedTo).toBe('Vladimir Putin');
    // Erdoğan's words, credited to Putin.
    expect(q?.misattributed).toBe(true);
  });

  it('credits the teller of a passive ("was told by his guest that"), skips one cited in an aside ("citing the Leader … Khamenei"), reads the clause after a semicolon, a caption\'s "— Erdogan to Putin", and never one spoken of ("he said of Kamala Harris")', () => {
    const told = quotes('Putin, who praised Aliyev’s “personal dedication to supporting the Russian language”, was told by his guest that “about a million students in Azerbaijan are enrolled in Russian-language programmes”.')[1];
    expect(told?.misattributed).toBe(false);
    expect(attributed('Mokhber, citing the Leader of the Islamic Revolution Ayatollah Seyyed Ali Khamenei, said: “our relations with Russia are so deep and lasting that no change of government can damage them.”')).toBe('Mohammad Mokhber');
    expect(attributed('Tokayev handed the floor in turn to Xi Jinping, Recep Tayyip Erdogan, Shehbaz Sharif and Alexander Lukashenko, who joined the table as a full member for the first time; Putin, thanking the hosts, said “an impressive package of documents and resolutions has been developed”.')).toBe('Vladimir Putin');
    expect(attributed('“I look forward to welcoming you, Mr President, to my country very soon” — Erdogan to Putin, at the end of their talks.')).toBe('Recep Tayyip Erdoğan');
    const [, later] = quotes('In the autumn, he turned his attention to the Democratic candidate. “She laughs so expressively and infectiously,” he said of Kamala Harris, mockingly endorsing her.', '“We should wait for the elections in the United States to take place and see the future administration’s disposition and preferences,” he told reporters in Astana.');
    expect(later?.misattributed).toBe(false);
  });

  it('skips a parenthetical credit inside the sentence ("Putin said that, as Tokayev had noted, the member countries “…”")', () => {
    const [q] = quotes('Putin said that, as Tokayev had noted, the member countries “are home to almost half of the world’s population, produce about a quarter of global GDP”.');
    expect(q?.attributedTo).toBe('Vladimir Putin');
    expect(q?.misattributed).toBe(false);
  });

  it('never takes a byline for a speaker ("By Col. (ret.) Dean Harlow")', () => {
    const found = quotes('By Col. (ret.) Dean Harlow | Jul 5, 2024', 'Russian President Vladimir Putin said Thursday that "all SCO member states agreed that they oppose the placement of any weapons in outer space," a position written into the Astana Declaration.', 'He called the agreement "a signal for the rest of the world" on militarization of space.');
    const q = found.find((x) => x.text.startsWith('a signal'));
    expect(q?.attributedTo ?? '').not.toMatch(/Col/);
    expect(q?.misattributed).toBe(false);
  });

  it('reads "His Highness" as the emir, and a name after "over" as no subject', () => {
    const emir = quotes('Putin welcomed the Emir of Qatar to Astana. His Highness said: “The current situation is intolerable.”')[0];
    expect(emir?.attributedTo).toBe('Tamim bin Hamad Al Thani');
    const text = 'Asked by Rossiya’s Pavel Zarubin whether his preference for Joe Biden over Donald Trump had changed, Putin was brief. «Nothing has changed,» he said.';
    const q = quotes(text).find((x) => x.text.startsWith('Nothing'));
    expect(q?.attributedTo).toBe('Vladimir Putin');
  });

  it('reads a credit after a dash, as key-quote lists give it, and flags it when it is wrong', () => {
    const checked = checker.checkArticle(htmlToBlocks('<ol><li>"It is imperative to establish a Palestinian state based on the 1967 borders" — <b>Vladimir Putin</b>, meeting the Emir of Qatar.</li></ol>')).quotes;
    expect(checked[0]?.attributedTo).toBe('Vladimir Putin');
    expect(checked[0]?.misattributed).toBe(true);
  });

  it('takes no noun for a speech verb, no compound for a subject, and lets a quote after an attributed one go on in its voice', () => {
    const took = quotes('Putin also said Thursday that he took “quite seriously” the claims of former President Donald Trump that he could quickly end the war.')[0];
    expect(took?.attributedTo).toBe('Vladimir Putin');
    const debate = quotes('On the Biden-Trump debate, which he said he had only partly watched, Putin was dismissive of the US media coverage. “They always have their preferences: some are for, some are against,” he said.')[0];
    expect(debate?.attributedTo).toBe('Vladimir Putin');
    const next = quotes('“We were asked to pull our troops back from Kyiv,” Putin said. “We did that and were deceived once again.”')[1];
    expect(next?.attributedTo).toBe('Vladimir Putin');
  });

  it('reads a key-quotes box inside the article, and a block quote’s credit in its footer, but not the footer as a quote', () => {
    const html = `<article><h1>What was said in Astana</h1><p>The leaders met on Wednesday.</p>
      <blockquote><p>“Humanitarian cooperation has always been at the core of our relations.”</p><footer>— Vladimir Putin, meeting Ilham Aliyev</footer></blockquote>
      <aside class="key-quotes"><ul><li>“They are guided by the principles of equality, mutual benefit and respect for each other’s sovereignty” — Vladimir Putin</li></ul></aside>
      <aside class="related"><p>Read more: Astana hosts the summit</p></aside></article>`;
    const blocks = htmlToBlocks(html);
    expect(blocks.map((b) => b.text)).not.toContain('Read more: Astana hosts the summit');
    const found = checker.checkArticle(blocks).quotes;
    expect(found.map((q) => q.text.slice(0, 24))).toEqual(['Humanitarian cooperation', 'They are guided by the p']);
    // Aliyev's words under Putin's name.
    expect(found[0]?.attributedTo).toBe('Vladimir Putin');
    expect(found[0]?.misattributed).toBe(true);
    expect(found[1]?.misattributed).toBe(false);
  });

  it('a link to another article between paragraphs ("Read more: Aliyev says …") names no one the next "he" could be', () => {
    const html = `<article><h1>Five things from Astana</h1><p>Putin told the summit that close economic ties benefit every member.</p>
      <p class="read-more"><strong>Read more:</strong> <a href="/a">Aliyev says payments in national currencies now cover most of Azerbaijan’s exports to Russia</a></p>
      <p>“Regular meetings of our economy and finance ministers and central bank governors are contributing substantially to trade and investment in the SCO space,” he added.</p></article>`;
    const [q] = checker.checkArticle(htmlToBlocks(html)).quotes;
    expect(q?.attributedTo).toBe('Vladimir Putin');
    expect(q?.misattributed).toBe(false);
  });

  it('one named inside the question put to the speaker ("Asked … whether Erdogan had explained …, Putin said the Turkish side had told him") is asked about, not telling', () => {
    expect(attributed('Asked by Life’s Alexander Yunashev whether Erdogan had explained the fall in trade, Putin said the Turkish side had told him the decline was “primarily cost-related, because they used to buy our energy carriers at higher prices”.')).toBe('Vladimir Putin');
    // What a named person told him is still the speaker's telling.
    expect(attributed('Putin said Erdogan had told him the decline was “primarily cost-related, because they used to buy our energy carriers at higher prices”.')).toBe('Vladimir Putin');
  });

  it('"he" after a sentence where two people speak, each in a clause of their own, is a guess: no flag on it', () => {
    const found = (...texts: string[]) => checker.checkArticle(blocks('Intro.', ...texts)).quotes.at(-1);
    const two = found('Jaishankar said India stood for “respect for sovereignty and territorial integrity”, while Putin described the SCO as one of the “most influential” regional organisations.', '“Our association has always stressed how important it is to consider the opinions and views of a wide range of partners,” he said.');
    expect(two?.misattributed).toBe(false);
    // With one speaker in the sentence before, "he" is that speaker, and Putin's words under his name are flagged.
    const one = found('Jaishankar said India stood for “respect for sovereignty and territorial integrity”.', '“Our association has always stressed how important it is to consider the opinions and views of a wide range of partners,” he said.');
    expect(one?.attributedTo).toBe('Jaishankar');
    expect(one?.misattributed).toBe(true);
  });

  it('a label in capitals (a fact-check\'s "MOSTLY TRUE.") is no one the next "he" could be', () => {
    const [q] = checker.checkArticle(blocks('Claim 1: Putin dismissed mediators.', 'MOSTLY TRUE. He said talks through mediators alone were improbable, because “no mediator will have the authority to sign any final documents”.')).quotes;
    expect(q?.misattributed).toBe(false);
  });

  it('a photo caption names who is in the picture, not whom the next "he" means; a quote inside "who was asked by X whether …" is X\'s', () => {
    const html = `<article><h1>Aliyev and Putin in Astana</h1><p>Aliyev said payments in national currencies were growing.</p>
      <figure><img src="/a.jpg" alt=""><figcaption>Foreign ministers Jeyhun Bayramov and Sergei Lavrov before the talks in Astana. Photo: Azertac</figcaption></figure>
      <p>“In other words, our future citizens will be in active contact with Russia and will speak Russian as we do,” he said.</p></article>`;
    const [q] = checker.checkArticle(htmlToBlocks(html)).quotes;
    expect(q?.attributedTo).toBe('Ilham Aliyev');
    expect(q?.misattributed).toBe(false);
    // With no one else named before it, the caption's person is still the answer.
    const alone = checker.checkArticle(htmlToBlocks('<article><figure><img src="/p.jpg" alt=""><figcaption>Vladimir Putin at the press conference.</figcaption></figure><p>“Contacts never go amiss,” he said.</p><p>End.</p></article>')).quotes[0];
    expect(alone?.attributedTo).toBe('Vladimir Putin');
    expect(attributed('Putin, who was asked by Komsomolskaya Pravda’s Alexander Gamov whether it was time to return to “the union we dreamed about in 1999”, said he would not rush.')).toBe('Alexander Gamov');
  });

  it('the one answered is not the speaker ("Putin, answering Laru, said:"); a pull quote\'s credit line is no "he"; "to whom X put it that “…”" is X\'s', () => {
    expect(attributed('Putin, answering Laru, said: “Full membership of the SCO is not something Russia alone decides.”')).toBe('Vladimir Putin');
    expect(attributed('Putin, answering MIR’s Anna Derkach, said: “so the Shanghai Cooperation Organisation has officially entered the European continent”.')).toBe('Vladimir Putin');
    const html = `<article><h1>Sharif meets Putin</h1><p>Putin also said the two countries worked closely together at multilateral forums.</p>
      <aside class="pullquote"><p>“We used to import a lot of machinery and goods from the former Soviet Union”</p><cite>— Prime Minister Shehbaz Sharif</cite></aside>
      <p>“Our foreign ministries also cooperate in various international organisations and on international platforms ... including the United Nations,” he said.</p></article>`;
    const found = checker.checkArticle(htmlToBlocks(html)).quotes.at(-1);
    expect(found?.attributedTo).toBe('Vladimir Putin');
    expect(found?.misattributed).toBe(false);
    expect(attributed('Putin, to whom Rossiya TV’s Pavel Zarubin put it that everyone was now terrified of Biden and that, “in general, his participation in the election race is in question”, was unimpressed.')).toBe('Pavel Zarubin');
  });

  it('"Then he says, “…" after a quote that ended its sentence opens the next quote: it does not credit the one before', () => {
    const found = checker.checkArticle(blocks('MAYA TORRES: A reporter from Zvezda asks about the American plans to deploy intermediate-range missiles.', 'SAMUEL OKONJO: Right. And Putin says that because the US left the INF Treaty and announced production, "we, too, believe we can begin research and development work and, in the future, production." Then he says, "We are carrying out R&D work."')).quotes;
    expect(found[0]?.attributedTo).toBe('Vladimir Putin');
    expect(found[0]?.misattributed).toBe(false);
  });

  it('"the head of state said" is the leader named before, never a reporter named since', () => {
    const found = checker.checkArticle(blocks('Putin took questions from reporters after the summit.', 'Rossina Bodrova of Zvezda asked about the missiles.', '“We are conducting the R&D work, and we are not yet ready to begin production,” the head of state said.')).quotes;
    expect(found[0]?.attributedTo).toBe('Vladimir Putin');
  });

  it('a relative clause closed before the main clause goes on ("Putin told Zarubin, who had asked whether …, that “…”") leaves the words to the main clause\'s speaker', () => {
    expect(attributed('Putin told Pavel Zarubin, who had asked whether anything had changed since February, that “in that respect, nothing has changed at all”.')).toBe('Vladimir Putin');
  });

  it('"the Kremlin transcript has him calling …" credits "him", not the Kremlin', () => {
    const found = checker.checkArticle(blocks('Putin met Xi in Astana.', 'In Astana, the Kremlin transcript has him calling the partnership a “main stabilising factor” in global affairs.')).quotes;
    expect(found[0]?.attributedTo).toBe('Vladimir Putin');
    expect(found[0]?.misattributed).toBe(false);
  });

  it('one named as asking is never the "he" who answers ("Asked by an RT reporter, he said:"); a quote given the floor by a colon after its speaker keeps that speaker over the next sentence\'s "Putin said …"', () => {
    const found = checker.checkArticle(blocks('Readers have written in with questions about Vladimir Putin’s remarks at the summit.', 'Yes, in a limited sense. Asked by an RT reporter, he said: “In that sense the Taliban are, naturally, our allies in fighting terrorism.” He explained that “the Taliban too are interested in Afghanistan being stable, calm, and subject to certain rules”.')).quotes;
    expect(found.map((q) => q.attributedTo)).toEqual(['Vladimir Putin', 'Vladimir Putin']);
    expect(found.some((q) => q.misattributed)).toBe(false);
    expect(attributed('Yulia Bubnova asked about his proposals on a new security system: “Do they remain unanswered by the West?” Putin said it was better to wait.')).toBe('Yulia Bubnova');
  });

  it('"he" after "When X said …, Putin objected: “…”" is the main clause\'s speaker; the one spoken to ("he told a reporter from Zvezda TV:") is never the next "he"', () => {
    const found = checker.checkArticle(blocks('Vladimir Putin spoke on Thursday.', 'When Komsomolskaya Pravda’s Alexander Gamov said that Moscow regarded the Verkhovna Rada as Ukraine’s only legitimate authority, Putin objected: “It isn’t we who say this – it is the constitution of Ukraine.”', 'He went on: “We could appeal to the Verkhovna Rada, but there is no sense in it while power has been usurped by the ruling elite.”')).quotes;
    expect(found.at(-1)?.attributedTo).toBe('Vladimir Putin');
    expect(found.at(-1)?.misattributed).toBe(false);
    const told = checker.checkArticle(blocks('Putin spoke to the press.', 'On missiles, he told a reporter from Zvezda TV: “We are doing the R&D work and are ready to begin production.”', 'If US missiles appeared somewhere, he said, “we reserve the right to respond tit-for-tat. Everything that we said remains valid”.')).quotes;
    expect(told.at(-1)?.attributedTo).toBe('Vladimir Putin');
    // A leading clause whose own subject speaks while the main clause's does not keeps its speaker.
    const biden = checker.checkArticle(blocks('When Vladimir Putin discussed the American race in Astana last month, Joe Biden was still the Democratic candidate. Asked about Donald Trump’s promises, he said: “We treat fairly seriously what Mr Trump says, as a presidential candidate, about being ready and wanting to stop the war in Ukraine.”')).quotes;
    expect(biden[0]?.attributedTo).toBe('Vladimir Putin');
  });

  it('a post\'s own "Putin on the debate: “…”" beats the poster\'s signature; "One more from Erdoğan …, he said" is Erdoğan\'s', () => {
    const post = checker.checkArticle(htmlToBlocks('<article><h1>Posts</h1><p>A pool reporter posted Putin’s line:</p><blockquote class="twitter-tweet"><p>Putin on the Biden-Trump debate: “I watched some pieces. I have enough to do”</p>&mdash; Kremlin Pool Watch (@kremlinpoolwatch) <a href="https://example.org/1">July 4, 2024</a></blockquote><p>End.</p></article>')).quotes;
    expect(post[0]?.attributedTo).toBe('Vladimir Putin');
    expect(post[0]?.misattributed).toBe(false);
    const more = checker.checkArticle(htmlToBlocks('<article><h1>Roundup</h1><h3>Vladimir Putin, Russia</h3><p>“Close economic ties are obviously good for all participants,” he told the summit.</p><p>One more from Erdoğan, on the ministers who kept the relationship going: they had kept up “continuous contact” with their Russian colleagues, he said.</p></article>')).quotes;
    expect(more.at(-1)?.attributedTo).toBe('Recep Tayyip Erdoğan');
    expect(more.at(-1)?.misattributed).toBe(false);
  });

  it('"he answered" after one who asked, past an aside about the asker ("Yulia Bubnova, who covers the Kremlin, wanted to know …"), is the one answering', () => {
    const found = checker.checkArticle(blocks('Putin took questions.', 'Yulia Bubnova, who covers the Kremlin, wanted to know more about his security proposals. “What will it be, if it is not a secret?” she asked. “We have to wait for the new US administration to be formed, to understand its preferences, views and plans,” he answered.')).quotes;
    expect(found.at(-1)?.attributedTo).toBe('Vladimir Putin');
    expect(found.at(-1)?.misattributed).toBe(false);
  });

  it('reads a lower-case job title before an unknown name (“Foreign ministry spokesman Nasser Kanaani said”)', () => {
    expect(attributed('Foreign ministry spokesman Nasser Kanaani said on Thursday: “Iran’s full membership in the SCO has opened new horizons for economic cooperation with Asia.”')).toBe('Nasser Kanaani');
    const she = checker.checkArticle(blocks('Lukashenko signed the treaty.', 'Exiled opposition leader Sviatlana Tsikhanouskaya criticized the move. “Lukashenko keeps dragging Belarus into clubs of dictators,” she wrote on X.')).quotes;
    expect(she[0]?.attributedTo).toBe('Sviatlana Tsikhanouskaya');
    const he = checker.checkArticle(blocks('Putin said the Taliban were allies.', 'Taliban spokesman Zabihullah Mujahid welcomed the remarks. “The Islamic Emirate wants positive relations with all the countries of the region,” he wrote on X.')).quotes;
    expect(he[0]?.attributedTo).toBe('Zabihullah Mujahid');
  });

  it('“he” after a quote that ended its sentence goes to the next sentence’s speaker; a sentence opening on “He” is about him', () => {
    const speakers = (...texts: string[]) => checker.checkArticle(blocks('Intro.', ...texts)).quotes.map((q) => q.attributedTo);
    expect(speakers('Islamic Emirate spokesman Zabihullah Mujahid said: “We welcome the realistic position of the Russian Federation.” Putin said the question of full membership would be decided by consensus. “Several SCO members have questions about how inclusive the government in Afghanistan is,” he said.')).toEqual(['Zabihullah Mujahid', 'Vladimir Putin']);
    expect(speakers('Asked about the Union State, Putin said: “It is a question of time.” He said Lukashenko believed, and he agreed, that “not political but economic issues must be addressed at the first stage”. On a single currency he said: “Nobody is saying that this is impossible or that we cannot do this.”')).toEqual(['Vladimir Putin', 'Vladimir Putin', 'Vladimir Putin']);
  });

  it('“Mr. Xi” ends no sentence, “On Thursday Putin” is Putin, and “the acting president” is Mokhber, not the president named last', () => {
    expect(attributed('Mr. Putin, in televised opening remarks, reminded Mr. Xi that their two countries “stood at the cradle of the Shanghai Cooperation Organisation in 2001”.')).toBe('Vladimir Putin');
    expect(attributed('On Thursday Putin said that “establishing any kind of a constructive dialogue with the United States at this point is impossible”.')).toBe('Vladimir Putin');
    const found = checker.checkArticle(blocks('Mohammad Mokhber met Vladimir Putin on Wednesday.', '“The strategy of close and deep relations with Russia was designed by the Leader of the Islamic Revolution, who personally oversees its implementation,” the acting president said.')).quotes;
    expect(found[0]?.attributedTo).toBe('Mohammad Mokhber');
    expect(found[0]?.misattributed).toBe(false);
  });

  it('a journalist named by outlet is that journalist (“a reporter from the Izvestia daily”, “the RT correspondent”), never the leader asked', () => {
    const askers = checker.checkArticle(blocks(
      'Putin took questions.',
      'A reporter from the Izvestia daily asked whether the Taliban would be removed from the list. “If so, when might this happen?” he asked.',
      'A reporter from the MIR TV channel asked the Russian leader: “What prospects does this bring for the organisation?”',
    )).quotes;
    expect(askers.map((q) => [q.attributedTo, q.misattributed])).toEqual([['Dmitry Laru', false], ['Anna Derkach', false]]);
    // Beside the one who asks, "he" is the one who answers.
    const he = checker.checkArticle(blocks('An RT correspondent asks him whether the Taliban are allies or enemies, and Putin says “in this sense the Taliban are certainly our allies in the fight against terrorism”.', 'He starts by saying the Taliban have taken on “certain obligations” and that there are issues.')).quotes;
    expect(he[1]?.attributedTo).toBe('Vladimir Putin');
  });

  it('“The Kremlin’s transcript of Putin’s speech has him saying” is Putin; “Those were Putin’s words to the Amir” credits Putin', () => {
    expect(attributed('The Kremlin’s English transcript of Putin’s speech to the SCO Plus session has him saying that the members demonstrated “a 5.2 percent average growth in 2023”.')).toBe('Vladimir Putin');
    const owned = checker.checkArticle(blocks('Few leaders leave a meeting with Vladimir Putin having been thanked. His Highness Sheikh Tamim bin Hamad Al Thani did.', '“Thanks to your mediation, children have been reunited with their families on both the Russian and the Ukrainian side.” Those were Putin’s words to the Amir in Astana on Wednesday.')).quotes;
    expect(owned[0]?.attributedTo).toBe('Vladimir Putin');
    expect(owned[0]?.misattributed).toBe(false);
  });

  it('a capitalised title before an unknown name (“President Emomali Rahmon welcomed …”) gives “he” to that person; “In May, at the … summit in Moscow, Putin said” dates the words', () => {
    const he = checker.checkArticle(blocks('Putin spoke first.', 'President Emomali Rahmon welcomed the decision. “The anti-drug centre in Dushanbe will become a reliable barrier,” he said.')).quotes;
    expect(he[0]?.attributedTo).toBe('Emomali Rahmon');
    const may = checker.checkArticle(blocks('Intro.', 'In May, at the Eurasian Economic Union summit in Moscow, Putin said that “the share of national currencies in mutual settlements within the Union has reached almost 90 percent”.')).quotes;
    expect(may[0]?.verdict).toBe('not_found');
  });

  it('a radio transcript’s speaker label and the outlet’s own correspondent are never “he”', () => {
    const found = checker.checkArticle(blocks(
      'CHARLES MAINES, HOST: Russian President Vladimir Putin says he will not agree to a ceasefire. Our correspondent Irina Vasquez has been following this.',
      'IRINA VASQUEZ, BYLINE: Well, Charles, he was asked whether a truce could come first. He said, quote, “We can’t merely proclaim a ceasefire in the hope that the opposing side will make some positive moves.”',
    )).quotes;
    expect(found[0]?.attributedTo).toBe('Vladimir Putin');
  });

  it('an unnamed journalist speaking right into a quote (“the journalist noted that “…” — and Putin said”) is no credit to Putin', () => {
    const [q] = checker.checkArticle(blocks('A reporter raised a remark by Ukraine’s president — the journalist noted that “Vladimir Zelensky said that he considered negotiations with Russia possible through mediators” — and Putin said he found it unlikely.')).quotes;
    expect(q?.attributedTo).not.toBe('Vladimir Putin');
    expect(q?.misattributed).toBe(false);
  });

  it('a heading names a section’s speaker only when it opens with the name (“11:40 Erdoğan”), not a headline ending on one', () => {
    const headline = checker.checkArticle([{ text: 'In Astana, a procession of partners for Putin', kind: 'heading' }, { text: 'Vladimir Putin received a line of leaders.' }, { text: 'The Emir thanked his host for “the invitation to take part in this important format of strategic cooperation in Asia”.' }]).quotes;
    expect(headline[0]?.misattributed).toBe(false);
    const section = checker.checkArticle([{ text: 'SCO summit live: the leaders arrive in Astana', kind: 'heading' }, { text: '11:40 Erdoğan', kind: 'heading' }, { text: '“Everything is going according to plan, and the first unit will soon be ready,” about the Akkuyu plant.' }]).quotes;
    expect(section[0]?.attributedTo).toBe('Recep Tayyip Erdoğan');
  });

  it('one named by a relation ("his guest replied", "his guest answered that") is nobody the corpus knows; a reply after a quote is no credit for it; an RT "questioner" is the RT journalist', () => {
    const guest = checker.checkArticle(blocks('09:40 Putin meets Aliyev', '“I would also like to mention our infrastructure plans,” Putin told his guest. “The growth in trade, both this year and last, shows that our economic cooperation is flourishing,” his guest replied.')).quotes;
    expect(guest[1]?.misattributed).toBe(false);
    const answered = checker.checkArticle(blocks('With Aliyev, Putin spoke first: “The trend is positive: growth of about 13 percent in the first half of this year,” he said, and his guest answered that “mutual payments in national currencies are also growing”.')).quotes;
    expect(answered[1]?.misattributed).toBe(false);
    const reply = checker.checkArticle(blocks('The Rossiyskaya Gazeta reporter pointed out that Trump “has already said on many occasions during the debates that he is ready to finish the conflict in Ukraine literally overnight” — and the Russian leader replied that Moscow took such statements seriously. “Of course, I do not know what he might propose as to how he would go about it – and that, naturally, is the key question,” he said.')).quotes;
    expect(reply.map((q) => q.misattributed)).toEqual([false, false]);
    expect(attributed('The questioner from RT wanted to know: “should the Taliban join the dialogue on terrorist threats?” Putin said the Taliban were allies.')).not.toBe('Vladimir Putin');
  });

  it('a "he" after one who only asked is more likely the one asked — a guess, never a flag', () => {
    const [q] = checker.checkArticle(blocks('Channel One’s Anton Vernitsky asked Vladimir Putin whether he was satisfied with the organisation’s work.', 'He was, and said why: the SCO was “a platform to agree positions among the member countries”.')).quotes;
    expect(q?.misattributed).toBe(false);
    expect(q?.attributedTo).toBe('Vladimir Putin');
    // "… of Channel One started gently, asking whether the president was …": the same.
    const asking = checker.checkArticle(blocks('Anton Vernitsky of Channel One started gently, asking whether the president was “happy with how effective the SCO is” in a turbulent world. He was, broadly. “The SCO is a useful organisation,” he said.')).quotes;
    expect(asking.map((x) => [x.attributedSpeakerId === 'anton-vernitsky', x.misattributed])).toEqual([[true, false], [false, false]]);
  });

  it('"Nobody" opening a sentence is nobody: the next "he" is still the one named before', () => {
    const [q] = checker.checkArticle(blocks('Putin spoke about Belarus. Nobody claimed it was impossible, he added. It was, he said, “if not revolutionary”, a step.')).quotes;
    expect(q?.attributedTo).toBe('Vladimir Putin');
  });

  it('one met is not the speaker ("President says meeting Putin in Astana was “…”")', () => {
    const [q] = checker.checkArticle([{ text: 'Erdoğan: $25bn turnover very insignificant', kind: 'heading' }, { text: 'President says meeting Putin in Astana was “a very important step”' }]).quotes;
    expect(q?.misattributed).toBe(false);
  });

  it('a body named as the owner of a text before a colon ("The Kremlin\'s English has it like this:") is the record, not a speaker', () => {
    const [q] = checker.checkArticle(blocks('Putin answered the question about mediators.', 'The Kremlin’s English has it like this: “The competencies of these mediators are not the only crucial issue, but their authority, too.”')).quotes;
    expect(q?.misattributed).toBe(false);
  });

  it('a topic label that sets two against each other ("16:30 Biden vs Trump: “…”") gives no one the floor', () => {
    const [q] = checker.checkArticle(blocks('Chapters:', '16:30 Biden vs Trump: “Do you think we didn’t know what would happen?”')).quotes;
    expect(q?.misattributed).toBe(false);
  });

  it('"Putin, for his part, told the Emir:" is Putin\'s; "quoted Putin as citing “…”" is Putin\'s', () => {
    const parts = checker.checkArticle(blocks('Sheikh Tamim told Putin: “Thank you sincerely for entrusting us with helping to return Russian and Ukrainian children to their families.” Putin, for his part, told the Emir: “It is through your mediation that we have been able to reunite children with their families on both the Russian and the Ukrainian side.”')).quotes;
    expect(parts[1]?.attributedTo).toBe('Vladimir Putin');
    expect(parts[1]?.misattributed).toBe(false);
    const cited = checker.checkArticle(blocks('Aliyev said: “It is also clear from the growth in trade.” A Russian news site quoted Putin as citing “a growth rate of approximately 13 percent in the first half of this year”.')).quotes;
    expect(cited[1]?.attributedTo).toBe('Vladimir Putin');
  });

  it('"The Kremlin transcript has Putin saying:" credits Putin, not the Kremlin', () => {
    const [q] = checker.checkArticle(blocks('Aliyev spoke of the corridor.', 'The Kremlin transcript has Putin saying: “I hope we will discuss this further.”')).quotes;
    expect(q?.attributedTo).toBe('Vladimir Putin');
    expect(q?.misattributed).toBe(false);
  });

  it('"The Kremlin transcript says “…”" names the record of someone\'s words, no flag; "A Kremlin readout said" is the Kremlin\'s own summary', () => {
    const [transcript] = quotes('The Kremlin transcript says “irreversible and acceptable to the Russian Federation”.');
    expect(transcript?.misattributed).toBe(false);
    const [readout] = quotes('A Kremlin readout said: “We have started supplying energy resources to Pakistan, and we are ready to further increase these supplies.”');
    expect(readout?.misattributed).toBe(true);
  });

  it('a quote inside the question of one who asked is the asker\'s ("Asked by Kolesnikov whether …, “…,” Putin recounted"), not one after the main clause; "as his host said …, “…”" credits no one the article names', () => {
    const [inQuestion] = quotes('Asked by Kommersant’s Andrei Kolesnikov whether a ceasefire could come first, “without any preconditions,” Putin recounted his version of the spring of 2022.');
    expect([inQuestion?.attributedSpeakerId, inQuestion?.misattributed]).toEqual(['andrei-kolesnikov', false]);
    const [answer] = quotes('Asked by Zarubin whether the bet was off, Putin said, “Nothing has changed.”');
    expect(answer?.attributedSpeakerId).toBe('vladimir-putin');
    const [host] = quotes('Erdogan, seated across the table, nodded as his host said trade had slipped but was still “relatively high”.');
    expect(host?.misattributed).toBe(false);
    expect(host?.attributedSpeakerId).not.toBe('recep-tayyip-erdogan');
  });

  it('no flag for words that speak of the one credited by name ("what Mr Trump says", its "he" resolved to Trump)', () => {
    const found = quotes('Aisel Gereikhanova of Rossiyskaya Gazeta then turned to Donald Trump. “How seriously do you take these pledges?” she asked. “We take quite seriously what Mr Trump says as a candidate about his readiness and desire to stop the war in Ukraine,” he said.');
    expect(found[1]?.misattributed).toBe(false);
    // Another leader credited with words that do not name him still is one.
    expect(quotes('Xi said: “We take seriously what Mr Trump says as a candidate about his readiness and desire to stop the war in Ukraine.”')[0]?.misattributed).toBe(true);
    // A role is no name: "Mr President" in the words does not speak of "the Chinese president".
    expect(quotes('The Chinese president said: “I am very glad to meet with you again, Mr President.”')[0]?.misattributed).toBe(true);
  });

  it('a participle past a dash speaks for the one named after the dash ("— a point Sharif did not take up, instead telling his host:")', () => {
    const [q] = quotes('Russia, Putin said, was helping Pakistan’s food security by increasing grain deliveries — a point Sharif did not take up, instead telling his host: “We have a whole lot to do, and we can benefit from your experience.”');
    expect([q?.attributedSpeakerId, q?.misattributed]).toEqual(['shehbaz-sharif', false]);
  });

  it('"reported him saying of Trump:" has "him" speak: the next "he" is not Trump', () => {
    const found = quotes(
      'Putin’s reply was “Nothing has changed”.',
      'Several outlets reported him saying of Trump: “he is sincere, and we support him”',
      'That version is wrong. What he said was, in my notes, “I have no doubt he is saying it sincerely, and we support that”.',
    );
    expect(found.map((q) => [q.attributedSpeakerId, q.misattributed])).toEqual([
      ['vladimir-putin', false],
      ['vladimir-putin', false],
      ['vladimir-putin', false],
    ]);
  });

  it('a block quote introduced as the Kremlin\'s version of a text ("The Kremlin\'s own English version … reads:") is not credited to the Kremlin', () => {
    const [q] = checker.checkArticle([
      { text: 'Putin spoke in Russian at the SCO Plus session. The Kremlin’s own English version of one key sentence reads:', kind: 'paragraph' },
      { text: '“They were initialed by Ukraine’s chief negotiator, which means that, to all appearances, Ukraine found them acceptable.”', kind: 'blockquote' },
    ]).quotes;
    expect(q?.attributedTo).not.toBe('the Kremlin');
    expect(q?.misattributed).toBe(false);
  });

  it('"The host, for his part, said:" after another speaker credits no one the corpus knows, never that speaker', () => {
    const q = checker.checkArticle(blocks('Aliyev told his host: “We have been working together as allies for more than two years.” The host, for his part, said: “I would also like to acknowledge the cultural aspect.”')).quotes;
    expect(q[1]?.misattributed).toBe(false);
  });

  it('a "he" after a sentence with two subjects of their own ("Lukashenko had lobbied …, and Putin credited him …") is a guess, never a flag', () => {
    const [q] = checker.checkArticle(blocks('Lukashenko had lobbied for membership for years, and Putin credited him with the success. “It is important for Belarus, because it remains a large exporter of mineral fertiliser,” he said.')).quotes;
    expect(q?.misattributed).toBe(false);
  });

  it('the article\'s headline ("Sharif pitches …", "Emir tells Putin …") heads a report, not a section of one speaker\'s words', () => {
    const sharif = checker.checkArticle([{ text: 'Sharif pitches return to trade “under barter”', kind: 'heading' }, { text: 'Putin pointed to energy and farming. “We have begun delivering energy to Pakistan and are prepared to increase those deliveries further,” he said. “Russia is working actively to help Pakistan’s food security by raising grain deliveries to the Pakistani market.”' }]).quotes;
    expect(sharif.find((q) => q.text.startsWith('Russia is working'))?.misattributed).toBe(false);
    const emir = checker.checkArticle([{ text: 'Emir tells Putin situation in Gaza “intolerable”', kind: 'heading' }, { text: 'Putin was candid about the economic relationship. “Our trade in absolute numbers is modest,” he said.' }, { text: 'He thanked the Emir for Qatar’s role as “among the most effective go-betweens for Hamas and Israel”, and for its work on the Ukraine conflict.' }]).quotes;
    expect(emir.find((q) => q.text.includes('go-betweens'))?.misattributed).toBe(false);
  });

  it('"He did, however, acknowledge of Biden that “…”" is his, not Biden\'s', () => {
    const [q] = checker.checkArticle(blocks('“I have enough on my plate, so I don’t particularly keep track of what is going on over there,” the Russian leader said.', 'He did, however, acknowledge of Biden that “his participation in the race is in question”.')).quotes.slice(1);
    expect(q?.attributedTo).toBe('Vladimir Putin');
  });

  it('"the Mongolian President" is the president of Mongolia named before, though the transcript does not quote him', () => {
    const q = checker.checkArticle(blocks('President of Mongolia Ukhnaagiin Khurelsükh held talks with Vladimir Putin in Astana.', 'Speaking at the SCO Plus meeting the next day, the Mongolian President said: “Mongolia will continue to take part in the work of the SCO as an observer state.”')).quotes;
    expect(q[0]?.attributedTo).toBe('Ukhnaagiin Khurelsükh');
  });

  it('a possessive credit with no speech verb ("led with Putin’s remark that “…”", "Xi’s formula of the SCO as “…”") is a credit, and flags', () => {
    const q = checker.checkArticle(blocks('On Gaza, the bulletin led with Putin’s remark that “the current situation is intolerable”, over footage of the two men.', 'Xi’s formula of the SCO as “one of the main pillars of a fair multipolar world order” was carried by several portals.', 'Putin’s own framing - "the need to begin the production of intermediate- and shorter-range missile strike systems" - left the question open.')).quotes;
    expect(q.map((x) => [x.attributedTo, x.misattributed])).toEqual([['Vladimir Putin', true], ['Xi Jinping', true], ['Vladimir Putin', true]]);
    // ...past what the account is of, to a dash: an institution credited with a person's words.
    const account = checker.checkArticle(blocks('The Kremlin’s account of the spring of 2022 — “It was Ukraine that walked out of the talks” — has not changed in two years.')).quotes;
    expect([account[0]?.attributedTo, account[0]?.misattributed]).toEqual(['the Kremlin', true]);
    // The owner's own words are his, unflagged; a bare "his" gives no credit.
    const own = checker.checkArticle(blocks('The emir’s assurance that “the current situation is intolerable” was carried by Al Jazeera.')).quotes;
    expect([own[0]?.attributedSpeakerId, own[0]?.misattributed]).toEqual(['tamim-bin-hamad-al-thani', false]);
  });

  it('a "he" after one who only asked, named by outlet ("a reporter from the Life news site", "On Thursday a Rossiya television reporter asked Putin"), is the one asked', () => {
    const life = checker.checkArticle(blocks('The next day a reporter from the Life news site asked Putin about the slide. He said Turkish partners had told him trade had fallen “from US$63 billion to US$55 billion” in value terms.')).quotes;
    expect([life[0]?.attributedSpeakerId, life[0]?.misattributed]).toEqual(['vladimir-putin', false]);
    const rossiya = checker.checkArticle(blocks('On Thursday a Rossiya television reporter asked Putin whether his view of the American election had changed since the Biden–Trump debate. “Nothing has changed,” he said.')).quotes;
    expect([rossiya[0]?.attributedSpeakerId, rossiya[0]?.misattributed]).toEqual(['vladimir-putin', false]);
  });

  it('a straight mark after a space opens a quote, even before words that read like a credit ("Putin acknowledged that "the Kabul authorities have said …"")', () => {
    const q = checker.checkArticle(blocks('Putin acknowledged that "the Kabul authorities have said many times that they are interested in fully joining the Organisation". On membership, he said: "Such decisions are always taken by consensus."')).quotes;
    expect(q[1]?.attributedSpeakerId).toBe('vladimir-putin');
  });

  it('one named as the owner of what does not speak ("Putin’s Astana press pool: “…”") is a guess, not a credit; "Putin’s answer:" is his', () => {
    const pool = checker.checkArticle(blocks('Putin’s Astana press pool: “What, or who, is standing in our way?”')).quotes;
    expect(pool[0]?.misattributed).toBe(false);
    const answer = checker.checkArticle(blocks('Putin’s answer: “What, or who, is standing in our way?”')).quotes;
    expect(answer[0]?.misattributed).toBe(true);
  });

  it('round twenty-five credits: a headline\'s lower-case "emir tells Putin"; the one who rose at Putin\'s news conference, not its owner; a question\'s words under "Asked by Kommersant whether"', () => {
    const [emir] = checker.checkArticle(blocks('“The current situation is intolerable,” emir tells Putin')).quotes;
    expect([emir?.attributedSpeakerId, emir?.misattributed]).toEqual(['tamim-bin-hamad-al-thani', false]);
    const [rose] = checker.checkArticle(blocks('When Alexander Yunashev of the Life channel rose at Vladimir Putin’s closing news conference in Astana on Thursday, he framed the Turkish relationship as one in trouble: trade between the two countries, he said, “is declining”.')).quotes;
    expect([rose?.attributedSpeakerId, rose?.misattributed]).toEqual(['alexander-yunashev', false]);
    const [asked] = checker.checkArticle(blocks('Putin spoke to reporters.', 'Asked by Kommersant whether "a ceasefire along the contact line" was possible before talks began, he said no.')).quotes;
    expect([asked?.attributedSpeakerId ?? null, asked?.misattributed]).toEqual([null, false]);
    const [asker] = checker.checkArticle(blocks('Asked by a Kommersant correspondent whether a ceasefire was possible “before peace negotiations begin, without any preconditions”, Vladimir Putin answered with a history lesson.')).quotes;
    expect([asker?.attributedSpeakerId, asker?.misattributed]).toEqual(['andrei-kolesnikov', false]);
  });

  it('words relayed by one named person are the relayer\'s ("Mukhametshina noted that Zelensky had said he “…”", "Putin relayed Lukashenko\'s view that “…”"); a "she" is no man the corpus knows', () => {
    const noted = checker.checkArticle(blocks('Vedomosti’s Yelena Mukhametshina noted that Volodymyr Zelensky had said he “considered negotiations with Russia possible through mediators”.', 'She then asked “who could serve as mediator in this case?”')).quotes;
    expect(noted.map((q) => [q.attributedSpeakerId, q.misattributed])).toEqual([['yelena-mukhametshina', false], ['yelena-mukhametshina', false]]);
    const relayed = checker.checkArticle(blocks('Putin relayed Alexander Lukashenko’s view that “not political but economic issues must be addressed at the first stage”, and said he agreed with the Belarusian leader.')).quotes;
    expect([relayed[0]?.attributedSpeakerId, relayed[0]?.misattributed]).toEqual(['vladimir-putin', false]);
    // (So is what she passes on from reports: "She added that, according to some reports, Trump “…”".)
    const reports = checker.checkArticle(blocks('Rossiyskaya Gazeta’s Aisel Gereikhanova asked about the US election.', 'She added that, according to some reports, Trump “may stop NATO expansion to the East,” and asked how seriously the Russian leader took such promises.')).quotes;
    expect([reports[0]?.attributedSpeakerId, reports[0]?.misattributed]).toEqual(['aisel-gereikhanova', false]);
    // The relayer credited with another's words is still flagged: Putin did not relay Trump, the journalist did.
    const putin = checker.checkArticle(blocks('Putin noted that Trump had said he was “ready to finish the conflict in Ukraine literally overnight”.')).quotes;
    expect([putin[0]?.attributedSpeakerId, putin[0]?.misattributed]).toEqual(['vladimir-putin', true]);
    // A promise relayed by no one named ("a reporter …, who noted that Trump had promised to end the conflict “…”"):
    // the one who promised, a guess, never a flag.
    const promise = checker.checkArticle(blocks('The question came from a reporter for the government newspaper, who noted that Trump had promised to end the conflict “in Ukraine literally overnight”.')).quotes;
    expect([promise[0]?.attributedTo, promise[0]?.misattributed]).toEqual(['Donald Trump', false]);
  });

  it('a quote that ended its sentence ends it for a new one that gives the floor ("Putin’s response: “…”", "Putin praised …, saying"), not the one who spoke before', () => {
    const q = checker.checkArticle(blocks('Shehbaz Sharif pitched barter: “I believe now is the moment to get past financial and banking obstacles by reviving and widening our barter trade.” Putin’s response: “We have begun supplying energy resources to Pakistan and are prepared to increase these supplies further.”')).quotes;
    expect(q.map((x) => [x.attributedSpeakerId, x.misattributed])).toEqual([['shehbaz-sharif', false], ['vladimir-putin', false]]);
    // So does a question that ended its sentence after "asked", and a new sentence with a speech verb and a person named.
    const asked = checker.checkArticle(blocks('Aisel Gereikhanova of Rossiyskaya Gazeta asked: “How seriously do you yourself take these promises?” Putin’s response: “We take quite seriously what Mr Trump says as a presidential candidate about his readiness and desire to stop the war in Ukraine.”')).quotes;
    expect(asked.map((x) => [x.attributedSpeakerId, x.misattributed])).toEqual([['aisel-gereikhanova', false], ['vladimir-putin', false]]);
    const saying = checker.checkArticle(blocks('Aliyev said: "Settlements in national currencies already make up more than 70 percent of Azerbaijan\'s exports to Russia." Putin praised Baku’s support for the Russian language, saying "there are over 300 schools in Azerbaijan that provide instruction in Russian".')).quotes;
    expect(saying[1]?.attributedSpeakerId).toBe('vladimir-putin');
  });

  it('a listicle\'s items are the words of the one its headline names ("Five things Putin said in Astana"), not of the person an item is about', () => {
    const q = checker.checkArticle([
      { text: 'Five things Putin said in Astana', kind: 'heading' },
      { text: 'Vladimir Putin closed his trip with a press conference. From the Taliban to Donald Trump, here is what stood out.', kind: 'paragraph' },
      { text: '3. Afghanistan', kind: 'heading' },
      { text: '“The Islamic State is the most dangerous of them.”', kind: 'paragraph' },
      { text: '4. Donald Trump', kind: 'heading' },
      { text: '“I don\'t know his possible proposals as to how he is going to do it – this is, of course, the key question.”', kind: 'paragraph' },
    ]).quotes;
    // (The first was the RT reporter's question: flagged; the second is Putin's.)
    expect(q.map((x) => [x.attributedSpeakerId, x.misattributed])).toEqual([['vladimir-putin', true], ['vladimir-putin', false]]);
  });

  it('two named together after a quote ("“…”: what Xi and Putin told each other") credit neither', () => {
    const [q] = checker.checkArticle([{ text: '‘Best period in history’: what Xi and Putin told each other, and why Delhi is watching', kind: 'heading' }]).quotes;
    expect([q?.attributedTo ?? null, q?.misattributed]).toEqual([null, false]);
  });

  it('"For Putin, …, he told reporters" gives the "he" to the one whose view the sentence opens on; "citing Putin’s figures that “…”" is Putin', () => {
    const q = checker.checkArticle(blocks('Jaishankar added his own gloss to reporters: “India does not believe in bloc politics.”', 'For Vladimir Putin, the SCO remains a platform for coordinating the positions of member countries, he told Russian reporters, listing “China, Russia, India and Pakistan” among them. He reminded them of the sheer weight of the two Asian giants, “China or India, with more than 1.5 billion people each”.')).quotes;
    expect(q.slice(1).map((x) => [x.attributedSpeakerId, x.misattributed])).toEqual([['vladimir-putin', false], ['vladimir-putin', false]]);
    // ("Sharif thanked Putin, who he said had been “very kind”": the clause's own "he" says it, not the one it is about.)
    const [kind] = checker.checkArticle(blocks('Sharif also thanked Putin, who he said had been “very kind” in agreeing to an oil shipment last year.')).quotes;
    expect([kind?.attributedSpeakerId, kind?.misattributed]).toEqual(['shehbaz-sharif', false]);
    const cited = checker.checkArticle(blocks('“The facts speak for themselves,” the Kremlin said in its account of the president’s address, citing Putin’s figures that “average GDP growth in SCO countries exceeded 5% last year, industrial output rose 4.5% and inflation was only 2.4%.”')).quotes;
    expect([cited[1]?.attributedSpeakerId, cited[1]?.misattributed]).toEqual(['vladimir-putin', false]);
  });

  it('a few words holding an amount no sentence around them reports are altered when the credited speaker gave another ("2.2 million trips", "approaching $10 billion"), and so is "we support him" for "we support it"', () => {
    const [trips] = checker.checkArticle(blocks('Tourism is booming too: Putin boasted of “2.2 million trips” between the two countries.')).quotes;
    expect([trips?.verdict, trips?.changes]).toEqual(['altered', ['number: “1.2 million” → “2.2 million”']]);
    const [trade] = checker.checkArticle(blocks('Shehbaz Sharif said bilateral trade was “approaching $10 billion” and pitched barter.')).quotes;
    expect(trade?.verdict).toBe('altered');
    // The speaker's own figure is no change; another speaker's words are not searched.
    const [same] = checker.checkArticle(blocks('Tourism is booming too: Putin boasted of “1.2 million trips” between the two countries.')).quotes;
    expect(same?.verdict).not.toBe('altered');
    const [other] = checker.checkArticle(blocks('Tourism is booming too: Lukashenko boasted of “2.2 million trips” between the two countries.')).quotes;
    expect(other?.verdict).not.toBe('altered');
    // A currency's name is the amount's, not a word to look for: "four billion dollars" is Putin's "US$4 billion"
    // to Aliyev, not his "US$55 billion, if we count in US dollars" to Erdogan.
    const [dollars] = checker.checkArticle(blocks('Trade turnover, Putin told Aliyev, “is above four billion dollars”.')).quotes;
    expect(dollars?.verdict).not.toBe('altered');
    // ...and a few words the speaker's own but for one word that carries the meaning: a negation or "only" put in, a
    // place put for another — but not a figure the speaker gives elsewhere, nor a word that says "not" too.
    const owf = (text: string) => checker.checkArticle(blocks(text)).quotes.map((q) => [q.verdict, q.changes]);
    expect(owf('Putin told the leaders that “we do not support it”.')).toEqual([['altered', ['word: added “not”']]]);
    expect(owf('Putin called the SCO “the only independent centre” of the new world.')).toEqual([['altered', ['word: added “only”']]]);
    expect(owf('Erdogan told Putin the plant was “in the city of Samsun”.')).toEqual([['altered', ['word: “Sinop” → “Samsun”']]]);
    expect(owf('Putin called the SCO “an independent centre” of the new world.')[0]?.[0]).toBe('verbatim');
    expect(owf('Payments in national currencies had reached “more than 92 percent”, Putin said.')[0]?.[0]).not.toBe('altered');
    expect(owf('In physical terms, Putin said, “little has changed”.')[0]?.[0]).not.toBe('altered');
    // So are the speaker's own words but for a person put for a thing: "we support him" for "we support it".
    const [him] = checker.checkArticle(blocks('Putin on Trump’s peace pledge: “we support him”')).quotes;
    expect([him?.verdict, him?.changes]).toEqual(['altered', ['pronoun: “it” → “him”']]);
    // ...in a headline's short phrase too, where a phrase is otherwise left unchecked.
    const [headline] = checker.checkArticle([{ text: '‘We support him’: Why Putin’s kind words for Trump are a trap', kind: 'heading' }, { text: 'Donald Trump has promised to end the war.' }]).quotes;
    expect([headline?.verdict, headline?.changes]).toEqual(['altered', ['pronoun: “it” → “him”']]);
  });

  it('"The answer:" in a section headed by the journalist who asked is not the journalist\'s', () => {
    const q = checker.checkArticle([
      { text: 'Who asked what in Astana', kind: 'heading' },
      { text: 'Twelve reporters, one president.', kind: 'paragraph' },
      { text: 'Anna Derkach, MIR', kind: 'heading' },
      { text: 'The question: “What does this open up for the organisation?” — on Belarus\'s accession. The answer: Belarus “remains an important part of the Shanghai Cooperation Organisation, because Belarus is Eastern Europe”.', kind: 'paragraph' },
    ]).quotes;
    expect(q.map((x) => [x.attributedSpeakerId ?? null, x.misattributed])).toEqual([['anna-derkach', false], [null, false]]);
  });

  it('a printed transcript\'s lines are quotes: a question the named journalist\'s, an answer the headline\'s person\'s; an editor\'s bracketed summary is no one\'s', () => {
    const q = checker.checkArticle([
      { text: 'Transcript: what Putin told reporters in Astana', kind: 'heading' },
      { text: 'Below is an abridged transcript, translated from the Russian.', kind: 'paragraph' },
      { text: 'Q (Alexander Gamov, Komsomolskaya Pravda): Is it time to return to the original plans for the Union State?', kind: 'paragraph' },
      { text: 'A: Today, integration processes have reached an unprecedented level, even considering our defence ties.', kind: 'paragraph' },
      { text: 'Q (Dmitry Laru, Izvestia): Is Russia going to take the Taliban off its list of banned organisations?', kind: 'paragraph' },
      { text: 'A: [Putin said membership was a matter for consensus.]', kind: 'paragraph' },
    ]).quotes;
    // (The first answer is Gamov's own words, printed under "A:": flagged.)
    expect(q.map((x) => [x.attributedSpeakerId, x.misattributed])).toEqual([['alexander-gamov', false], ['vladimir-putin', true], ['dmitry-laru', false]]);
    // A lone "A:" line on a page with no question is an ordinary paragraph.
    expect(checker.checkArticle(blocks('A: Today, integration processes have reached an unprecedented level, even considering our defence ties.')).quotes).toEqual([]);
    // A label standing alone, its words in the next block (a definition list's <dt>/<dd>), reads that block.
    const listed = checker.checkArticle(htmlToBlocks('<article><h1>Putin in Astana: the questions and the answers</h1><dl><dt>Q (Anton Vernitsky, Channel One):</dt><dd>Is the SCO effective enough in this turbulent world?</dd><dt>A (Putin):</dt><dd>The SCO is a useful organisation.</dd></dl></article>')).quotes;
    expect(listed.map((x) => [x.text, x.attributedSpeakerId, x.verdict])).toEqual([
      ['Is the SCO effective enough in this turbulent world?', 'anton-vernitsky', 'translation'],
      ['The SCO is a useful organisation.', 'vladimir-putin', 'verbatim'],
    ]);
    // A quote inside an answer labelled "A." in a block of its own, under a section headed by the one who asked, is
    // the words of the one the headline names, not the asker's: the reporter's premise printed there is flagged.
    const answered = checker.checkArticle(htmlToBlocks('<article><h1>Putin in Astana: the questions and the answers</h1><h2>Ksenia Chernyayeva, Interfax</h2><dl><dt>Q.</dt><dd>Can the old agreements be revived?</dd><dt>A.</dt><dd>“It is the United States that has wrecked the basic documents on which international security and stability rested.” “At the moment the entire previous system of strategic stability has in fact been cancelled.”</dd></dl></article>')).quotes;
    expect(answered.map((x) => [x.attributedSpeakerId, x.misattributed])).toEqual([['vladimir-putin', false], ['vladimir-putin', true]]);
  });

  it('reported speech shifts the owner ("Xi said the two sides would go on “to safeguard their legitimate rights”" for "our"); a capital for its country is no change of name', () => {
    const [their] = checker.checkArticle(blocks('Xi Jinping said the two sides would continue to support each other firmly “to safeguard their legitimate rights and interests”.')).quotes;
    expect(their?.verdict).not.toBe('altered');
    const [athens] = checker.checkArticle(blocks('Putin recalled the euro crisis: “there was no drachma, so Athens could not regulate its domestic economic processes using its national currency,” he said.')).quotes;
    expect(athens?.verdict).not.toBe('altered');
    // The speaker's own words turned to a third person in a quote that stands alone still alter them.
    const [alone] = checker.checkArticle(blocks('“To safeguard their legitimate rights and interests,” Xi Jinping said.')).quotes;
    expect(alone?.verdict).toBe('altered');
  });

  it('a name with small words inside ("Luiz Inácio Lula da Silva", "Ursula von der Leyen") is one person, another speaker', () => {
    const q = checker.checkArticle(blocks('Brazil’s president, Luiz Inácio Lula da Silva, whose country helped found BRICS, insists the club threatens no one: “BRICS is not being built against anyone.”')).quotes;
    expect([q[0]?.attributedTo, q[0]?.verdict]).toEqual(['Luiz Inácio Lula da Silva', 'not_found']);
  });

  it('"the Belarusian leader" is the president of Belarus named before ("Aleksandr Lukashenko"), a credit to another speaker', () => {
    const q = checker.checkArticle(blocks('Aleksandr Lukashenko, speaking at the summit, said: “Belarus has come to the SCO not as a guest, but to work.”', '“We are not joining anyone against anyone, we are joining for the sake of cooperation,” the Belarusian leader said.')).quotes;
    expect(q[1]?.attributedTo).toBe('Alexander Lukashenko');
    expect(q[1]?.verdict).toBe('not_found');
  });

  it('"16:40 The Qatari ruler told Putin: “…” He added: “…”" — the "he" is the ruler, not the one told', () => {
    const q = checker.checkArticle(blocks('16:40 The Qatari ruler told Putin: “We are very proud of and deeply value the strong relations between Russia and Qatar, which rest on mutual respect and trust.” He added: “Only yesterday, over dinner, we talked about opportunities for more investment in the Russian economy.”', '12:30 Putin greeted the acting Iranian president, Mohammad Mokhber.')).quotes;
    expect(q[1]?.misattributed).toBe(false);
  });

  it('"Sharif quoted Putin as saying: “…”" is Putin\'s; "Putin was quoted by the Kremlin as telling Aliyev:" is Putin\'s, not the Kremlin\'s', () => {
    const [q] = checker.checkArticle(blocks('Sharif quoted Putin as saying: “We can also see a growth in trade, and prospects in this sphere look great.”')).quotes;
    expect(q?.attributedTo).toBe('Vladimir Putin');
    expect(q?.misattributed).toBe(false);
    const [k] = checker.checkArticle(blocks('Putin was quoted by the Kremlin as telling Azerbaijan’s Ilham Aliyev: “Our cooperation is extensive.”')).quotes;
    expect(k?.misattributed).toBe(false);
  });

  it('a record named before a colon ("The relevant passage, per the Kremlin transcript: “…”") gives the Kremlin no words', () => {
    const [q] = checker.checkArticle(blocks('Putin spoke about missiles.', 'The relevant passage, per the Kremlin transcript: “We are ready to start the production. We have already instructed the industry accordingly.”')).quotes;
    expect(q?.misattributed).toBe(false);
  });

  it('two subjects before a colon ("Putin, Emir discuss Gaza: “…”") leave the speaker open: no flag', () => {
    const [q] = checker.checkArticle([{ text: 'Putin, Emir discuss Gaza: “We seek a ceasefire, and an end to the conflict”', kind: 'heading' }]).quotes;
    expect(q?.misattributed).toBe(false);
    const [one] = checker.checkArticle(blocks('Putin thanked the Emir: “We seek a ceasefire, and an end to the conflict”')).quotes;
    expect(one?.misattributed).toBe(true);
  });

  it('words about what someone said ("what Trump said “about his readiness …”") are no line of his: never a flag', () => {
    const [q] = checker.checkArticle(blocks('Putin said Moscow took seriously what Trump said “about his readiness and desire to stop the war in Ukraine”.')).quotes;
    expect(q?.misattributed).toBe(false);
  });

  it('"He thanked the Russian president for … “…”" is the one thanking, not the one thanked', () => {
    const [q] = checker.checkArticle(blocks('Sharif met Putin in Astana. He thanked the Russian president for the oil shipment from “your great country”.')).quotes;
    expect(q?.attributedTo).toBe('Shehbaz Sharif');
  });

  it('a quote in a clause of its own after the speech verb ("Erdoğan promised, after Putin had thanked him for … “record high”") is that clause\'s, a guess; one past the verb in another clause ("… and promised more, while Putin was frank") is not the speaker', () => {
    const q = checker.checkArticle(blocks('Tourism is easier. “This year some eight million tourists will come to our country,” Erdoğan promised, after Putin had thanked him for the conditions that made last year’s flow of Russian visitors “record high”.')).quotes;
    expect(q[1]?.misattributed).toBe(false);
    const [emir] = checker.checkArticle(blocks('The emir put Qatari investment in Russia at “approximately $13 billion” and promised more, while Putin was frank about the rest of the relationship.')).quotes;
    expect(emir?.misattributed).toBe(false);
    expect(emir?.attributedTo).toBe('Tamim bin Hamad Al Thani');
    const [he] = checker.checkArticle(blocks('Sharif spoke first. He had opened by congratulating Putin on his re-election and predicting progress under “your able leadership”.')).quotes;
    expect(he?.attributedTo).toBe('Shehbaz Sharif');
  });

  it('a quote in a side clause is that clause\'s: "— after Putin had thanked him for “…”", ", after Yunashev of Life had said that “…”", "Putin, after Vernitsky had asked whether … “…”, defended", "Asked by Courter of RT whether … “…”"', () => {
    const cases = [
      '“Some seven million tourists will come to our country,” Erdogan said — after Putin had thanked him for “the conditions the country has created for Russian tourists”.',
      '“It is growing now,” Vladimir Putin shot back, after Alexander Yunashev of Life had said that “trade between our countries is declining”.',
      'Vladimir Putin, after Anton Vernitsky of Channel One had asked whether the organisation managed “to respond to all the challenges”, defended the bloc.',
      'Asked by Donald Courter of RT whether the Taliban should “join the dialogue on terrorist threats”, Vladimir Putin replied that “any authority in power is interested in its own stability”.',
      'Asked about his view of the law of treaties, Putin listened, shrugged and replied: “You know, even at university I studied private, not public, international law, and wrote my thesis on it,” after Ksenia Chernyayeva had asked whether the treaties could be renewed “or will they never be relevant again”.',
    ];
    for (const text of cases) for (const q of checker.checkArticle(blocks(text)).quotes) expect(q.misattributed, q.text).toBe(false);
    // (Said outright in the side clause, it is a credit: "while Putin called a turnover of $25bn “very insignificant”".)
    const [called] = checker.checkArticle(blocks('Erdogan said trade had seen a dip, while Putin called a turnover of $25bn “very insignificant”.')).quotes;
    expect(called?.misattributed).toBe(true);
  });

  it('"Putin paused, smiled and then said:" is Putin\'s; "X\'s remark that “…” drew a reply from Y: “…”" is Y\'s; a relative clause closed after its quote leaves "said" to the main clause', () => {
    const cases = [
      'Asked whether Trump meant what he said, Putin paused, smiled and then said: “I have no doubt that he is saying it sincerely.”',
      'As Xi turned to China’s coming chairmanship, Putin listened, nodded and then said: “We will certainly support China’s chairmanship of the SCO in 2024–2025 in every way.”',
      'Alexander Gamov’s suggestion that Russia “could address Verkhovna Rada directly” drew a curt reply from Vladimir Putin: “this makes no sense while the power is usurped by the ruling elite.”',
      'Putin’s remark that “our approaches to key items on the international agenda overlap” drew a reply from Mokhber: “the strategic relations between Iran and Russia interfere with the global dominance equation.”',
      'Vladimir Putin, answering Anna Derkach of MIR, who had noted that Belarus was as of that day “officially a SCO member”, said “it now has a way to the Caspian Sea via Russia”.',
      'Erdogan put the trade target at “We have set a goal of US$100 billion, and I believe we will achieve it”, while Vladimir Putin, who had opened the talks by noting that trade “still remains relatively high: US$55 billion”, added that last year “the Russian tourist flow in Turkiye was record high with 6.3 million of our tourists visiting Turkiye”.',
    ];
    for (const text of cases) for (const q of checker.checkArticle(blocks(text)).quotes) expect(q.misattributed, q.text).toBe(false);
  });

  it('the subject of what a verb after the quote reports is not the speaker ("… “just declare” a ceasefire, says Trump is sincere")', () => {
    const [q] = checker.checkArticle([{ text: 'Putin says Russia cannot “just declare” a ceasefire, says Trump is sincere about ending war', kind: 'heading' }]).quotes;
    expect(q?.attributedTo).toBe('Vladimir Putin');
  });

  it('a "he" is no woman named before it ("Anna Derkach … noted: “…”" then "He noted that “…”"); a sentence of reported speech after a quote ("“…” He said he found …") is no credit for it', () => {
    const q = checker.checkArticle(blocks('Russian President Vladimir Putin said Belarus’ accession has taken the organisation to the European continent.', 'Anna Derkach of the MIR TV and radio company noted: “As of today, Belarus is officially an SCO member.”', 'He noted that “it now has a way to the Caspian Sea via Russia, and then, say, via Kazakhstan and Uzbekistan, further to Iran”.')).quotes;
    expect(q[1]?.attributedTo).toBe('Vladimir Putin');
    expect(q[1]?.misattributed).toBe(false);
    const [m] = checker.checkArticle(blocks('Putin spoke of mediation.', 'BRECK: Vedomosti’s Yelena Mukhametshina asked him who, quote, "could serve as mediator in this case." He said he found a settlement through mediators unlikely.')).quotes;
    expect(m?.misattributed).toBe(false);
     // (Known from the corpus's people, not from a list of given names: "Aisel", "Rossina" and "Ksenia" are in none.)
    for (const who of ['Aisel Gereikhanova', 'Rossina Bodrova', 'Ksenia Chernyayeva']) {
      const [q2] = checker.checkArticle(blocks(`Putin spoke to the press pool.`, `${who} then put her question to Putin about missile deployment. He answered at length: “We are currently carrying out the R&D work.”`)).quotes;
      expect(q2?.attributedSpeakerId, who).toBe('vladimir-putin');
    }
  });

  it('a speech verb joined after the quote with no subject of its own (", and asked how seriously he took …") shares the speaker named before', () => {
    const [q] = checker.checkArticle(blocks('Our correspondent Aisel Gereikhanova reminded the head of state that Trump “has already said on many occasions during the debates that he is ready to finish the conflict in Ukraine literally overnight”, and asked how seriously he took such promises.')).quotes;
    expect(q?.attributedTo).toBe('Aisel Gereikhanova');
    expect(q?.misattributed).toBe(false);
  });

  it('an aside between dashes, a leading clause set against the main one, a claim owned by another and "as X put it" give the words to the right speaker', () => {
    const cases = [
      'Vladimir Putin told reporters — in answer to Ksenia Chernyayeva of Interfax, who had wanted to know whether Russia should “come up with something new, such as a unified concept, convention, or some other framework document” — that “Should these be new agreements or should we return to the old ones? This is up to the experts to decide”.',
      'Unlike Chernyayeva, who spoke of how “the entire previous system of strategic stability has been cancelled”, Putin preferred to say that “the United States has destroyed the fundamental documents that underpinned international stability and security”.',
      'Unlike Bodrova, who asked “Is it just production, or does that include deployment as well?”, Putin preferred to talk about the moratorium: “I said we were announcing a moratorium on deploying such systems until they turn up in another part of the world.”',
      'Vladimir Putin said that Alexander Gamov’s claim that “we consider Verkhovna Rada the only legitimate authority in Ukraine” was not quite how Moscow would put it.',
      'Mokhber, responding to Vladimir Putin’s remark that ties would grow stronger “regardless of the outcome of the elections in your country”, said that “the unilateral system has already become obsolete”.',
      'Putin seemed open to a revival of the old arrangements (“today is the time we can overcome financial and banking issues by renewing our trade and expanding our trade under barter”, as Sharif put it).',
      // (A remark named before a colon does not own the question that follows it.)
      'Vedomosti’s Yelena Mukhametshina asked about Volodymyr Zelensky’s remark that talks were possible through mediators: “What do you think about this idea, and who could serve as mediator in this case?”',
    ];
    for (const text of cases) for (const q of checker.checkArticle(blocks(text)).quotes) expect(q.misattributed, q.text).toBe(false);
  });

  it('a list whose verb is given once ("Aliyev spoke of “…”; Putin, of “…”"), a credit denied ("Putin did not say that “…”") and "Putin\'s thanks to “…”" give no false flag', () => {
    const cases = [
      'Ilham Aliyev spoke of national currencies covering “over 70 percent of Azerbaijan’s exports to Russia”; Vladimir Putin, of “a growth rate of approximately 13 percent in the first six months of this year”.',
      'Xi spoke of “new drivers of cooperation”; Putin, of the “Cross Years of Culture” launched in May.',
      'First, Putin did not say that “START-3, the INF Treaty and the CTBT are not in effect”; that was Ksenia Chernyayeva’s premise.',
      'Second: did Putin really say that “the Islamic State is the most dangerous of them”? He did not.',
      'Tokayev spoke first, and Putin’s thanks to “our Kazakhstani friends for organising this meeting” came at the very end of his speech.',
      // (A possessive's pledge "to end the war" is no owner of the quote after it.)
      'Asked in Astana about Donald Trump’s promise to end the war, Putin said he had no doubt that “he is saying it sincerely”.',
    ];
    for (const text of cases) for (const q of checker.checkArticle(blocks(text)).quotes) expect(q.misattributed, q.text).toBe(false);
  });

  it('one named where a "his" speaks of him ("Had the debate changed his view of Biden? “…,” he said") is not the "he"', () => {
    const [q] = checker.checkArticle(blocks('Putin was asked about the American debate. Had the debate changed his view of Biden? “Do you think we didn’t know what would happen? We did,” he said.')).quotes;
    expect(q?.attributedTo).toBe('Vladimir Putin');
  });

  it('words passed on from one to another ("Aliyev said Putin had told him that “…”"), a clause of its own after a quote ("… as Putin hails …"), a gapped list with words between, and an outlet before a side clause\'s subject give no false flag', () => {
    const cases = [
      'The two men now meet so often that Aliyev said Putin had told him that they would have “plenty to discuss even if we met every month”.',
      'Sheikh Tamim said Putin had told him that Russia “would be more than happy to host you in our country”, and he accepted the invitation on the spot.',
      'Erdogan sets “US$100 billion” trade goal as Putin hails tourist record',
      'Aliyev spoke of humanitarian ties; Putin, of Russian-language schooling as “a strong foundation with good prospects”.',
      'Putin dismissed the idea, after Vedomosti’s Yelena Mukhametshina had said that Zelensky “considered negotiations with Russia possible through mediators”.',
    ];
    for (const text of cases) for (const q of checker.checkArticle(blocks(text)).quotes) expect(q.misattributed, q.text).toBe(false);
  });

  it('a request is no question: after "Putin asked Mokhber to pass on a message", the "he" is Putin; after "Yunashev asked Putin to comment", Putin', () => {
    const [req] = checker.checkArticle(blocks('Putin asked Mokhber to pass on a message to the Supreme Leader. “Please convey my best wishes to him,” he said.')).quotes;
    expect(req?.attributedTo).toBe('Vladimir Putin');
    const [q] = checker.checkArticle(blocks('Alexander Yunashev asked Putin to comment on the fall in trade with Türkiye. “It is growing now,” he said.')).quotes;
    expect(q?.attributedTo).toBe('Vladimir Putin');
  });

  it('a quote that goes on after "“…,” he replied." keeps the "he", who is no woman named before ("Mukhametshina asked Putin …")', () => {
    const q = checker.checkArticle(blocks('Yelena Mukhametshina of Vedomosti asked Putin who could mediate. “I consider it improbable that the conflict can be settled through mediators alone,” he replied. “A mediator will not be authorised to sign any final documents.”')).quotes;
    expect(q[1]?.attributedTo).toBe('Vladimir Putin');
  });

  it('one who asked, named with his outlet ("Donald Courter of RT asked Vladimir Putin whether …"), is not the "he" who replied', () => {
    const [q] = checker.checkArticle(blocks('Donald Courter of RT asked Vladimir Putin whether the Taliban should be drawn into the dialogue on terrorist threats — allies or enemies? “The Taliban control the country, and in that sense they are, of course, our allies in the fight against terrorism,” he replied.')).quotes;
    expect(q?.attributedTo).toBe('Vladimir Putin');
    expect(q?.misattributed).toBe(false);
  });

  it('"quoted him as saying" after the quote and "quoted the president as saying:" before it credit the one quoted, not the one quoting', () => {
    const [after] = quotes('Putin spoke about the SCO economies.', '“Close economic ties clearly benefit everyone involved,” the Kremlin quoted him as saying.');
    expect([after?.attributedTo, after?.misattributed]).toEqual(['Vladimir Putin', false]);
    const [office] = quotes('Vladimir Putin called the Taliban allies.', 'Russia’s envoy for Afghanistan, Zamir Kabulov, quoted the president as saying: “We have repeatedly received signals from the Taliban that they are prepared to work with us on counter-terrorism.”');
    expect([office?.attributedTo, office?.misattributed]).toEqual(['Vladimir Putin', false]);
  });

  it('"In Putin\'s telling, “…”" credits him, as "according to Putin" does: a reporter\'s words printed so are flagged', () => {
    const [q] = quotes('Interfax’s Ksenia Chernyayeva then asked about New START. In Putin’s telling, “the entire previous system of strategic stability has been cancelled”.');
    expect([q?.attributedTo, q?.misattributed]).toEqual(['Vladimir Putin', true]);
  });

  it('a verb with no subject of its own after a comma ("Prime minister thanks Putin for …, says ties “…”") is not the object\'s: no flag', () => {
    const [q] = quotes('PM Shehbaz seeks revival of barter trade with Russia', 'Prime minister thanks Putin for crude shipment, says ties “stand on our own strength”');
    expect(q?.misattributed).toBe(false);
  });

  it('a speech verb before a semicolon does not speak the words after it: the clause after it names its own speaker (a guess)', () => {
    const [q] = quotes('The Russian leader reminded his guest that it had been a long time since his last visit to Russia; the emir, in turn, accepted and invited him to Doha “at your convenience”.');
    expect([q?.attributedTo, q?.misattributed]).toEqual(['Tamim bin Hamad Al Thani', false]);
    // (A pronoun there is still the verb's subject: "…; at the CICA summit he first offered Ankara “a gas hub”".)
    const [, hub] = quotes('Putin has called the TurkStream pipeline “a reliable route for Russian gas to Europe”; at the CICA summit in Astana in October 2022 he first offered Ankara “a gas hub”.');
    expect(hub?.attributedTo).toBe('Vladimir Putin');
  });

  it('a straight single mark opens a quote before an amount ("eyes \'$100 billion\' in trade"), not before a year cut short', () => {
    const [hundred] = quotes("Erdoğan eyes '$100 billion' in Russia trade as Putin cites slide");
    expect(hundred?.text).toBe('$100 billion');
    expect(quotes("Trade was slow in the '90s, he said.", "Trade in '24 was slow.").length).toBe(0);
  });

  it('words dated in a clause of their own after a semicolon ("…; on June 28 he told his Security Council that “…”") are another event\'s', () => {
    const q = quotes('On June 7, at the St. Petersburg forum, he talked of “mirror measures”; on June 28 he told his Security Council that “we need to start production of these strike systems.”');
    expect(q[1]?.verdict).toBe('not_found');
  });

  it('capitalised words before a title with its article ("Meeting HH the Amir, he said") are no given names: no stranger named there', () => {
    const [, thanks] = quotes('President Putin praised Doha’s role, calling Qatar “among the most effective intermediaries between Hamas and Israel.” Addressing HH the Amir, he said “it was thanks to your mediation that children were reunited with their families on both the Russian and the Ukrainian side.”');
    expect([thanks?.attributedTo, thanks?.misattributed]).toEqual(['Vladimir Putin', false]);
  });

  it('a podcast\'s labels in ordinary case, after a timestamp or before an interpreter ("[00:03:10] Xi Jinping (interpreter):"), and a tagged clip ("[CLIP] PUTIN (interpreter):"), are turns', () => {
    const q = quotes(
      '[00:03:10] Xi Jinping (interpreter): Holding meetings on the sidelines of multilateral events is not only our good tradition, it is also a symbol of the high level of Chinese-Russian ties.',
      '[CLIP] PUTIN (interpreter): We need to wait for the new administration to be formed, to see their preferences, views and plans.',
      'Anna Ruiz: That was a clip from the press conference.',
    );
    expect(q.map((x) => x.attributedTo)).toEqual(['Xi Jinping', 'Vladimir Putin']);
    expect(q[0]?.verdict).toBe('translation');
  });

  it('one named by a relation to another ("Mr Sharif’s host said …", "His host, for his part, said …") past a reported clause is unnamed: no flag', () => {
    const [, un] = quotes('The visitor told Putin: “we can benefit from your experience”. Mr Sharif’s host said the two countries’ foreign ministries also work together in various international bodies, “including the United Nations”.');
    expect(un?.misattributed).toBe(false);
    const [, desire] = quotes('Mokhber stressed that “It was Iran’s spiritual leader who devised the strategy of building very close and deep ties with Russia.” His host, for his part, said the two countries were “united by a desire to build a multipolar world order, respect all norms of international law and preserve the UN’s central role”.');
    expect(desire?.misattributed).toBe(false);
    // (A name in apposition is no aside: "The host, Kassym-Jomart Tokayev, insisted that …" is Tokayev's.)
    const [bloc] = quotes('The host, Kassym-Jomart Tokayev, insisted that the organisation was «not a bloc» and was directed against no one.');
    expect(bloc?.attributedTo).toBe('Kassym-Jomart Tokayev');
  });

  it('the Kremlin as the record of someone\'s words ("The Kremlin has him say “…”", "The Kremlin’s English says") is no speaker: no flag', () => {
    const [drachma] = quotes('Putin spoke about the euro.', 'The Kremlin has him say “there was no drachma, so Greece could not regulate its domestic economic processes using its national currency”.');
    expect(drachma?.misattributed).toBe(false);
    const [elite] = quotes('Take Putin on Ukraine’s parliament. The Kremlin’s English says power was “usurped by the ruling elite”.');
    expect(elite?.misattributed).toBe(false);
  });

  it('an outlet asking ("Channel One asks if bloc is “…”") is its reporter asking, not the sentence\'s first person: no flag', () => {
    const [q] = quotes('Putin hails SCO growth as Channel One asks if bloc is "up to the challenges"');
    expect([q?.attributedTo, q?.misattributed]).toEqual(['Anton Vernitsky', false]);
  });

  it('a sentence that begins right after a quote ending its own sentence ("“very soon.” Putin has said in the past that …") reports anew: the quote stays its own sentence\'s speaker\'s', () => {
    const [soon] = quotes('Tayyip Erdogan invited Putin to visit Turkey "very soon." Putin has said in the past that Moscow values Turkey\'s "balanced position" on the Ukraine conflict.');
    expect([soon?.attributedSpeakerId, soon?.misattributed]).toEqual(['recep-tayyip-erdogan', false]);
    // A bare credit after it still counts: "“We are ready.” Putin said on Friday."
    expect(attributed('"We are ready." Putin said on Friday.')).toBe('Vladimir Putin');
  });

  it('one named as an object before a "he" in its own sentence ("In talks with Azerbaijan’s Ilham Aliyev he called …") is not the "he"', () => {
    const [top] = quotes('The North–South route was a theme of Mr Putin’s bilateral meetings too. In talks with Azerbaijan’s Ilham Aliyev he called the corridor “our top priority”.');
    expect([top?.attributedSpeakerId, top?.misattributed]).toEqual(['vladimir-putin', false]);
  });

  it('a correction\'s "not X" ("It was Putin, not Xi Jinping, who said …") is not the speaker, and a spoken "quote," gives the words to the one telling', () => {
    const [best] = quotes('Take the most quoted line of the week. It was Putin, not Xi Jinping, who said that Russia-China relations were going through “the best period in their history”.');
    expect([best?.attributedSpeakerId, best?.misattributed]).toEqual(['vladimir-putin', false]);
    const [swap] = quotes('Xi, not Putin, said relations were going through “the best period in their history”.');
    expect([swap?.attributedSpeakerId, swap?.misattributed]).toEqual(['xi-jinping', true]);
    const [told] = quotes('Putin spoke about 2022. He says the West asked Russia to stop near Kyiv, Russia did, and then, quote, “we were told that Kyiv’s official authorities couldn’t control all of their military units”.');
    expect([told?.attributedSpeakerId, told?.misattributed]).toEqual(['vladimir-putin', false]);
    // (Not one who speaks in a relative clause before it.)
    const [sincere] = quotes('And on Donald Trump, who says he could end the war quickly, Putin said he had, quote, "no doubt that he is saying it sincerely," and that Moscow supports it.');
    expect([sincere?.attributedSpeakerId, sincere?.misattributed]).toEqual(['vladimir-putin', false]);
  });

  it('credits from round 119: a quote ended before "Putin said “…,” adding:" ends its sentence; a relative clause after a role and a colon ("Pavel Zarubin of Rossiya, the presenter of …, who recalled …: ‘…’"); a verb joined by ", and" with no subject of its own', () => {
    const [, , consensus] = quotes('Izvestia\'s Dmitry Laru noted that "the Kabul authorities have said many times that they want to become a full member of the organization." Putin said "this is not something Russia decides on its own," adding: "This is always decided by consensus."');
    expect([consensus?.attributedSpeakerId, consensus?.misattributed]).toEqual(['vladimir-putin', false]);
    const [asked] = quotes('The question came at the end of the summit in Astana from Pavel Zarubin of Rossiya, the presenter of the Kremlin’s favourite Sunday programme, who recalled their exchange in February: ‘A few months back I had the good fortune to ask you who would be better for us, Biden or Trump.’');
    expect([asked?.attributedSpeakerId, asked?.misattributed]).toEqual(['pavel-zarubin', false]);
    const [, mediators] = quotes('Meeting Qatar’s Emir, Sheikh Tamim bin Hamad Al Thani, later the same day, Putin said "it is imperative to establish a Palestinian state on the basis of the 1967 borders", and praised the emir as one of the "most effective mediators" between Hamas and Israel.');
    expect([mediators?.attributedSpeakerId, mediators?.misattributed]).toEqual(['vladimir-putin', false]);
    // (The main clause's subject, not one in what it reports: "Aliyev noted that Putin had called …, and said …" is Aliyev's.)
    const [, baku] = quotes('President Ilham Aliyev noted that Vladimir Putin had called the North-South corridor “our top priority”, and said Baku was “determined to expand the transport corridor infrastructure on the Azerbaijani side”.');
    expect(baku?.attributedSpeakerId).toBe('ilham-aliyev');
  });

  it('credits from round 120: a headline\'s bare "PM"; a relation with an aside ("The Russian president’s guest, who …, said"); a relation that says a country ("his Chinese counterpart"); a quote card\'s credit line; a block quote put to the owner of a meeting', () => {
    const [, billion] = quotes('Shehbaz to Putin: ‘Back to barter’', 'PM says bilateral trade is “approaching $1 billion” and can grow if the two countries revive barter.');
    expect([billion?.attributedSpeakerId, billion?.misattributed]).toEqual(['shehbaz-sharif', false]);
    // (An unnamed relation with an aside is no one named: not Putin, whom the aside names.)
    const [thirteen] = quotes('Putin spoke of Gaza. The Russian president’s guest, who had dined with Putin the night before, said Qatar’s investments in Russia stood at “approximately $13 billion” and that Doha intended to raise that figure.');
    expect([thirteen?.attributedSpeakerId, thirteen?.misattributed]).toEqual([null, false]);
    const [tradition] = quotes('Mr Putin met Xi Jinping on Wednesday and spoke first. His Chinese counterpart, speaking through an interpreter once Mr Putin had finished, said that meeting was “not just a good tradition of ours, but also a symbol” of ties.');
    expect([tradition?.attributedSpeakerId, tradition?.misattributed]).toEqual(['xi-jinping', false]);
    const [pillars] = quotes('Mr Putin met Xi Jinping on Wednesday and spoke first. His Chinese counterpart said the SCO was “one of the key pillars of a just multipolar world order”.');
    expect([pillars?.attributedSpeakerId, pillars?.misattributed]).toEqual(['xi-jinping', true]);
    const card = (credit: string) => checker.checkArticle(htmlToBlocks(`<article><p>Putin spoke in Astana.</p><div class="card"><p>“one of the key pillars of a just multipolar world order”</p><cite>${credit}</cite></div><p>The SCO will pass to China’s chairmanship.</p></article>`)).quotes[0];
    expect([card('Xi Jinping on the SCO · #SCOAstana')?.attributedSpeakerId, card('Xi Jinping on the SCO · #SCOAstana')?.misattributed]).toEqual(['xi-jinping', true]);
    expect([card('The Kremlin on the SCO and BRICS')?.attributedTo, card('The Kremlin on the SCO and BRICS')?.misattributed]).toEqual(['the Kremlin', true]);
    // (Nor a line that labels the next quote, where a label stands before each, as in a subtitle log.)
    const log = checker.checkArticle(htmlToBlocks('<article><p>Selected subtitles.</p><p>His Highness the Emir (Arabic)</p><blockquote>The current situation is intolerable.</blockquote><p>President Putin (Russian)</p><blockquote>In absolute terms our trade is large.</blockquote></article>')).quotes;
    expect(log[0]?.misattributed).toBe(false);
    // (A line that is a sentence is no card's credit: the words stay the one's named before.)
    expect(card('Xi Jinping spoke after him and said the chairmanship would pass to China.')?.misattributed).toBe(false);
    const [viral] = checker.checkArticle([{ text: 'A graphic shared thousands of times attributes the following to Putin’s meeting with Iran’s acting president, Mohammad Mokhber:' }, { text: 'I am confident that our relations will grow stronger depending on the outcome of the elections in your country.', kind: 'blockquote' }]).quotes;
    expect([viral?.attributedSpeakerId, viral?.verdict, viral?.misattributed]).toEqual(['vladimir-putin', 'altered', false]);
    // (One named as speaking at the meeting still speaks: "At Putin’s meeting with …, Mohammad Mokhber said:".)
    const [said] = checker.checkArticle([{ text: 'At Putin’s meeting with Iran’s acting president, Mohammad Mokhber said:' }, { text: 'I am confident that our relations will grow stronger regardless of the outcome of the elections in your country.', kind: 'blockquote' }]).quotes;
    expect([said?.attributedSpeakerId, said?.misattributed]).toEqual(['mohammad-mokhber', true]);
  });

  it('credits from round 121: a name inside an aside of a preposition or an apposition is no subject; a clause joined with its own subject and verb; a body that owns what names the one a relative clause is about', () => {
    const [, ties] = quotes('Putin called the corridor “our top priority”, and Mr Mokhber, in his own talks with Putin, said ties with Moscow ran “so deep and lasting that no change of government can damage them”.');
    expect([ties?.attributedSpeakerId, ties?.misattributed]).toEqual(['mohammad-mokhber', false]);
    const [, tradition] = quotes('Putin said relations rested on "equality, mutual advantage and respect for one another\'s sovereignty," and Xi, in turn, described meeting on the sidelines of summits as "a good tradition" of the two leaders.');
    expect([tradition?.attributedSpeakerId, tradition?.misattributed]).toEqual(['xi-jinping', false]);
    const [decision, peace] = quotes('Putin, asked about the accession at his news conference, called it "a mutually beneficial decision," and Turkey\'s Recep Tayyip Erdogan, a guest at the expanded session, told Turkish reporters that "a just peace in Ukraine is possible through diplomacy."');
    expect([decision?.attributedSpeakerId, decision?.misattributed]).toEqual(['vladimir-putin', false]);
    expect(peace?.attributedSpeakerId).toBe('recep-tayyip-erdogan');
    const [, children] = quotes('The Kremlin hailed Qatar as “one of the most effective mediators” between Hamas and Israel, and Putin thanked Sheikh Tamim bin Hamad Al Thani for helping “bring children back to their families on both sides” of the war in Ukraine.');
    expect([children?.attributedSpeakerId, children?.misattributed]).toEqual(['vladimir-putin', false]);
    const [asked] = quotes('The question came from Rossina Bodrova of the Russian Defense Ministry\'s Zvezda channel, who asked whether Russia\'s plans meant "only production, or deployment as well."');
    expect([asked?.attributedSpeakerId, asked?.misattributed]).toEqual(['rossina-bodrova', false]);
  });

  it('credits from round 123: a fact-check item headed by a topic joined to a name ("1. Trump and the war") is no section of his words; a "he" after a sentence whose "he" spoke the remarks of the one named as their owner', () => {
    const found = checker.checkArticle([{ text: 'Six viral captions, checked.', kind: 'heading' }, { text: '1. Trump and the war', kind: 'heading' }, { text: 'A caption has Putin saying of Donald Trump: "I have no doubt that he is saying it sincerely, and we support him"' }, { text: 'What the transcript says: "I have no doubt that he is saying it sincerely, and we support it."' }]).quotes;
    expect([found[1]?.attributedSpeakerId ?? null, found[1]?.misattributed]).toEqual([null, false]);
    // (A section headed by the name alone, or the name and its topic, still is: "Mokhber on a new world order".)
    const [own] = checker.checkArticle([{ text: 'What the leaders said', kind: 'heading' }, { text: 'Aliyev on the corridor', kind: 'heading' }, { text: '"We meet almost every month," he told reporters.' }]).quotes;
    expect(own?.attributedSpeakerId).toBe('ilham-aliyev');
    const [, , grain] = quotes('He thanked the Russian leader for oil deliveries. “Your great country sent us a shipment of oil,” he said.', 'According to an English version of Mr Putin’s opening remarks published by a Russian broadcaster, he said: “We have started supplying energy resources to Pakistan, and we will further increase these supplies.” He also said “Russia is doing a great deal to support Pakistan’s food security by raising grain shipments to the Pakistani market”.');
    expect([grain?.attributedSpeakerId, grain?.misattributed]).toEqual(['vladimir-putin', false]);
  });

  it('credits from round 124: "the West" is nobody who speaks, so a "he" after it is the one named before', () => {
    const [, , full] = quotes('In an interview with Tucker Carlson, Putin complained that the West had promised the alliance would move “not one inch” eastward. At the summit he called for replacing “the outdated models centered on Europe and the Euro-Atlantic.” Asked about enlargement of his own club, he said: “Full membership in the SCO is not something Russia decides on its own. Such decisions are always taken by consensus.”');
    expect([full?.attributedSpeakerId, full?.misattributed]).toEqual(['vladimir-putin', false]);
  });

  it('credits from round 126: the owner of the remarks a line introduces, not their carrier; "Of X he said" is not X; an answer given to one who asked is the answer\'s owner\'s', () => {
    const [investment] = checker.checkArticle([{ text: 'More from the Amir’s remarks, as carried by the Kremlin in Russian and translated by our desk:' }, { text: '“Qatari investment in Russia’s economy and in projects there now stands at about $13 billion, and we intend to raise that figure.”' }]).quotes;
    expect([investment?.attributedSpeakerId, investment?.misattributed]).toEqual(['tamim-bin-hamad-al-thani', false]);
    const [obama] = quotes('Mr Putin said Washington periodically signalled interest in resuming talks. Of the late Obama administration he said: “At some point they seem to want it, next thing you know they don’t.”');
    expect(obama?.attributedSpeakerId).toBe('vladimir-putin');
    const [truce] = quotes('Here is the key line from the Kremlin leader’s answer to Kommersant’s Andrei Kolesnikov, who asked about a truce along the front line before negotiations: “We cannot let the enemy use a truce to improve its positions, rearm and top up its army through forced mobilisation.”');
    expect([truce?.attributedSpeakerId, truce?.misattributed]).toEqual(['vladimir-putin', false]);
  });

  it('credits nobody when nobody is named', () => {
    expect(attributed('“The SCO is a useful organisation,” one diplomat remarked.')).not.toBe('Vladimir Putin');
  });
});
