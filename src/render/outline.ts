/**
 * `reso parse` as an indented outline: header facts, then each paragraph's
 * label, phrase and first words, with its citations and notes marked.
 */
import type {ChalkInstance} from 'chalk'
import {toString} from 'mdast-util-to-string'
import type {Content, Paragraph, Resolution} from '../tree.js'
import {escapeControl as esc} from './escape.js'
import {headerFacts} from '../grammar/index.js'
import {citationsOf, firstWords, notesOf, objectText, phraseOf} from '../grammar/paragraphs.js'

const headerFields = headerFacts.filter((fact) => fact.field !== 'sponsors').map((fact) => [fact.field, fact.name] as const)

function paragraphLines(paragraph: Paragraph, indent: string, c: ChalkInstance, lines: string[]): void {
  const phrase = phraseOf(paragraph)
  const label = paragraph.type === 'subParagraph' ? paragraph.marker : paragraph.label
  const head = phrase ? (phrase.known ? c.bold(esc(phrase.value)) : c.bold(esc(phrase.value)) + c.yellow(' (?)')) : paragraph.type === 'subParagraph' ? '' : c.dim('(no phrase)')
  lines.push(indent + c.cyan(esc(label)) + '  ' + (head ? head + '  ' : '') + c.dim(esc(firstWords(objectText(paragraph), 8))))
  for (const citation of citationsOf(paragraph)) {
    // Escaped first, coloured after: the colour codes are ours, the text is the input's.
    let what = citation.kind === 'internal'
      ? (citation.refersTo === 'document' ? 'this resolution' : '-> ' + (citation.targets?.length ? esc(citation.targets.join(', ')) : c.red('nothing')))
      : esc(citation.symbol ?? (citation.kind === 'article' ? 'article ' + citation.article + (citation.instrument ? ' of ' + citation.instrument : '') : '?'))
    if (citation.date) what += ' (' + esc(citation.date) + ')'
    lines.push(indent + '    ' + c.green('cites') + ' ' + citation.kind + ' ' + what + c.dim('  "' + esc(citation.value) + '"'))
  }
  for (const note of notesOf(paragraph)) {
    lines.push(indent + '    ' + c.magenta('note') + ' ' + note.kind + c.dim('  [' + esc(firstWords(note.note, 10)) + ']'))
  }
  for (const child of paragraph.children) {
    if (child.type === 'subParagraph') paragraphLines(child, indent + '  ', c, lines)
  }
}

function nodeLines(node: Content, indent: string, c: ChalkInstance, lines: string[]): void {
  switch (node.type) {
    case 'header':
    case 'enactingFormula':
      return
    case 'heading':
      if (node.role === 'part') lines.push(indent + c.bold('heading') + '  ' + esc(firstWords(toString(node), 12)))
      return
    case 'preamble':
    case 'operative':
      lines.push(indent + c.bold(node.type))
      for (const child of node.children) paragraphLines(child, indent + '  ', c, lines)
      return
    case 'part':
      lines.push(indent + c.bold('part ' + node.path))
      for (const child of node.children) nodeLines(child, indent + '  ', c, lines)
      return
    case 'block':
      lines.push(indent + c.dim('text  ' + esc(firstWords(toString(node), 10))))
      return
    case 'closing':
      lines.push(indent + c.bold('closing') + '  ' + esc(node.children.map((child) => child.value).join(' / ')))
      return
    case 'annex':
      lines.push(indent + c.bold(esc(node.label)) + c.dim('  ' + node.children.length + ' blocks' + (node.children[0] ? ': ' + esc(firstWords(toString(node.children[0]), 8)) : '')))
      return
    case 'footnoteDefinition':
      lines.push(indent + c.dim('footnote ' + esc(node.identifier) + '  ' + esc(firstWords(toString(node), 10))))
      return
    default:
      return
  }
}

/** Render the outline as lines (without trailing newline). */
export function outline(tree: Resolution, c: ChalkInstance): string[] {
  const lines: string[] = []
  for (const [field, name] of headerFields) {
    const value = tree[field]
    if (value !== undefined) lines.push(c.dim(name.padEnd(13)) + esc(String(value)))
  }
  if (tree.sponsors) lines.push(c.dim('sponsors'.padEnd(13)) + esc(tree.sponsors.join(', ')))
  if (tree.decision) lines.push(c.dim('decision'.padEnd(13)) + 'yes')
  if (tree.chapterVII) lines.push(c.dim('chapter VII'.padEnd(13)) + 'yes')
  lines.push('')
  for (const child of tree.children) nodeLines(child, '', c, lines)
  return lines
}
