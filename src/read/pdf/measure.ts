/**
 * The measures of a document's body text, taken from all its lines: the
 * size most text is set in, the leading between the lines of a paragraph,
 * and each page's left and right margins.
 */
import type {PageLines} from './lines.js'

/** The measures of a document's body text. */
export interface Measures {
  /** The size most body text is set in. */
  size: number
  /** The usual distance between two lines of a paragraph. */
  leading: number
}

/** The most frequent value of a list, rounded to a tenth, weighted. */
function mode(values: Array<[number, number]>): number | undefined {
  const counts = new Map<number, number>()
  let best: number | undefined
  let bestCount = 0
  for (const [value, weight] of values) {
    const key = Math.round(value * 10) / 10
    const count = (counts.get(key) ?? 0) + weight
    counts.set(key, count)
    if (count > bestCount) {
      best = key
      bestCount = count
    }
  }
  return best
}

/**
 * The smallest of a list's frequent values: the least value, rounded to a
 * tenth, whose weight is at least `share` of the most frequent one's. A
 * margin is the leftmost edge many lines start at (a first-line indent is
 * as frequent on a page of short paragraphs), the leading the smallest gap
 * many lines are apart (the gap between paragraphs is as frequent there).
 */
function leastFrequent(values: Array<[number, number]>, share: number): number | undefined {
  const counts = new Map<number, number>()
  let most = 0
  for (const [value, weight] of values) {
    const key = Math.round(value * 10) / 10
    const count = (counts.get(key) ?? 0) + weight
    counts.set(key, count)
    most = Math.max(most, count)
  }
  let least: number | undefined
  for (const [key, count] of counts) if (count >= most * share && (least === undefined || key < least)) least = key
  return least
}

/** Body size and leading, from all lines. */
export function measure(pages: readonly PageLines[]): Measures {
  const sizes: Array<[number, number]> = []
  for (const page of pages) for (const line of page.lines) sizes.push([line.size, line.text.length])
  const size = mode(sizes) ?? 10
  const gaps: Array<[number, number]> = []
  for (const page of pages) {
    for (let index = 1; index < page.lines.length; index++) {
      const previous = page.lines[index - 1]!
      const line = page.lines[index]!
      if (Math.abs(line.size - size) < 0.5 && Math.abs(previous.size - size) < 0.5) {
        const gap = previous.y - line.y
        if (gap > size * 0.8 && gap < size * 2) gaps.push([gap, 1])
      }
    }
  }
  // Lines of a paragraph are closer than paragraphs: the leading is the smallest frequent gap, whatever the paragraphs' length.
  return {size, leading: leastFrequent(gaps, 0.25) ?? size * 1.2}
}

/**
 * The left margin of a page's body text: the leftmost of the common left
 * edges of its body-size lines (on a page of short paragraphs the indented
 * first lines are as many as the lines at the margin).
 */
export function leftOf(pages: readonly PageLines[], page: number, measures: Measures): number {
  const values: Array<[number, number]> = []
  for (const line of pages[page - 1]?.lines ?? []) if (Math.abs(line.size - measures.size) < 0.5) values.push([line.x, 1])
  return leastFrequent(values, 0.5) ?? 72
}

/** The right margin: the most common right edge of body-size lines (justified text ends there). */
export function rightOf(pages: readonly PageLines[], page: number, measures: Measures): number {
  let most = 0
  const values: Array<[number, number]> = []
  for (const line of pages[page - 1]?.lines ?? []) {
    if (Math.abs(line.size - measures.size) >= 0.5) continue
    values.push([Math.round(line.right), 1])
    most = Math.max(most, line.right)
  }
  return mode(values) ?? most
}
