/**
 * The overview of a chain (`reso diff V1 V2 V3 ...`): one row per paragraph
 * of the last version and one per paragraph dropped along the way, one
 * column per version. A cell holds the mark of what happened at that step
 * and the paragraph's label in that version; where the action phrase moved
 * its trail closes the row ("Urges -> Encourages -> Encourages"). Labels,
 * never text, so that it fits 80 columns; when the versions are too many,
 * the middle columns keep their marks only.
 */
import type {ChalkInstance} from 'chalk'
import type {ChainMark, ChainParagraph, ChainResult} from '../../diff/chain.js'
import {escapeControl as esc} from '../escape.js'

const legend = '= unchanged  ~ reworded  + added  - removed  > moved  # renumbered  / split  & merged'

function markColour(mark: ChainMark, c: ChalkInstance): (text: string) => string {
  switch (mark) {
    case '+': return c.green
    case '-': return c.red
    case '~': return c.yellow
    case '>': return c.cyan
    case '/':
    case '&': return c.magenta
    case '#': return c.blue
    case '=': return c.dim
  }
}

/** A piece of a row as drawn (maybe coloured) and its width on screen. */
interface Drawn {
  text: string
  width: number
}

/**
 * The phrase's trail where its strength moved along the chain, each step
 * coloured by its direction: every version's phrase ("Urges -> Encourages
 * -> Encourages") when that fits in `room`, else only the changes, each
 * with the version it came in ("Strongly condemns -> v6 Condemns (weaker)").
 */
function trail(paragraph: ChainParagraph, c: ChalkInstance, room: number): Drawn[] | undefined {
  // Only where the strength moved (or could not be told): "Also requests -> Further requests" is not a move.
  if (!paragraph.strength.some((direction) => direction === 'weaker' || direction === 'stronger' || direction === 'unknown')) return undefined
  const draw = (changesOnly: boolean): Drawn[] => {
    const parts: Drawn[] = []
    let previous: string | null = null
    paragraph.phrases.forEach((phrase, version) => {
      if (phrase === null) return
      if (changesOnly && previous !== null && phrase === previous) return
      const direction = version > 0 ? paragraph.strength[version - 1] : null
      const colour = direction === 'weaker' ? c.red : direction === 'stronger' ? c.green : (text: string): string => text
      const text = (changesOnly && previous !== null ? 'v' + (version + 1) + ' ' : '') + esc(phrase) + (direction === 'weaker' || direction === 'stronger' ? ' (' + direction + ')' : '')
      parts.push({text: colour(text), width: text.length})
      previous = phrase
    })
    return parts
  }
  const full = draw(false)
  return widthOf(full) <= room ? full : draw(true)
}

const widthOf = (parts: Drawn[]): number => parts.reduce((sum, part) => sum + part.width, 0) + 4 * Math.max(0, parts.length - 1)

/** Items joined by `separator`, broken into lines of at most `width` columns, each line after the first starting with `next`. */
function pack(parts: Drawn[], separator: string, width: number, first: string, next: string): string[] {
  const lines: string[] = []
  let line = first
  let used = first.length
  let empty = true
  for (const part of parts) {
    const gap = empty ? 0 : separator.length
    if (!empty && used + gap + part.width > width) {
      lines.push(line.trimEnd())
      line = next + part.text
      used = next.length + part.width
      continue
    }
    line += (empty ? '' : separator) + part.text
    used += gap + part.width
    empty = false
  }
  lines.push(line)
  return lines
}

const pad = (text: string, width: number): string => text + ' '.repeat(Math.max(0, width - text.length))

/** The overview's lines: the versions' names, a legend, a heading row, then one row per paragraph. */
export function overview(result: ChainResult, names: string[], c: ChalkInstance, width: number): string[] {
  const count = names.length
  const lines: string[] = names.map((name, index) => c.bold(pad('v' + (index + 1), 4)) + esc(name))
  const keys = legend.split('  ').map((key) => ({text: key, width: key.length}))
  const spaced = pack(keys, '  ', width, '', '')
  for (const line of spaced.length === 1 ? spaced : pack(keys, ' ', width, '', '')) lines.push(c.dim(line))
  lines.push('')
  let labelWidth = 2 + String(count).length
  for (const paragraph of result.paragraphs) for (const label of paragraph.labels) if (label !== null) labelWidth = Math.max(labelWidth, label.length)
  // Full: every column a mark and a label. Narrow: the middle ones a mark only.
  const full = labelWidth + (count - 1) * (labelWidth + 4) <= width
  const columnWidth = (version: number): number => (version === 0 ? labelWidth : full || version === count - 1 ? labelWidth + 2 : 1)
  const gap = (version: number): string => (version === 0 ? '' : full || version === count - 1 ? '  ' : ' ')
  let heading = ''
  for (let version = 0; version < count; version++) heading += gap(version) + pad(version === 0 || full || version === count - 1 ? (version === 0 ? '' : '  ') + 'v' + (version + 1) : String((version + 1) % 10), columnWidth(version))
  lines.push(c.bold(heading.trimEnd()))
  const tableWidth = Array.from({length: count}, (_, version) => gap(version).length + columnWidth(version)).reduce((sum, value) => sum + value, 0)
  for (const paragraph of result.paragraphs) {
    let row = ''
    const gone = paragraph.labels[count - 1] === null
    for (let version = 0; version < count; version++) {
      const label = paragraph.labels[version]
      const mark = version > 0 ? paragraph.marks[version - 1] ?? null : null
      const labelText = label == null ? '' : esc(label)
      const shown = gone ? c.dim(labelText) : labelText
      if (version === 0) row += pad(labelText, labelWidth).replace(labelText, shown)
      else if (full || version === count - 1) row += gap(version) + (mark ? markColour(mark, c)(mark) : ' ') + ' ' + pad(labelText, labelWidth).replace(labelText, shown)
      else row += gap(version) + (mark ? markColour(mark, c)(mark) : ' ')
    }
    const phrase = trail(paragraph, c, Math.max(width - tableWidth - 2, width - 4))
    if (!phrase) {
      lines.push(row.trimEnd())
      continue
    }
    if (tableWidth + 2 + widthOf(phrase) <= width) lines.push(row + '  ' + phrase.map((part) => part.text).join(' -> '))
    else {
      lines.push(row.trimEnd())
      lines.push(...pack(phrase, ' -> ', width, '    ', '    -> '))
    }
  }
  return lines
}
