/**
 * The popover frame: placed next to what opened it (below, or above when there is no room), kept inside the
 * viewport, labelled for screen readers, with a close button. Escape and outside clicks are handled by the
 * owner, which knows what else is open.
 */
import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';

export interface AnchorRect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Gap between the anchor and the popover, and the margin kept to the viewport's edges (px). */
const GAP = 6;
const EDGE = 8;

export function placePopover(anchor: AnchorRect, size: { width: number; height: number }, viewport: { width: number; height: number }): { left: number; top: number } {
  const below = anchor.bottom + GAP;
  const above = anchor.top - GAP - size.height;
  const top = below + size.height <= viewport.height - EDGE || above < EDGE ? Math.min(below, Math.max(EDGE, viewport.height - EDGE - size.height)) : above;
  const left = Math.min(Math.max(EDGE, anchor.left), Math.max(EDGE, viewport.width - EDGE - size.width));
  return { left, top: Math.max(EDGE, top) };
}

export function Popover({ anchor, label, onClose, focusOnOpen, children, testId }: { anchor: AnchorRect; label: string; onClose: () => void; focusOnOpen: boolean; children: ComponentChildren; testId?: string }) {
  const ref = useRef<HTMLDivElement>(null);
  const [pos, setPos] = useState<{ left: number; top: number } | null>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const place = () => setPos(placePopover(anchor, { width: el.offsetWidth, height: el.offsetHeight }, { width: window.innerWidth, height: window.innerHeight }));
    place();
    // The content grows when details arrive: place it again so it stays inside the viewport.
    const observer = typeof ResizeObserver === 'function' ? new ResizeObserver(place) : null;
    observer?.observe(el);
    return () => observer?.disconnect();
  }, [anchor.left, anchor.top, anchor.right, anchor.bottom]);
  useLayoutEffect(() => {
    if (focusOnOpen) ref.current?.focus({ preventScroll: true });
  }, []);
  return (
    <div
      ref={ref}
      class="vb-popover"
      role="dialog"
      aria-label={label}
      tabIndex={-1}
      data-testid={testId}
      style={pos ? { left: `${pos.left}px`, top: `${pos.top}px` } : { left: '-10000px', top: '0px' }}
    >
      <button type="button" class="vb-close" aria-label="Close" onClick={onClose}>
        ×
      </button>
      {children}
    </div>
  );
}
