// The estimated cost the limits plugin computed for a request, by its context, for later plugins.
const costs = new WeakMap<object, number>();

/** Records the estimated cost of the operation of the request whose context is `context`. */
export function recordCost(context: object, cost: number): void {
  costs.set(context, cost);
}

/** The estimated cost recorded for the request whose context is `context` (undefined: not priced). */
export function costOf(context: object): number | undefined {
  return costs.get(context);
}
