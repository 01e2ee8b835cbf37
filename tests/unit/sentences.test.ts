import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../utils/text/sentences';

/** The sentences as strings, for readable expectations. */
function sentences(text: string): string[] {
  return splitSentences(text).map(([a, b]) => text.slice(a, b));
}

describe('splitSentences', () => {
  it('returns nothing for empty or blank text', () => {
    expect(splitSentences('')).toEqual([]);
    expect(splitSentences('   \n ')).toEqual([]);
  });

  it('gives [start, end) offsets without the surrounding spaces', () => {
    const text = '  Good afternoon.   Go ahead, please.  ';
    expect(splitSentences(text)).toEqual([
      [2, 17],
      [20, 37],
    ]);
    expect(sentences(text)).toEqual(['Good afternoon.', 'Go ahead, please.']);
  });

  it('keeps a last sentence without final punctuation', () => {
    expect(sentences('Mr President, dear friend,')).toEqual(['Mr President, dear friend,']);
    expect(sentences('We did it. There was a moment when we did it')).toEqual(['We did it.', 'There was a moment when we did it']);
  });

  it('splits on question and exclamation marks', () => {
    expect(sentences('What has changed? Nothing has changed! Do you think we didn’t know?')).toEqual([
      'What has changed?',
      'Nothing has changed!',
      'Do you think we didn’t know?',
    ]);
  });

  it('does not split inside decimals', () => {
    expect(sentences('As I have said, the GDP grew by 5.4 or 5.3 percent, and the industrial production grew 4.5 percent. This is good.')).toEqual([
      'As I have said, the GDP grew by 5.4 or 5.3 percent, and the industrial production grew 4.5 percent.',
      'This is good.',
    ]);
    expect(sentences('Investments amount to US$4.3–4.5 billion. The trend is positive.')).toEqual([
      'Investments amount to US$4.3–4.5 billion.',
      'The trend is positive.',
    ]);
    expect(sentences('Growth was 5.4. Then it slowed.')).toEqual(['Growth was 5.4.', 'Then it slowed.']);
  });

  it('reads "Mr President" (no stop) and "Mr." (with one) as part of the sentence', () => {
    expect(sentences('Thank you very much, Mr President. I am happy to see you.')).toEqual(['Thank you very much, Mr President.', 'I am happy to see you.']);
    expect(sentences('I agree with Mr Lukashenko that we have to act. We will.')).toEqual(['I agree with Mr Lukashenko that we have to act.', 'We will.']);
    expect(sentences('Mr. Putin arrived in Astana. Dr. Smith did not.')).toEqual(['Mr. Putin arrived in Astana.', 'Dr. Smith did not.']);
  });

  it('does not split after U.S. or an initial', () => {
    expect(sentences('The U.S. withdrew from the treaty. Russia did not.')).toEqual(['The U.S. withdrew from the treaty.', 'Russia did not.']);
    expect(sentences('Donald J. Trump spoke. Biden did too.')).toEqual(['Donald J. Trump spoke.', 'Biden did too.']);
  });

  it('ends a sentence after the closing quote that follows the stop', () => {
    expect(sentences('You said: “That ‘bet’ has become questionable.” Nothing has become questionable.')).toEqual([
      'You said: “That ‘bet’ has become questionable.”',
      'Nothing has become questionable.',
    ]);
    expect(sentences('He said: "We are ready." Then he left.')).toEqual(['He said: "We are ready."', 'Then he left.']);
    expect(sentences('(It was late.) We left.')).toEqual(['(It was late.)', 'We left.']);
  });

  it('does not split a quoted question followed by a lower-case attribution', () => {
    expect(sentences('“Really?” he asked. “Yes.”')).toEqual(['“Really?” he asked.', '“Yes.”']);
  });

  it('starts a sentence at an opening quote', () => {
    expect(sentences('“We did,” he said. “Nothing has changed.”')).toEqual(['“We did,” he said.', '“Nothing has changed.”']);
  });

  it('splits where the source misses the space after a full stop', () => {
    expect(sentences('from the international community.In fact, we should keep in mind that the Taliban controls the country.')).toEqual([
      'from the international community.',
      'In fact, we should keep in mind that the Taliban controls the country.',
    ]);
    expect(sentences('I am very glad to see you.Wemettwo years ago.')).toEqual(['I am very glad to see you.', 'Wemettwo years ago.']);
    expect(sentences('Mr Tokayev, colleagues.Once again, greetings.')).toEqual(['Mr Tokayev, colleagues.', 'Once again, greetings.']);
  });

  it('does not split a missing-space stop in an acronym, a number or a web address', () => {
    expect(sentences('The U.S.A. is far.')).toEqual(['The U.S.A. is far.']);
    expect(sentences('It grew 5.4 percent.')).toEqual(['It grew 5.4 percent.']);
    expect(sentences('See kremlin.ru for the text.')).toEqual(['See kremlin.ru for the text.']);
  });

  it('splits on an ellipsis followed by a new sentence', () => {
    expect(sentences('Then I said … What has changed?')).toEqual(['Then I said …', 'What has changed?']);
  });

  it('splits across line breaks', () => {
    expect(sentences('He left.\nShe stayed.')).toEqual(['He left.', 'She stayed.']);
  });

  it('splits after a sentence that ends with the word "no"', () => {
    // "No." is an abbreviation only before a number ("No. 5"); "he said no." ends a sentence.
    expect(sentences('Asked whether talks had resumed, he said no. Then he left.')).toEqual([
      'Asked whether talks had resumed, he said no.',
      'Then he left.',
    ]);
    expect(sentences('Resolution No. 5 was adopted.')).toEqual(['Resolution No. 5 was adopted.']);
  });
});
