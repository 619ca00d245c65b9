/**
 * Remembers the last result of `fn` and recomputes only when an argument
 * changes identity, so hover and focus re-renders do not redo layout.
 */
export function memoizeLast<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  let lastArgs: A | null = null;
  let lastResult: R;
  return (...args: A): R => {
    if (
      !lastArgs ||
      args.length !== lastArgs.length ||
      args.some((a, i) => !Object.is(a, lastArgs![i]))
    ) {
      lastResult = fn(...args);
      lastArgs = args;
    }
    return lastResult;
  };
}
