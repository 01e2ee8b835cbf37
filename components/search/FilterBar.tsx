/**
 * Filters as three menus (speaker, document, topic) and the active filters as removable chips. Choosing an
 * entry adds a chip; filters of different kinds combine (AND), several of one kind widen (OR).
 */
import type { FilterChip, FilterKind, FilterOption } from '@/utils/search/filters';
import { FILTER_KIND_LABELS } from '@/utils/search/filters';
import { Chip } from '../common/Chip';

export function FilterBar({ options, chips, onAdd, onRemove }: {
  options: Record<FilterKind, FilterOption[]>;
  chips: FilterChip[];
  onAdd: (kind: FilterKind, value: string) => void;
  onRemove: (kind: FilterKind, value: string) => void;
}) {
  return (
    <div class="filters">
      <div class="filters__menus" role="group" aria-label="Filters">
        {(['speaker', 'document', 'topic'] as const).map((kind) => (
          <label class="filters__menu" key={kind}>
            <span class="visually-hidden">Filter by {FILTER_KIND_LABELS[kind].toLowerCase()}</span>
            <select
              class="button"
              data-testid={`filter-${kind}`}
              value=""
              onChange={(e) => {
                const select = e.currentTarget;
                if (select.value) onAdd(kind, select.value);
                select.value = '';
              }}
            >
              <option value="">{FILTER_KIND_LABELS[kind]}…</option>
              {options[kind].map((o) => (
                <option key={o.value} value={o.value} disabled={chips.some((c) => c.kind === kind && c.value === o.value)}>
                  {o.label}
                </option>
              ))}
            </select>
          </label>
        ))}
      </div>
      {chips.length > 0 && (
        <ul class="chips" aria-label="Active filters">
          {chips.map((chip) => (
            <Chip key={`${chip.kind}:${chip.value}`} kind={chip.kindLabel} label={chip.label} onRemove={() => onRemove(chip.kind, chip.value)} />
          ))}
        </ul>
      )}
    </div>
  );
}
