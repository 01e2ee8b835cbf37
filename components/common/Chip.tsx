/** A removable filter chip: "SPEAKER Xi Jinping ×"; the × button says what it removes. */
export function Chip({ kind, label, onRemove }: { kind: string; label: string; onRemove: () => void }) {
  return (
    <li class="chip" data-testid="filter-chip">
      <span class="chip__kind">{kind}</span>
      <span class="chip__label" title={label}>
        {label}
      </span>
      <button type="button" class="chip__remove" aria-label={`Remove filter: ${kind} ${label}`} onClick={onRemove}>
        ×
      </button>
    </li>
  );
}
