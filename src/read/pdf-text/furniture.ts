/**
 * Page furniture: the cells and lines of a page's header or footer (the
 * document's symbol, a job number, a page line, a bar code) and the running
 * title beside them, learnt from the document's own symbol and title.
 */
import {cells, type Line} from './lines.js'

/** Only short lines can be page furniture; every pattern below is anchored and simple. */
export const maxFurniture = 160

export const symbolOnly = /^[A-Z]{1,6}(?:\/[A-Za-z0-9.-]{1,24}){1,8}(?: \(\d{4}\))?$/
const jobNumber = /^\d{2}-\d{5}(?: ?\([A-Z]\))?$/

/** A cell of a page header or footer, whatever the document. */
function isFurnitureCell(cell: string, symbol: string | undefined): boolean {
  if (cell === symbol) return true
  if (symbolOnly.test(cell) && /\d/.test(cell) && !cell.endsWith('.')) return true
  if (jobNumber.test(cell)) return true
  // A page line, a page number, a bar code, the date code beside the job number.
  if (/^\d{1,3} ?\/ ?\d{1,3}$/.test(cell) || /^\d{1,3}$/.test(cell) || /^- ?\d{1,3} ?-$/.test(cell)) return true
  if (/^Page \d{1,3}(?: of \d{1,3})?$/.test(cell)) return true
  if (/^\*\d{5,}\*$/.test(cell) || /^\d{6}$/.test(cell)) return true
  return false
}

function isFurnitureLine(text: string, symbol: string | undefined): boolean {
  if (text.length > maxFurniture) return false
  if (isFurnitureCell(text, symbol)) return true
  // "25-15106 2/4", "2/4 25-15106", "25-16620 (E) 201025"
  const parts = cells(text)
  const words = parts.length > 1 ? parts : text.split(' ')
  return words.length > 1 && words.length <= 6 && words.every((cell) => isFurnitureCell(cell, symbol))
}

/** What the document says about itself: its symbol and its title, to know its running header. */
export interface Furniture {
  symbol?: string
  title?: string
}

/** Words of a text for comparing titles: letters and digits, lower case. */
function squash(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '')
}

/** Mark page furniture: symbol, job number and page lines, then the running title beside them. */
export function markFurniture(lines: Line[], furniture: Furniture): void {
  for (const line of lines) if (line.kind === 'text' && isFurnitureLine(line.text, furniture.symbol)) line.kind = 'furniture'
  const title = furniture.title ? squash(furniture.title.slice(0, 600)) : ''
  const counts = new Map<string, number>()
  for (const line of lines) if (line.kind === 'text' && line.text.length <= maxFurniture) counts.set(line.text, (counts.get(line.text) ?? 0) + 1)
  const running = (text: string): boolean => {
    // A running title never ends a sentence or a clause: "ammunition management," is the body's.
    if (text.length > maxFurniture || /[.,;:]$/.test(text)) return false
    const parts = cells(text)
    // A cell beside the symbol may be a short tail of the title ("for 2024"); alone, it must be longer.
    const least = parts.length > 1 && parts.some((cell) => isFurnitureCell(cell, furniture.symbol)) ? 3 : 6
    return parts.every((cell) => {
      if (isFurnitureCell(cell, furniture.symbol)) return true
      const squashed = squash(cell)
      return squashed.length >= least && title.includes(squashed)
    })
  }
  // Two rounds: a running title takes up to three lines beside the symbol.
  for (let round = 0; round < 3; round++) {
    for (let index = 0; index < lines.length; index++) {
      const line = lines[index]!
      if (line.kind !== 'text' || !nearFurniture(lines, index)) continue
      const repeated = (counts.get(line.text) ?? 0) >= 2 && !/[.,;:]$/.test(line.text) && line.text.length <= 100
      if (running(line.text) || (repeated && cells(line.text).some((cell) => isFurnitureCell(cell, furniture.symbol)))) line.kind = 'furniture'
      else if (repeated && title !== '' && squash(line.text).length >= 8 && title.includes(squash(line.text))) line.kind = 'furniture'
    }
  }
}

/** Whether a furniture line or page break is next to a line, blank lines aside. */
function nearFurniture(lines: Line[], index: number): boolean {
  for (const step of [-1, 1]) {
    let at = index + step
    let seen = 0
    while (at >= 0 && at < lines.length && seen < 3) {
      const kind = lines[at]!.kind
      if (kind === 'furniture' || kind === 'pagebreak') return true
      if (kind !== 'blank') seen++
      if (kind === 'text') break
      at += step
    }
  }
  return false
}
