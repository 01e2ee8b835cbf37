/**
 * Collects the article's blocks from the live DOM, in slices, with the same rules as the CLI's HTML parser
 * (utils/highlight/block-text.ts), and turns the engine's block offsets back into DOM ranges.
 */
import { BlockPlanner, SKIPPED_TAGS, locateInSegments, onNode, type PlanLimits, type PlannedBlock } from '@/utils/highlight/block-text';
import type { SliceTask } from '@/utils/highlight/slice-scheduler';
import { skippedElement } from './skipped-elements';

/** Nodes visited per step: a few hundred elements take well under a millisecond. */
const NODES_PER_STEP = 200;

/** A task that walks `root` and resolves `done` with the planned blocks. */
export function collectBlocksTask(root: Element, ownHost: Element | null, priority: number, done: (blocks: Array<PlannedBlock<Text>>, truncated: boolean) => void, limits?: PlanLimits): SliceTask {
  const planner = new BlockPlanner<Text>(limits);
  let node: Node | null = root;
  let entering = true;
  const itemprop = (el: Element) => el.getAttribute('itemprop');
  return {
    priority,
    step: () => {
      for (let n = 0; n < NODES_PER_STEP; n++) {
        if (!node) {
          done(planner.finish(), planner.truncated);
          return true;
        }
        if (entering) {
          if (node.nodeType === 1) {
            const el = node as Element;
            if (!skippedElement(el, ownHost, SKIPPED_TAGS)) {
              planner.open(el.localName, itemprop(el));
              if (el.firstChild) {
                node = el.firstChild;
                continue;
              }
              planner.close(el.localName, itemprop(el));
            }
          } else if (node.nodeType === 3) {
            // A huge node is read only as far as the block can take (reading `data` copies it all).
            const text = node as Text;
            const room = planner.room;
            planner.text(text, text.length > room ? text.substringData(0, Math.max(0, room)) : text.data, text.length);
          }
        }
        // Leave `node`: go to its next sibling, or up to its parent (closing it).
        if (node === root) {
          node = null;
          continue;
        }
        if (node.nextSibling) {
          node = node.nextSibling;
          entering = true;
        } else {
          node = node.parentNode;
          entering = false;
          if (node && node.nodeType === 1) planner.close((node as Element).localName, itemprop(node as Element));
        }
      }
      return false;
    },
  };
}

/** The segment's node is still in the page with the text it had when planned (or, when cut, the same start). */
function unchanged(seg: PlannedBlock<Text>['segments'][number]): boolean {
  const node = seg.node;
  if (!node?.isConnected) return false;
  return seg.length === undefined ? node.data === seg.text : node.length === seg.length && node.substringData(0, seg.text.length) === seg.text;
}

/** DOM range of [start, end) in a planned block's collapsed text; null when the page changed under it. */
export function blockRange(doc: Document, block: PlannedBlock<Text>, start: number, end: number): Range | null {
  const texts = block.segments.map((s) => s.text);
  // (A quote's edge on a <q> element's mark moves onto the text beside it.)
  const locatedA = locateInSegments(texts, start, 'start');
  const locatedB = locateInSegments(texts, end, 'end');
  const a = locatedA && onNode(block.segments, locatedA, 'start');
  const b = locatedB && onNode(block.segments, locatedB, 'end');
  if (!a || !b) return null;
  const startSeg = block.segments[a.segment];
  const endSeg = block.segments[b.segment];
  if (!startSeg?.node || !endSeg?.node) return null;
  if (!unchanged(startSeg) || !unchanged(endSeg)) return null;
  const range = doc.createRange();
  range.setStart(startSeg.node, a.offset);
  range.setEnd(endSeg.node, b.offset);
  return range;
}
