/**
 * The word diff between the article's quote and the transcript: words only in the transcript are struck
 * through, words only in the article are underlined; changes that can alter the meaning are bold and say
 * what kind of change they are (for screen readers too, not only by colour).
 */
import type { DiffPart } from '@/utils/matching/types';

const CHANGE_WORDS: Record<string, string> = {
  number: 'number changed',
  negation: 'negation changed',
  modal: 'certainty changed',
  pronoun: 'pronoun changed',
  name: 'name changed',
  word: 'word changed',
  order: 'order changed',
  inflection: 'word form',
  // Other kinds read as they are named: "filler", "spelling", "qualifier", "opposite".
};

export function WordDiff({ diff }: { diff: DiffPart[] }) {
  if (!diff.length) return null;
  return (
    <div class="vb-diff-wrap">
      <p class="vb-diff" aria-label="Differences between the article and the transcript">
        {diff.map((part, i) => {
          // " (number changed, can change the meaning)", or nothing.
          const note = part.change ? ` (${CHANGE_WORDS[part.change] ?? part.change}${part.significant ? ', can change the meaning' : ''})` : '';
          const cls = part.significant ? 'vb-sig' : undefined;
          const sep = i > 0 ? ' ' : '';
          if (part.op === 'removed')
            return (
              <>
                {sep}
                <del class={cls} title={`In the transcript, not the article${note}`}>
                  {part.text}
                </del>
              </>
            );
          if (part.op === 'added')
            return (
              <>
                {sep}
                <ins class={cls} title={`In the article, not the transcript${note}`}>
                  {part.text}
                </ins>
              </>
            );
          return (
            <>
              {sep}
              <span>{part.text}</span>
            </>
          );
        })}
      </p>
      <p class="vb-legend">
        <del>transcript only</del> · <ins>article only</ins>
      </p>
    </div>
  );
}
