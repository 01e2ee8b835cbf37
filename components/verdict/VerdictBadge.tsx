/** The verdict in words, as a small coloured label (colour is never the only signal: the word is always there). */
import type { QuoteVerdict } from '@/utils/matching/types';
import { VERDICT_WORDS } from '@/utils/highlight/verdict-words';

export function VerdictBadge({ verdict, misattributed = false }: { verdict: QuoteVerdict; misattributed?: boolean }) {
  return (
    <span class="vb-verdict">
      <span class="vb-badge" data-verdict={verdict}>
        {VERDICT_WORDS[verdict].label}
      </span>
      {misattributed && (
        <span class="vb-badge" data-verdict="misattributed">
          Misattributed
        </span>
      )}
    </span>
  );
}
