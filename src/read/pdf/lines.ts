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

/** The lines of one page and its size. */
export interface PageLines {
  page: number
  width: number
  height: number
  lines: Line[]
}

/** Whether two lines set alike: same size, both bold or both not. */
export function sameStyle(left: Line, right: Line): boolean {
  return Math.abs(left.size - right.size) < 0.6 && allBold(left) === allBold(right)
}

/** Whether every run of a line is bold (its raised markers aside): a heading, a title. */
export function allBold(line: Line): boolean {
  return line.runs.every((run) => run.bold || run.raised)
}

/** A separator rule typed as text: "______". */
export function isRule(line: Line): boolean {
  return /^_{4,}$/.test(line.text.replace(/\s/g, ''))
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

/** A line's text untrimmed: runs joined with the spaces their gaps show. */
function joined(runs: readonly Run[]): string {
  let text = ''
  let previous: Run | undefined
  for (const run of runs) {
    if (previous && spaced(previous, run) && !text.endsWith(' ')) text += ' '
    text += run.text
    previous = run
  }
  return text
}

function makeLine(runs: Run[], page: number, y: number, size: number): Line {
  const last = runs[runs.length - 1]!
  return {page, runs, y, size, x: runs[0]!.x, right: last.x + last.width, text: joined(runs).trim()}
}

/** Numbers kept of a run (x, y, width, size) and of a line (y, size, x, right). */
const runNumbers = 4
const lineNumbers = 4
/** Offsets kept of a run (text start, end, style bits) and of a line (first run, end of its runs, text start, end). */
const runOffsets = 3
const lineOffsets = 4
const italicBit = 1
const boldBit = 2
const raisedBit = 4

/**
 * A page's lines packed: one string of their text, one array of numbers
 * and one of offsets, where the lines as `linesOf` makes them take an
 * object and a string for every run (some 40 MB for 1,000 pages, held
 * until the layout has measured the whole document).
 */
class Packed {
  constructor(
    readonly page: number,
    readonly text: string,
    readonly numbers: Float64Array,
    readonly offsets: Uint32Array,
    /** Where the lines' numbers and offsets start, after the runs'. */
    readonly runCount: number
  ) {}
}

/**
 * The runs made last, and their line: the layout asks a line for its runs
 * several times in a row (its weight, its first run, its text). The runs
 * of a packed line are read, never changed.
 */
const recent: {line: PackedLine | undefined; runs: Run[]} = {line: undefined, runs: []}

/**
 * A line read from a packed page: the same fields as the line it was
 * packed from; its runs are made anew when read, and only the last line's
 * are kept (`recent`).
 */
class PackedLine implements Line {
  constructor(
    private readonly pack: Packed,
    private readonly index: number
  ) {}

  get page(): number {
    return this.pack.page
  }

  get y(): number {
    return this.pack.numbers[this.pack.runCount * runNumbers + this.index * lineNumbers]!
  }

  get size(): number {
    return this.pack.numbers[this.pack.runCount * runNumbers + this.index * lineNumbers + 1]!
  }

  get x(): number {
    return this.pack.numbers[this.pack.runCount * runNumbers + this.index * lineNumbers + 2]!
  }

  get right(): number {
    return this.pack.numbers[this.pack.runCount * runNumbers + this.index * lineNumbers + 3]!
  }

  get text(): string {
    const at = this.pack.runCount * runOffsets + this.index * lineOffsets
    return this.pack.text.slice(this.pack.offsets[at + 2], this.pack.offsets[at + 3])
  }

  get runs(): Run[] {
    if (recent.line === this) return recent.runs
    const {numbers, offsets, text, runCount} = this.pack
    const at = runCount * runOffsets + this.index * lineOffsets
    const runs: Run[] = []
    for (let run = offsets[at]!; run < offsets[at + 1]!; run++) {
      const bits = offsets[run * runOffsets + 2]!
      const made: Run = {
        text: text.slice(offsets[run * runOffsets], offsets[run * runOffsets + 1]),
        x: numbers[run * runNumbers]!,
        y: numbers[run * runNumbers + 1]!,
        width: numbers[run * runNumbers + 2]!,
        size: numbers[run * runNumbers + 3]!,
        italic: (bits & italicBit) !== 0,
        bold: (bits & boldBit) !== 0
      }
      if (bits & raisedBit) made.raised = true
      runs.push(made)
    }
    recent.line = this
    recent.runs = runs
    return runs
  }

  /** The line as a plain object (a cache of pages written as JSON). */
  toJSON(): Line {
    return {page: this.page, runs: this.runs, y: this.y, size: this.size, x: this.x, right: this.right, text: this.text}
  }
}

/**
 * The lines of a page (as `linesOf` makes them) packed, read back through
 * views with the same fields: a page read from a PDF is kept this way
 * while the rest is read.
 */
export function packLines(lines: readonly Line[], page: number): Line[] {
  let runCount = 0
  for (const line of lines) runCount += line.runs.length
  const numbers = new Float64Array(runCount * runNumbers + lines.length * lineNumbers)
  const offsets = new Uint32Array(runCount * runOffsets + lines.length * lineOffsets)
  const parts: string[] = []
  let length = 0
  let run = 0
  lines.forEach((line, index) => {
    const raw = joined(line.runs)
    // Each run's text stands in the line's untrimmed text, after the spaces joined() put before it.
    let from = length
    const first = run
    for (const item of line.runs) {
      const start = raw.indexOf(item.text, from - length) + length
      const number = run * runNumbers
      numbers[number] = item.x
      numbers[number + 1] = item.y
      numbers[number + 2] = item.width
      numbers[number + 3] = item.size
      const offset = run * runOffsets
      offsets[offset] = start
      offsets[offset + 1] = start + item.text.length
      offsets[offset + 2] = (item.italic ? italicBit : 0) | (item.bold ? boldBit : 0) | (item.raised ? raisedBit : 0)
      from = start + item.text.length
      run++
    }
    const lead = raw.length - raw.trimStart().length
    const number = runCount * runNumbers + index * lineNumbers
    numbers[number] = line.y
    numbers[number + 1] = line.size
    numbers[number + 2] = line.x
    numbers[number + 3] = line.right
    const offset = runCount * runOffsets + index * lineOffsets
    offsets[offset] = first
    offsets[offset + 1] = run
    offsets[offset + 2] = length + lead
    offsets[offset + 3] = length + raw.trimEnd().length
    parts.push(raw)
    length += raw.length
  })
  const pack = new Packed(page, parts.join(''), numbers, offsets, runCount)
  return lines.map((_, index) => new PackedLine(pack, index))
}
