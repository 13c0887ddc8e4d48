/**
 * Array helpers for sizes that grow with the input: spreading a large
 * array into arguments (`push(...items)`, `Math.max(...values)`) overflows
 * the call stack past about 100,000 elements; a sorted array is searched by
 * halves, never walked.
 */

/** Push every item of `items` onto `target`. */
export function append<T>(target: T[], items: Iterable<T>): T[] {
  for (const item of items) target.push(item)
  return target
}

/** The largest of `values`, or `floor` when there are none (or all are smaller). */
export function maxOf(values: Iterable<number>, floor = 0): number {
  let max = floor
  for (const value of values) if (value > max) max = value
  return max
}

/** The index of the first of `sorted` (ascending) after `value`: `sorted.length` when none is. */
export function firstAfter(sorted: readonly number[], value: number): number {
  let low = 0
  let high = sorted.length
  while (low < high) {
    const middle = (low + high) >> 1
    if (sorted[middle]! <= value) low = middle + 1
    else high = middle
  }
  return low
}
