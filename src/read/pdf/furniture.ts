/**
 * Page furniture and footnote zones: the running header and the footer of
 * every page, found by where they stand and how they repeat, and the foot
 * of a page where its footnotes start.
 */
import {isRule, type Line, type PageLines} from './lines.js'
import type {Measures} from './measure.js'
import {markers} from './write.js'

/** A line's shape for finding repeats: digits stand for any digit, case and spaces ignored. */
function shape(text: string): string {
  return text.replace(/\d+/g, '#').replace(/\s+/g, '').toLowerCase()
}

/** Tokens of a footer: job number (25-16620), page (2/8), "(E)", print date, barcode (*2516620*). */
const footerToken = /^(?:\d{2}-\d{5}|\d{1,4}\/\d{1,4}|\(E\)|\d{6}|\d{1,4}|\*\d{5,9}\*|Please|recycle)$/

function isFooterText(text: string): boolean {
  const tokens = text.split(/\s+/)
  return tokens.length > 0 && tokens.length <= 6 && tokens.every((token) => footerToken.test(token))
}

/** A symbol as a running header shows it: A/RES/80/3, A/C.3/80/L.10. */
export const symbolShape = /^[A-Z]{1,6}(?:\/[A-Za-z0-9.-]{1,24}){1,8}$/

/**
 * Furniture of every page: the running header (lines above the body at the
 * top of pages after the first, in a smaller size, or repeated, or naming
 * the document's symbol) and the footer (the lowest lines of a page, in the
 * bottom tenth, repeated from page to page or made only of the job number,
 * page number and barcode). Returns the body's line range of each page.
 */
export function findFurniture(pages: readonly PageLines[], measures: Measures, symbol: string | undefined): Array<{from: number; to: number}> {
  const topShapes = new Map<string, number>()
  const bottomShapes = new Map<string, number>()
  for (const page of pages) {
    const seen = new Set<string>()
    for (const line of page.lines) {
      if (line.y > page.height * 0.86) seen.add('t' + shape(line.text))
      if (line.y < page.height * 0.1) seen.add('b' + shape(line.text))
    }
    for (const key of seen) {
      const map = key.startsWith('t') ? topShapes : bottomShapes
      map.set(key.slice(1), (map.get(key.slice(1)) ?? 0) + 1)
    }
  }
  const ranges: Array<{from: number; to: number}> = []
  for (const page of pages) {
    const lines = page.lines
    let from = 0
    if (page.page > 1) {
      while (from < lines.length) {
        const line = lines[from]!
        if (line.y < page.height * 0.86) break
        const repeated = (topShapes.get(shape(line.text)) ?? 0) >= 2
        const small = line.size < measures.size * 0.95
        const named = symbol !== undefined && line.text.split(' ').includes(symbol)
        if (!(repeated || small || named || symbolShape.test(line.text))) break
        from++
      }
    }
    let to = lines.length
    while (to > from) {
      const line = lines[to - 1]!
      // A line that starts with a raised marker is a footnote, however alike footnotes are.
      if (line.y > page.height * 0.1 || line.runs[0]?.raised) break
      const repeated = (bottomShapes.get(shape(line.text)) ?? 0) >= 2 && pages.length > 1
      if (!(repeated || isFooterText(line.text) || line.runs.every((run) => /^\*\d+\*$/.test(run.text)))) break
      to--
    }
    ranges.push({from, to})
  }
  return ranges
}

/**
 * Where a page's footnotes start: below the separator rule, or else at the
 * first of the small lines at the foot of the page if one of them begins
 * with a raised marker. Returns the index of the first footnote line (the
 * rule itself is skipped by the caller) or `to` when the page has none.
 */
export function footnoteStart(lines: readonly Line[], from: number, to: number, measures: Measures): {start: number; rule: boolean} {
  for (let index = to - 1; index >= from; index--) {
    if (isRule(lines[index]!)) return {start: index, rule: true}
  }
  let start = to
  while (start > from && lines[start - 1]!.size < measures.size * 0.92) start--
  for (let index = start; index < to; index++) {
    const head = lines[index]!.runs[0]
    if (head?.raised || /^\*{1,3}$/.test(head?.text.trim() ?? '')) return {start, rule: false}
  }
  return {start: to, rule: false}
}

/** A footnote's lines, under the marker it starts with ("" when a page's foot starts without one). */
export interface Note {
  id: string
  lines: Line[]
}

/** The lines of every page sorted: body, footnotes and furniture. */
export interface Zones {
  body: Line[]
  notes: Note[]
  furniture: Line[]
}

/**
 * Sort every page's lines into the body, the footnotes (below the rule; a
 * footnote that runs onto the next page goes on there) and the furniture
 * outside each page's body range; page 1's body starts at `bodyFrom`, under
 * the masthead's lines.
 */
export function zones(pages: readonly PageLines[], ranges: ReadonlyArray<{from: number; to: number}>, masthead: readonly Line[], bodyFrom: number, measures: Measures): Zones {
  const body: Line[] = []
  const notes: Note[] = []
  const furniture: Line[] = []
  for (const page of pages) {
    const range = ranges[page.page - 1]!
    const from = page.page === 1 ? Math.max(range.from, bodyFrom) : range.from
    for (let index = 0; index < from; index++) if (!(page.page === 1 && masthead.includes(page.lines[index]!))) furniture.push(page.lines[index]!)
    for (let index = range.to; index < page.lines.length; index++) furniture.push(page.lines[index]!)
    const zone = footnoteStart(page.lines, from, range.to, measures)
    for (let index = from; index < zone.start; index++) {
      const line = page.lines[index]!
      // A table's lettered note above the page's footnote rule ("a See A/80/505."): a footnote as its table's notes are without a rule.
      const head = line.runs[0]
      const previous = index > from ? page.lines[index - 1]! : undefined
      const small = (candidate: Line | undefined): boolean => candidate !== undefined && candidate.size < measures.size * 0.92
      if (zone.rule && head?.raised && /^[a-z]$/.test(head.text.trim()) && small(line) && small(previous) && line.runs.length > 1 && (index + 1 === zone.start || (page.lines[index + 1]!.runs[0]?.raised && /^[a-z]$/.test(page.lines[index + 1]!.runs[0]!.text.trim())))) {
        notes.push({id: head.text.trim(), lines: [line]})
        continue
      }
      body.push(line)
    }
    for (let index = zone.start + (zone.rule ? 1 : 0); index < range.to; index++) {
      const line = page.lines[index]!
      const head = line.runs[0]
      const ids = head?.raised || /^\*{1,3}$/.test(head?.text.trim() ?? '') ? markers(head!.text.trim()) : undefined
      if (ids && ids.length === 1) notes.push({id: ids[0]!, lines: [line]})
      else if (notes.length > 0) notes[notes.length - 1]!.lines.push(line)
      else notes.push({id: '', lines: [line]})
    }
  }
  return {body, notes, furniture}
}
