/**
 * What a two-version diff shows besides its paragraphs: the closing (in the
 * header block), footnotes changed with the paragraph that carries them,
 * and annexes as single entries (expanded with `--annex`). Drawn from the
 * same result; no analysis here.
 */
import type {ChalkInstance} from 'chalk'
import {diffWords} from 'diff'
import type {AnnexChange, AnnexSize, DiffResult, FootnoteChange} from '../../diff/types.js'
import {escapeControl as esc} from '../escape.js'
import {factText, paintSign} from './one-side.js'

/**
 * The closing as a header line, worded and signed as a header fact is
 * (one-side.ts): "+ 55th plenary meeting, 24 December 2024" when one version
 * alone closes. One line, never wrapped (header facts wrap at the view's
 * width): the command draws it as it is after `--stat` and `--markdown` too.
 */
export function closingLines(result: DiffResult, c: ChalkInstance): string[] {
  const closing = result.closing
  if (!closing) return []
  return [c.dim('closing'.padEnd(13)) + paintSign(closing, esc(factText(closing)), c)]
}

/** Words deleted and inserted between two texts: coloured, or [-marked-] {+marked+} without colour. */
function wordDiff(old: string, next: string, c: ChalkInstance): string {
  return diffWords(old, next).map((part) => {
    const text = esc(part.value)
    if (part.removed) return c.level > 0 ? c.red.strikethrough(text) : '[-' + text + '-]'
    if (part.added) return c.level > 0 ? c.green(text) : '{+' + text + '+}'
    return text
  }).join('')
}

function footnoteName(change: FootnoteChange): string {
  const id = change.oldId !== undefined && change.newId !== undefined && change.oldId !== change.newId ? change.oldId + ' -> ' + change.newId : change.newId ?? change.oldId ?? ''
  return (change.label ? change.label + ' ' : '') + 'footnote ' + id
}

/** One line per footnote change: "PP3 footnote 4: A/79/123 -> A/80/456". */
export function footnoteLines(result: DiffResult, c: ChalkInstance): string[] {
  if (!result.footnotes) return []
  const lines = ['', c.bold('footnotes')]
  for (const change of result.footnotes) {
    const name = c.bold(esc(footnoteName(change)))
    if (change.kind === 'added') lines.push(name + '  ' + c.green('added') + c.dim(': ') + esc(change.new ?? ''))
    else if (change.kind === 'removed') lines.push(name + '  ' + c.red('removed') + c.dim(': ') + esc(change.old ?? ''))
    else if (change.citationsRemoved || change.citationsAdded) {
      lines.push(name + ': ' + c.red(esc((change.citationsRemoved ?? []).join(', ') || '(none)')) + ' -> ' + c.green(esc((change.citationsAdded ?? []).join(', ') || '(none)')))
      lines.push('    ' + wordDiff(change.old ?? '', change.new ?? '', c))
    } else lines.push(name + '  ' + c.yellow('changed') + c.dim(': ') + wordDiff(change.old ?? '', change.new ?? '', c))
  }
  return lines
}

function sizeText(size: AnnexSize | undefined): string {
  if (!size) return ''
  return (size.articles > 0 ? size.articles + ' article' + (size.articles === 1 ? '' : 's') + ', ' : '') + size.paragraphs + ' paragraph' + (size.paragraphs === 1 ? '' : 's')
}

/** The line of one annex: added or removed with its size, or changed with the articles that changed. */
export function annexLine(change: AnnexChange, c: ChalkInstance): string {
  const head = c.bold(esc(change.label)) + '  '
  const title = change.title !== change.label ? ': ' + esc(change.title) : ''
  if (change.kind === 'added') return head + c.green('added') + title + c.dim(' (' + sizeText(change.new) + ')')
  if (change.kind === 'removed') return head + c.red('removed') + title + c.dim(' (' + sizeText(change.old) + ')')
  const where = change.articles.length > 0 ? ' in ' + change.articles.join(', ') + ' (' + change.articles.length + ' of ' + (change.new?.articles ?? 0) + ' articles)' : ''
  return head + c.yellow('changed') + title + c.dim('; ' + change.changed + ' paragraph' + (change.changed === 1 ? '' : 's') + where)
}

/** The annex entries; with `expand`, each changed annex followed by its own paragraphs drawn by `draw`. */
export function annexLines(result: DiffResult, c: ChalkInstance, expand: boolean, draw: (changes: AnnexChange) => string[]): string[] {
  if (!result.annexes) return []
  const lines: string[] = ['']
  for (const change of result.annexes) {
    lines.push(annexLine(change, c))
    if (expand && change.kind === 'changed') lines.push(...draw(change))
  }
  if (!expand && result.annexes.some((change) => change.kind === 'changed')) lines.push(c.dim('(--annex shows the annex paragraph by paragraph)'))
  return lines
}
