/**
 * ARIA tabs: ←/→ (and Home/End) move between tabs and select them, Tab goes into the panel. The panels are
 * rendered by the caller with `tabPanelProps`.
 */
import type { ComponentChildren } from 'preact';

export interface TabItem<T extends string> {
  id: T;
  label: ComponentChildren;
}

export function tabId(prefix: string, id: string): string {
  return `${prefix}-tab-${id}`;
}

export function tabPanelProps(prefix: string, id: string) {
  return { id: `${prefix}-panel-${id}`, role: 'tabpanel', 'aria-labelledby': tabId(prefix, id) } as const;
}

export function Tabs<T extends string>({ prefix, label, tabs, selected, onSelect }: { prefix: string; label: string; tabs: TabItem<T>[]; selected: T; onSelect: (id: T) => void }) {
  const onKeyDown = (event: KeyboardEvent) => {
    const index = tabs.findIndex((t) => t.id === selected);
    let next = -1;
    if (event.key === 'ArrowRight') next = (index + 1) % tabs.length;
    else if (event.key === 'ArrowLeft') next = (index - 1 + tabs.length) % tabs.length;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = tabs.length - 1;
    if (next < 0) return;
    event.preventDefault();
    const id = tabs[next]!.id;
    onSelect(id);
    document.getElementById(tabId(prefix, id))?.focus();
  };
  return (
    <div class="tabs" role="tablist" aria-label={label} onKeyDown={onKeyDown}>
      {tabs.map((tab) => (
        <button
          key={tab.id}
          type="button"
          role="tab"
          class="tab"
          id={tabId(prefix, tab.id)}
          aria-selected={tab.id === selected}
          aria-controls={`${prefix}-panel-${tab.id}`}
          tabIndex={tab.id === selected ? 0 : -1}
          data-testid={`tab-${tab.id}`}
          onClick={() => onSelect(tab.id)}
        >
          {tab.label}
        </button>
      ))}
    </div>
  );
}
