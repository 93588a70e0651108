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

/**
 * Spans in any order, indexed by start, answering which of them overlap or touch a span without reading them all:
 * `overlapping(start, end)` gives every span with `s.start < end && s.end >= start`, in the order they were
 * added (callers apply their exact test on that superset). Spans can be added at any time.
 */
export class SpanIndex<T extends Span> {
  private readonly sorted: T[] = [];
  private readonly order = new Map<T, number>();
  private maxLength = 0;

  constructor(spans: Iterable<T> = []) {
    for (const s of spans) this.add(s);
  }

  add(span: T): void {
    const at = lowerBound(this.sorted, span.start + 1, (s) => s.start);
    if (at === this.sorted.length) this.sorted.push(span);
    else this.sorted.splice(at, 0, span);
    this.order.set(span, this.order.size);
    this.maxLength = Math.max(this.maxLength, span.end - span.start);
  }

  overlapping(start: number, end: number): T[] {
    const out: T[] = [];
    for (let i = lowerBound(this.sorted, start - this.maxLength, (s) => s.start); i < this.sorted.length && this.sorted[i].start < end; i++)
      if (this.sorted[i].end >= start) out.push(this.sorted[i]);
    return out.length > 1 ? out.sort((a, b) => this.order.get(a)! - this.order.get(b)!) : out;
  }
}

const sortedLists = new WeakMap<readonly Span[], boolean>();

/** True when `list` is sorted by start (remembered per array: the list must not change afterwards). */
export function sortedByStart(list: readonly Span[]): boolean {
  let sorted = sortedLists.get(list);
  if (sorted === undefined) {
    sorted = list.every((x, i) => i === 0 || list[i - 1].start <= x.start);
    sortedLists.set(list, sorted);
  }
  return sorted;
}
