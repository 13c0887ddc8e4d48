/**
 * From PDF.js text items to lines: items on one baseline, left to right,
 * with their size, font and position. A raised item in a smaller size (a
 * footnote marker) joins the line it stands on and is marked as raised.
 */

/** One run of text as PDF.js gives it, reduced to what the layout needs. */
export interface Run {
  text: string
  /** Left edge and baseline, in PDF points from the page's bottom left. */
  x: number
  y: number
  /** Advance width. */
  width: number
  /** Font size (the text matrix's vertical scale). */
  size: number
  italic: boolean
  bold: boolean
  /** A smaller item set above the baseline of its line: a footnote marker. */
  raised?: boolean
}

/** A line of text on a page. */
export interface Line {
  page: number
  /** Runs left to right; spaces between runs are not runs. */
  runs: Run[]
  /** Baseline and size of the line's main text (its largest run). */
  y: number
  size: number
  /** Left and right edges. */
  x: number
  right: number
  /** The line's text, runs joined with the spaces their gaps show. */
  text: string
}

/** The text item fields reso reads (PDF.js's TextItem). */
export interface TextItemLike {
  str: string
  transform: number[]
  width: number
  fontName: string
}

/** What a font's name says: TimesNewRomanPS-ItalicMT, Arial-BoldItalicMT, BCDEEE+... */
export function fontStyle(name: string | undefined): {italic: boolean; bold: boolean} {
  if (!name) return {italic: false, bold: false}
  const base = name.slice(name.indexOf('+') + 1)
  return {italic: /Italic|Oblique|-It\b|,Italic/i.test(base), bold: /Bold|Black|Heavy|Semibold/i.test(base)}
}

/** Runs of a page from its text items; empty and vertical or rotated items are left out. */
export function runsOf(items: readonly TextItemLike[], fonts: Record<string, string | undefined>): Run[] {
  const runs: Run[] = []
  for (const item of items) {
    if (item.str === '' || item.str.trim() === '') continue
    const [a = 0, b = 0, c = 0, d = 0, x = 0, y = 0] = item.transform
    // Rotated text (a stamp, a vertical margin note) is not body text.
    if (Math.abs(b) > 0.01 || Math.abs(c) > 0.01 || a <= 0 || d <= 0) continue
    const style = fontStyle(fonts[item.fontName])
    runs.push({text: item.str, x, y, width: item.width, size: d, italic: style.italic, bold: style.bold})
  }
  return runs
}

/**
 * Group runs into lines: top to bottom, a run joins the line whose baseline
 * is within half a size of its own; a smaller run above the baseline is a
 * raised marker of that line.
 */
export function linesOf(runs: Run[], page: number): Line[] {
  const sorted = runs.slice().sort((left, right) => right.y - left.y || left.x - right.x)
  const groups: Run[][] = []
  let current: Run[] = []
  let base: Run | undefined
  for (const run of sorted) {
    if (base) {
      const size = Math.max(base.size, run.size)
      if (Math.abs(base.y - run.y) <= size * 0.45) {
        current.push(run)
        if (run.size > base.size + 0.1 || (Math.abs(run.size - base.size) <= 0.1 && run.y < base.y)) base = run
        continue
      }
      groups.push(current)
    }
    current = [run]
    base = run
  }
  if (current.length > 0) groups.push(current)
  const lines: Line[] = []
  for (const group of groups) {
    let main = group[0]!
    for (const run of group) if (run.size > main.size + 0.1) main = run
    // The baseline most of the main-size text stands on.
    const y = main.y
    const size = main.size
    group.sort((left, right) => left.x - right.x)
    for (const run of group) {
      if (run.size < size * 0.8 && run.y > y + size * 0.15) run.raised = true
    }
    lines.push(makeLine(group, page, y, size))
  }
  return lines
}

/** Whether a gap between two runs is a space: more than 0.15 of the size. */
export function spaced(left: Run, right: Run): boolean {
  if (/\s$/.test(left.text) || /^\s/.test(right.text)) return true
  const gap = right.x - (left.x + left.width)
  return gap > Math.min(left.size, right.size) * 0.15
}

function makeLine(runs: Run[], page: number, y: number, size: number): Line {
  let text = ''
  let previous: Run | undefined
  for (const run of runs) {
    if (previous && spaced(previous, run) && !text.endsWith(' ')) text += ' '
    text += run.text
    previous = run
  }
  const last = runs[runs.length - 1]!
  return {page, runs, y, size, x: runs[0]!.x, right: last.x + last.width, text: text.trim()}
}
