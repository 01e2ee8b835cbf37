/** Text with its matched words in <mark>: segments are rendered as text nodes, never parsed as markup. */
import type { TextSegment } from '@/utils/search/highlight';

export function HighlightedText({ segments }: { segments: TextSegment[] }) {
  return <>{segments.map((s, i) => (s.match ? <mark key={i}>{s.text}</mark> : s.text))}</>;
}
