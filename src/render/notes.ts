/**
 * `reso notes`: per file, a table of bracketed notes (where, paragraph,
 * kind, text) and the negotiation summary under it.
 */
import type {ChalkInstance} from 'chalk'
import type {NoteEntry, NotesReport} from '../query/notes.js'
import {escapeControl as esc} from './escape.js'
import {table} from './table.js'
import {maxOf} from '../array.js'

/** The notes of one file. */
export interface NotesFile extends NotesReport {
  /** The file as given, or "<stdin>". */
  file: string
}

function plural(count: number, word: string, many = word + 's'): string {
  return count + ' ' + (count === 1 ? word : many)
}

/** "PP5 (2), OP2": labels in order, with a count where one repeats. */
function labelCounts(notes: readonly NoteEntry[]): string {
  const counts = new Map<string, number>()
  for (const note of notes) counts.set(note.label, (counts.get(note.label) ?? 0) + 1)
  return [...counts].map(([label, count]) => (count > 1 ? label + ' (' + count + ')' : label)).join(', ')
}

function summary(report: NotesFile): string[] {
  const lines = [
    report.agreed.length + ' of ' + report.paragraphs + ' agreed ad ref' + (report.agreed.length > 0 ? ': ' + report.agreed.join(' ') : ''),
    plural(report.placeholders.length, 'placeholder') + (report.placeholders.length > 0 ? ': ' + report.placeholders.map((note) => note.label + ' [' + note.text + ']').join(', ') : ''),
    plural(report.open.length, 'open bracketed text') + (report.open.length > 0 ? ': ' + labelCounts(report.open) : ''),
    plural(report.alternatives.length, 'alternative') + (report.alternatives.length > 0 ? ': ' + report.alternatives.join(', ') : '')
  ]
  if (report.unbalanced.length === 0) lines.push('no unbalanced brackets')
  else {
    lines.push(plural(report.unbalanced.length, 'unbalanced bracket') + ':')
    for (const bracket of report.unbalanced) lines.push('  ' + bracket.line + ':' + bracket.column + '  ' + bracket.reason)
  }
  return lines
}

/** Render the notes of each file as lines, `width` columns wide. */
export function notesView(reports: readonly NotesFile[], c: ChalkInstance, width: number): string[] {
  const lines: string[] = []
  for (const report of reports) {
    if (lines.length > 0) lines.push('')
    lines.push(c.bold(esc(report.file)))
    if (report.notes.length === 0) lines.push('  no bracketed notes')
    else {
      const rows = report.notes.map((note) => [note.line + ':' + note.column, note.label, note.kind, '[' + note.text + ']'])
      const fixed = ['where', 'label', 'kind'].map((title, index) => maxOf(rows.map((row) => row[index]!.length), title.length))
      const room = Math.max(20, width - 2 - fixed.reduce((sum, size) => sum + size + 2, 0))
      const kinds: Record<string, (text: string) => string> = {status: c.green, placeholder: c.yellow, text: c.magenta, alternative: c.cyan}
      const laid = table([{title: 'where'}, {title: 'label'}, {title: 'kind'}, {title: 'note', max: room}], rows, {
        header: (text) => c.dim(text),
        cell: (text, column, row) => (column === 2 ? (kinds[report.notes[row]!.kind] ?? ((value: string) => value))(text) : text)
      })
      for (const line of laid) lines.push('  ' + line)
    }
    for (const line of summary(report)) lines.push('  ' + esc(line))
  }
  return lines
}
