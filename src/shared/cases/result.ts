/**
 * The shape of an operation that can fail for a reason a person can act on: a value, or a problem
 * with a message for people. Exceptions are kept for bugs.
 */
export type Result<T, P> = { ok: true; value: T } | { ok: false; problem: P };

/** A successful {@link Result}. */
export function succeed<T>(value: T): { ok: true; value: T } {
  return { ok: true, value };
}

/** A failed {@link Result}. */
export function fail<P>(problem: P): { ok: false; problem: P } {
  return { ok: false, problem };
}
