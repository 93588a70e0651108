/**
 * Binary searches over lists kept in text order, so that rules asking "which sentence holds this position" or
 * "which mentions start in this span" cost a logarithm instead of a scan of the whole document.
 */

/** Anything with a start and an end offset. */
export interface Span {
  start: number;
  end: number;
}

/** The first index of `list` (sorted by `key`, ascending) whose key is at least `value`; list.length when none. */
export function lowerBound<T>(list: readonly T[], value: number, key: (x: T) => number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(list[mid]) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The first index of `list` (sorted by start) whose start is at least `pos`. */
export function firstStartingAt<T extends Span>(list: readonly T[], pos: number): number {
  return lowerBound(list, pos, (x) => x.start);
}

/**
 * The index of the span holding `pos` (start <= pos < end) in `spans`, sorted by start and not overlapping,
 * or -1: `spans.findIndex((s) => s.start <= pos && pos < s.end)`.
 */
export function spanIndexAt(spans: readonly Span[], pos: number): number {
  const i = lowerBound(spans, pos + 1, (s) => s.start) - 1;
  return i >= 0 && pos < spans[i].end ? i : -1;
}

/** The span holding `pos` in `spans` (sorted by start, not overlapping), or undefined. */
export function spanAt<T extends Span>(spans: readonly T[], pos: number): T | undefined {
  const i = spanIndexAt(spans, pos);
  return i >= 0 ? spans[i] : undefined;
}

/** The items of `list` (sorted by start) that lie inside [from, to], in order: `list.filter((x) => x.start >= from && x.end <= to)`. */
export function within<T extends Span>(list: readonly T[], from: number, to: number): T[] {
  const out: T[] = [];
  for (let i = firstStartingAt(list, from); i < list.length && list[i].start < to; i++) if (list[i].end <= to) out.push(list[i]);
  return out;
}

/**
 * For spans in any order: a test of whether a span [start, end) lies inside one of them, in logarithmic time
 * (`spans.some((s) => s.start <= start && end <= s.end)`).
 */
export function coveredBy(spans: readonly Span[]): (start: number, end: number) => boolean {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  // reach[i]: the furthest end among the first i + 1 spans by start.
  const reach: number[] = [];
  for (const s of sorted) reach.push(Math.max(s.end, reach.length ? reach[reach.length - 1] : -Infinity));
  return (start, end) => {
    const i = lowerBound(sorted, start + 1, (s) => s.start) - 1;
    return i >= 0 && reach[i] >= end;
  };
}
