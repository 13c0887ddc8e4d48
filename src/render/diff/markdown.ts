/** The `--markdown` view of `reso diff`: a redline, ~~deleted~~ **inserted**. */
import type {Change, DiffResult, WordChange} from '../../diff/types.js'
import {escapeControl as esc} from '../escape.js'
import {plan, foldText, renumberedText, touched, type Item} from './fold.js'
import {oneSide} from './one-side.js'
import {headerNameOf, headerText, kindText, labelText, annotationText, plainText, spaced, type DiffViewOptions, type Spaced} from './shared.js'

/** Markdown's special characters escaped, so the paragraph text reads as written. */
function escapeMarkdown(text: string): string {
  return esc(text).replace(/[\\`*_~[\]<|#]/g, (character) => '\\' + character)
}

function markdownRuns(runs: WordChange[]): string {
  let out = ''
  let previous: Spaced | undefined
  for (const run of spaced(runs, 'both')) {
    const text = escapeMarkdown(run.text.trimEnd())
    // "~~old~~ **new**": a space keeps the two words apart when rendered.
    const apart = run.op === 'insert' && previous?.op === 'delete' && /^[\p{L}\p{N}]/u.test(run.text)
    const space = run.space || apart ? ' ' : ''
    previous = run
    out += run.op === 'delete' ? space + '~~' + text + '~~' : run.op === 'insert' ? space + '**' + text + '**' : space + text
  }
  return out
}

function markdownChange(change: Change, depth: number, options: DiffViewOptions, lines: string[]): void {
  const quote = '  '.repeat(depth)
  const edited = change.words.some((run) => run.op !== 'equal')
  const whole = change.kind === 'added' ? '**' + escapeMarkdown(plainText(change)) + '**' : change.kind === 'removed' ? '~~' + escapeMarkdown(plainText(change)) + '~~' : markdownRuns(change.words)
  const title = quote + '**' + escapeMarkdown(labelText(change)) + '** (' + escapeMarkdown(kindText(change)) + (!edited && change.kind !== 'added' && change.kind !== 'removed' && change.kind !== 'unchanged' ? ', text unchanged' : '') + ')'
  lines.push(title, '')
  if (edited || options.full || change.kind === 'added' || change.kind === 'removed') {
    if (whole) lines.push(quote + whole, '')
  }
  for (const annotation of change.notes) lines.push(quote + '- *' + escapeMarkdown(annotationText(annotation)) + '*')
  if (change.notes.length) lines.push('')
  markdownItems(plan(change.subs, options), depth + 1, options, lines)
}

function markdownItems(items: Item[], depth: number, options: DiffViewOptions, lines: string[]): void {
  const quote = '  '.repeat(depth)
  for (const item of items) {
    if (item.type === 'change') markdownChange(item.change, depth, options, lines)
    else if (item.type === 'brief') lines.push(quote + '*' + escapeMarkdown(labelText(item.change)) + (item.change.kind === 'unchanged' ? ' unchanged' : ' ' + item.change.kind) + '*', '')
    else if (item.type === 'fold') lines.push(quote + '*' + escapeMarkdown(foldText(item.changes)) + '*', '')
    else lines.push(quote + '**' + escapeMarkdown(renumberedText(item.changes)) + '** (renumbered, text unchanged)', '')
  }
}

/** A redline to paste into an e-mail or a document: ~~deleted~~ **inserted**. */
export function markdown(result: DiffResult, options: DiffViewOptions): string[] {
  const lines = ['# ' + escapeMarkdown(options.names[0]) + ' -> ' + escapeMarkdown(options.names[1]), '']
  for (const change of result.header) {
    // A fact on one side only (one-side.ts) is set in bold alone or struck out, as an added or a removed paragraph is.
    const one = oneSide(change)
    const value = one ? (one.op === 'insert' ? '**' + escapeMarkdown(one.value) + '**' : '~~' + escapeMarkdown(one.value) + '~~')
      : change.field === 'sponsors' ? escapeMarkdown(headerText(change))
      : '~~' + escapeMarkdown(change.old!) + '~~ **' + escapeMarkdown(change.new!) + '**'
    lines.push('- ' + headerNameOf(change) + ': ' + value)
  }
  if (result.header.length) lines.push('')
  if (!result.differs && result.changes.every((change) => !touched(change))) lines.push(result.header.length > 0 || result.closing ? '*No change of substance (header facts only).*' : '*No differences.*', '')
  markdownItems(plan(result.changes, options), 0, options, lines)
  while (lines[lines.length - 1] === '') lines.pop()
  return lines
}
