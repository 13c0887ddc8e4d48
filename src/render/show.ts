/**
 * `reso show`: selected paragraphs in full, wrapped to the terminal, the
 * action phrase in bold, italics where the source has them, sub-paragraphs
 * on their own lines with a hanging indent.
 */
import type {ChalkInstance} from 'chalk'
import type {Content, PhrasingContent} from '../tree.js'
import type {Selection, Selectable} from '../query/select-label.js'
import {escapeControl as esc} from './escape.js'
import {append} from '../array.js'
import {paintRuns, type Palette, type Run as Painted} from './paint.js'

type Style = 'plain' | 'phrase' | 'emphasis' | 'status' | 'placeholder'

/** A stretch of text in one style. */
type Run = Painted<Style>

function runsOf(nodes: readonly PhrasingContent[], style: Style, runs: Run[]): void {
  for (const node of nodes) {
    switch (node.type) {
      case 'text':
      case 'citation':
        runs.push({text: node.value, style})
        break
      case 'actionPhrase':
        runs.push({text: node.value, style: 'phrase'})
        break
      case 'emphasis':
        runsOf(node.children, style === 'plain' ? 'emphasis' : style, runs)
        break
      case 'bracketedNote':
        runsOf(node.children, node.kind === 'status' ? 'status' : node.kind === 'placeholder' ? 'placeholder' : style, runs)
        break
      case 'footnoteReference':
        break
    }
  }
}

/** How each style is painted: the action phrase bold, italics as written, status notes dim, placeholders yellow. */
const palette: Palette<Style> = {
  plain: undefined,
  phrase: (c) => c.bold,
  emphasis: (c) => c.italic,
  status: (c) => c.dim,
  placeholder: (c) => c.yellow
}

/**
 * Wrap runs to `width`: the first line starts with `first` (a marker), the
 * others with `rest` spaces. Words are measured on their text, then painted.
 */
function wrapRuns(runs: readonly Run[], width: number, first: string, rest: string, c: ChalkInstance): string[] {
  // Words as lists of styled pieces: a word may change style ("Day" then ".").
  const words: Array<{length: number; pieces: Run[]}> = []
  let current: {length: number; pieces: Run[]} = {length: 0, pieces: []}
  for (const run of runs) {
    for (const part of run.text.split(/(\s+)/)) {
      if (part === '') continue
      if (/^\s/.test(part)) {
        if (current.length > 0) words.push(current)
        current = {length: 0, pieces: []}
      } else {
        current.pieces.push({text: part, style: run.style})
        current.length += part.length
      }
    }
  }
  if (current.length > 0) words.push(current)
  // Lay out, then paint each line's stretches of one style at once.
  const lines: string[] = []
  let line: Run[] = []
  let length = first.length
  let lead = first
  const end = (): void => {
    lines.push(lead + paintRuns(line, palette, c, esc))
    line = []
    lead = rest
    length = rest.length
  }
  for (const word of words) {
    if (line.length > 0 && length + 1 + word.length > width) end()
    if (line.length > 0) {
      const before = line[line.length - 1]!.style
      line.push({text: ' ', style: before === word.pieces[0]!.style ? before : 'plain'})
      length++
    }
    append(line, word.pieces)
    length += word.length
  }
  if (line.length > 0 || lines.length === 0) end()
  return lines
}

function bodyLines(node: Selectable, indent: string, marker: string, width: number, c: ChalkInstance, lines: string[]): void {
  if (node.type === 'header' || node.type === 'closing') {
    for (const child of node.children) append(lines, wrapRuns([{text: child.value, style: 'plain'}], width, indent, indent, c))
    return
  }
  let runs: Run[] = []
  let lead = indent + marker
  const hang = indent + ' '.repeat(marker.length)
  const flush = (): void => {
    if (runs.length > 0) append(lines, wrapRuns(runs, width, lead, hang, c))
    runs = []
    lead = hang
  }
  for (const child of node.children as Content[]) {
    if (child.type === 'subParagraph') {
      flush()
      bodyLines(child, hang, child.marker + ' ', width, c, lines)
    } else {
      runsOf([child as PhrasingContent], 'plain', runs)
    }
  }
  flush()
}

/** Render selections as lines: a label line, then the text wrapped to `width`. */
export function show(selections: readonly Selection[], c: ChalkInstance, width: number): string[] {
  const lines: string[] = []
  for (const selection of selections) {
    if (lines.length > 0) lines.push('')
    const position = selection.node.position
    const where = position ? (position.start.line === position.end.line ? 'line ' + position.start.line : 'lines ' + position.start.line + '-' + position.end.line) : ''
    lines.push(c.cyan.bold(esc(selection.label)) + (where ? c.dim('  ' + where) : ''))
    bodyLines(selection.node, '  ', '', Math.max(width, 20), c, lines)
  }
  return lines
}
