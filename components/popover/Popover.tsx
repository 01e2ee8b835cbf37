/**
 * The popover frame: placed next to what opened it (below, or above when there is no room), kept inside the
 * viewport, labelled for screen readers, with a close button. Escape and outside clicks are handled by the
 * owner, which knows what else is open.
 */
import { Component, createRef, type ComponentChildren } from 'preact';

export interface AnchorRect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Gap between the anchor and the popover, and the margin kept to the viewport's edges (px). */
const GAP = 6;
const EDGE = 8;

/** Below this much room on either side, a popover that fits nowhere may cover its anchor rather than be unreadable (px). */
const MIN_ROOM = 160;

/**
 * Below the anchor, else above it; when it fits on neither side, on the roomier one with that room as its height
 * (it scrolls inside), so the words it explains stay in sight.
 */
export function placePopover(anchor: AnchorRect, size: { width: number; height: number }, viewport: { width: number; height: number }): { left: number; top: number; maxHeight?: number } {
  const left = Math.min(Math.max(EDGE, anchor.left), Math.max(EDGE, viewport.width - EDGE - size.width));
  const below = anchor.bottom + GAP;
  const roomBelow = viewport.height - EDGE - below;
  const roomAbove = anchor.top - GAP - EDGE;
  if (size.height <= roomBelow) return { left, top: below };
  if (size.height <= roomAbove) return { left, top: roomAbove + EDGE - size.height };
  if (Math.max(roomBelow, roomAbove) < MIN_ROOM) return { left, top: Math.max(EDGE, Math.min(below, viewport.height - EDGE - size.height)) };
  return roomBelow >= roomAbove ? { left, top: below, maxHeight: roomBelow } : { left, top: EDGE, maxHeight: roomAbove };
}

interface PopoverProps {
  anchor: AnchorRect;
  label: string;
  onClose: () => void;
  focusOnOpen: boolean;
  children: ComponentChildren;
  testId?: string;
}

/** A class rather than hooks: the in-page UI then needs no preact/hooks (~2.7 KB less on every page). */
export class Popover extends Component<PopoverProps, { pos: { left: number; top: number; maxHeight?: number } | null }> {
  #ref = createRef<HTMLDivElement>();
  #observer: ResizeObserver | null = null;
  override state = { pos: null as { left: number; top: number; maxHeight?: number } | null };

  #place = () => {
    const el = this.#ref.current;
    // The height its content wants (up to the stylesheet's max-height), not the one a placement gave it.
    const h = innerHeight;
    if (el) this.setState({ pos: placePopover(this.props.anchor, { width: el.offsetWidth, height: Math.min(el.scrollHeight + 2, h * 0.7, 560) }, { width: innerWidth, height: h }) });
  };

  override componentDidMount(): void {
    const el = this.#ref.current;
    this.#place();
    // The content grows when details arrive: place it again so it stays inside the viewport.
    this.#observer = el && typeof ResizeObserver === 'function' ? new ResizeObserver(this.#place) : null;
    if (el) this.#observer?.observe(el);
    if (this.props.focusOnOpen) el?.focus({ preventScroll: true });
  }

  override componentDidUpdate(previous: PopoverProps): void {
    const a = previous.anchor;
    const b = this.props.anchor;
    if (a.left !== b.left || a.top !== b.top || a.right !== b.right || a.bottom !== b.bottom) this.#place();
  }

  override componentWillUnmount(): void {
    this.#observer?.disconnect();
  }

  override render() {
    const { label, onClose, children, testId } = this.props;
    const pos = this.state.pos;
    return (
      <div
        ref={this.#ref}
        class="vb-popover"
        role="dialog"
        aria-label={label}
        tabIndex={-1}
        data-testid={testId}
        style={pos ? { left: `${pos.left}px`, top: `${pos.top}px`, maxHeight: pos.maxHeight && `${pos.maxHeight}px` } : { left: '-10000px', top: '0px' }}
      >
        <button type="button" class="vb-close" aria-label="Close" onClick={onClose}>
          ×
        </button>
        {children}
      </div>
    );
  }
}
