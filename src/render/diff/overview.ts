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

/**
 * The phrase's trail where its strength moved along the chain, each step
 * coloured by its direction: every version's phrase ("Urges -> Encourages
 * -> Encourages") when that fits in `room`, else only the changes, each
 * with the version it came in ("Strongly condemns -> v6 Condemns (weaker)").
 */
function trail(paragraph: ChainParagraph, c: ChalkInstance, room: number): {text: string; width: number} | undefined {
  // Only where the strength moved (or could not be told): "Also requests -> Further requests" is not a move.
  if (!paragraph.strength.some((direction) => direction === 'weaker' || direction === 'stronger' || direction === 'unknown')) return undefined
  const draw = (changesOnly: boolean): {text: string; width: number} => {
    const parts: string[] = []
    let width = 0
    let previous: string | null = null
    paragraph.phrases.forEach((phrase, version) => {
      if (phrase === null) return
      if (changesOnly && previous !== null && phrase === previous) return
      const direction = version > 0 ? paragraph.strength[version - 1] : null
      const colour = direction === 'weaker' ? c.red : direction === 'stronger' ? c.green : (text: string): string => text
      const text = (changesOnly && previous !== null ? 'v' + (version + 1) + ' ' : '') + esc(phrase) + (direction === 'weaker' || direction === 'stronger' ? ' (' + direction + ')' : '')
      if (parts.length > 0) width += 4
      parts.push(colour(text))
      width += text.length
      previous = phrase
    })
    return {text: parts.join(' -> '), width}
  }
  const full = draw(false)
  return full.width <= room ? full : draw(true)
}

const pad = (text: string, width: number): string => text + ' '.repeat(Math.max(0, width - text.length))

/** The overview's lines: the versions' names, a legend, a heading row, then one row per paragraph. */
export function overview(result: ChainResult, names: string[], c: ChalkInstance, width: number): string[] {
  const count = names.length
  const lines: string[] = names.map((name, index) => c.bold(pad('v' + (index + 1), 4)) + esc(name))
  lines.push(c.dim(legend.length <= width ? legend : legend.replace(/  /g, ' ')))
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
    if (tableWidth + 2 + phrase.width <= width) lines.push(row + '  ' + phrase.text)
    else {
      lines.push(row.trimEnd())
      lines.push(' '.repeat(Math.min(4, labelWidth)) + phrase.text)
    }
  }
  return lines
}
