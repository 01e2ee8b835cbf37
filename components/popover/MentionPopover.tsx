/**
 * Popover for a highlighted person, country, organisation, agreement, project, place or topic: who or what it
 * is, what that person said at the summit, and the statements that mention it, each with speaker, document,
 * save, copy citation and a link to read it in context.
 */
import type { MentionDetails, StatementCard } from '@/utils/messaging/page-messages';
import type { PageActions } from './page-actions';
import { Loaded } from './Loaded';
import { StatementActions } from './StatementActions';

/** Long statements are cut at this many characters in the popover; the reader shows them whole. */
const PREVIEW_CHARS = 320;

const TYPE_WORDS: Record<MentionDetails['type'], string> = {
  person: 'Person',
  country: 'Country',
  organisation: 'Organisation',
  agreement: 'Agreement',
  project: 'Project',
  place: 'Place',
  topic: 'Topic',
};

function preview(text: string): string {
  if (text.length <= PREVIEW_CHARS) return text;
  const cut = text.lastIndexOf(' ', PREVIEW_CHARS);
  return `${text.slice(0, cut > 200 ? cut : PREVIEW_CHARS)}…`;
}

function StatementItem({ card, actions }: { card: StatementCard; actions: PageActions }) {
  return (
    <li class="vb-statement" data-statement-id={card.id}>
      <p class="vb-statement-text">{preview(card.text)}</p>
      <p class="vb-meta">
        {card.speaker ?? 'The Kremlin (narration)'}
        {card.speakerRole ? `, ${card.speakerRole}` : ''} · {card.document}
      </p>
      <StatementActions actions={actions} statementId={card.id} citation={card.citation} />
    </li>
  );
}

export function MentionPopoverBody({ termId, actions, headingId }: { termId: string; actions: PageActions; headingId: string }) {
  return (
    <Loaded key={termId} load={() => actions.mentionDetails(termId)}>
      {(details: MentionDetails | null, error) => <MentionView details={details} error={error} actions={actions} headingId={headingId} />}
    </Loaded>
  );
}

function MentionView({ details, error, actions, headingId }: { details: MentionDetails | null; error: string | null; actions: PageActions; headingId: string }) {
  if (error) return <p class="vb-status vb-error" role="alert">{error}</p>;
  if (!details) return <p class="vb-status" role="status">Looking it up…</p>;
  const first = details.name.split(' ')[0];
  return (
    <div data-term-id={details.termId}>
      <p class="vb-kind">{TYPE_WORDS[details.type]}</p>
      <h2 class="vb-name" id={headingId}>
        {details.name}
      </h2>
      <p class="vb-description">{details.description}</p>
      {details.saidBy.length > 0 && (
        <>
          <h3 class="vb-section">What {details.type === 'person' ? first : details.name} said at the summit</h3>
          <ul class="vb-statements" data-section="said-by">
            {details.saidBy.map((c) => (
              <StatementItem key={c.id} card={c} actions={actions} />
            ))}
          </ul>
          {details.saidByTotal > details.saidBy.length && <p class="vb-more">{details.saidByTotal - details.saidBy.length} more in the reader.</p>}
        </>
      )}
      <h3 class="vb-section">{details.mentionedInTotal ? `Mentioned in ${details.mentionedInTotal} statement${details.mentionedInTotal === 1 ? '' : 's'}` : 'Not mentioned elsewhere in the transcript'}</h3>
      <ul class="vb-statements" data-section="mentioned-in">
        {details.mentionedIn.map((c) => (
          <StatementItem key={c.id} card={c} actions={actions} />
        ))}
      </ul>
      {details.mentionedInTotal > details.mentionedIn.length && <p class="vb-more">{details.mentionedInTotal - details.mentionedIn.length} more in the reader.</p>}
    </div>
  );
}
