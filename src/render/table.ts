/**
 * Plain tables for the terminal and CSV for spreadsheets. Cells are
 * strings; the caller colours after layout with `style`, so widths are
 * measured on the text itself.
 */
import {escapeControl} from './escape.js'
import {maxOf} from '../array.js'

export interface Column {
  /** Header text. */
  title: string
  /** Right-align (numbers). */
  right?: boolean
  /** Longest width before the cell is cut with an ellipsis. */
  max?: number
}

/** Lay out rows under headers, two spaces between columns. */
export function table(
  columns: Column[],
  rows: string[][],
  style: {header?: (text: string) => string; cell?: (text: string, column: number, row: number) => string} = {}
): string[] {
  const cells = rows.map((row) => row.map((cell, index) => clip(escapeControl(cell), columns[index]?.max)))
  const widths = columns.map((column, index) => maxOf(cells.map((row) => (row[index] ?? '').length), column.title.length))
  const pad = (text: string, index: number): string => (columns[index]?.right ? text.padStart(widths[index]!) : text.padEnd(widths[index]!))
  const header = (style.header ?? ((text) => text))(columns.map((column, index) => pad(column.title, index)).join('  ').trimEnd())
  const body = cells.map((row, rowIndex) =>
    row
      .map((cell, index) => (style.cell ?? ((text) => text))(pad(cell, index), index, rowIndex))
      .join('  ')
      .trimEnd()
  )
  return [header, ...body]
}

function clip(text: string, max: number | undefined): string {
  if (max === undefined || text.length <= max) return text
  return text.slice(0, Math.max(0, max - 1)) + '\u2026'
}

/** One CSV field, quoted when it must be (RFC 4180). */
export function csvField(value: string | number | boolean | null | undefined): string {
  const text = value === null || value === undefined ? '' : String(value)
  return /[",\r\n]/.test(text) ? '"' + text.replace(/"/g, '""') + '"' : text
}

/** CSV lines from a header and rows. */
export function csv(header: string[], rows: Array<Array<string | number | boolean | null | undefined>>): string {
  return [header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n'
}
