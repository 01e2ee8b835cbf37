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

export function placePopover(anchor: AnchorRect, size: { width: number; height: number }, viewport: { width: number; height: number }): { left: number; top: number } {
  const below = anchor.bottom + GAP;
  const above = anchor.top - GAP - size.height;
  const top = below + size.height <= viewport.height - EDGE || above < EDGE ? Math.min(below, Math.max(EDGE, viewport.height - EDGE - size.height)) : above;
  const left = Math.min(Math.max(EDGE, anchor.left), Math.max(EDGE, viewport.width - EDGE - size.width));
  return { left, top: Math.max(EDGE, top) };
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
export class Popover extends Component<PopoverProps, { pos: { left: number; top: number } | null }> {
  #ref = createRef<HTMLDivElement>();
  #observer: ResizeObserver | null = null;
  override state = { pos: null as { left: number; top: number } | null };

  #place = () => {
    const el = this.#ref.current;
    if (el) this.setState({ pos: placePopover(this.props.anchor, { width: el.offsetWidth, height: el.offsetHeight }, { width: window.innerWidth, height: window.innerHeight }) });
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
        style={pos ? { left: `${pos.left}px`, top: `${pos.top}px` } : { left: '-10000px', top: '0px' }}
      >
        <button type="button" class="vb-close" aria-label="Close" onClick={onClose}>
          ×
        </button>
        {children}
      </div>
    );
  }
}
