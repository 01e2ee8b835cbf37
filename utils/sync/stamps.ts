/** A stamp names one edit of one field: its time and the device that made it. Ordered by time, then device id. */
export interface Stamp {
  time: number;
  device: string;
}

export function compareStamps(a: Stamp, b: Stamp): number {
  if (a.time !== b.time) return a.time < b.time ? -1 : 1;
  return a.device < b.device ? -1 : a.device > b.device ? 1 : 0;
}

/** `time@device`, the form kept in `noteAncestors`. */
export function stampKey(s: Stamp): string {
  return `${s.time.toString(36)}@${s.device}`;
}
