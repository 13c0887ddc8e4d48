/**
 * The masthead, before the body: where the enacting formula stands, the
 * document's symbol, its title (after "80/3." or the sponsors' "...: draft
 * resolution" line), and the masthead's blocks.
 */
import {matchFormula} from '../../parse/header.js'
import {matchPhrase} from '../../recognize/phrase.js'
import type {Piece, RawBlock} from '../blocks.js'
import {maxFurniture, symbolOnly} from './furniture.js'
import {cells, type Line} from './lines.js'
import {joint, piecesOf} from './pieces.js'

export const titleNumber = /^(\[[^\]]{1,24}\]|(?:ES-|S-)?\d{1,4}\/\d{1,4}(?: [A-Z]{1,2})?)\.(?:\s+(\S.*))?$/
const sponsorLine = /:\*{0,3} (?:revised )?draft (?:resolution|decision)$/i

/** The index of the enacting formula ("The General Assembly,") among the first lines, or -1. */
export function findFormula(lines: Line[]): number {
  for (let index = 0; index < lines.length && index < 400; index++) {
    const line = lines[index]!
    if (line.kind !== 'text' || line.text.length >= 90) continue
    if (matchFormula(line.text)) return index
    // "The General Assembly" without its comma, then "Adopts the following ..." or "Resolves that:".
    const next = lines.slice(index + 1, index + 4).find((candidate) => candidate.kind === 'text')
    if (matchFormula(line.text + ',') && next && matchPhrase(next.text, 0, 'operative')?.known) return index
  }
  return -1
}

/** The symbol: the first symbol cell of the first lines. */
export function findSymbol(lines: Line[], stop: number): string | undefined {
  for (let index = 0; index < stop && index < 60; index++) {
    const line = lines[index]!
    if (line.kind !== 'text' || line.text.length > maxFurniture) continue
    for (const cell of cells(line.text)) if (symbolOnly.test(cell) && /\d/.test(cell)) return cell
  }
  return undefined
}

/**
 * The title as the masthead gives it: after "80/3." (alone on its line or
 * not), or after the sponsors' "...: draft resolution" line, up to a blank
 * line or the formula.
 */
export function findTitle(lines: Line[], formula: number): {title: string; from: number; to: number; numbered: boolean} | undefined {
  for (let index = 0; index < formula; index++) {
    const line = lines[index]!
    if (line.kind !== 'text') continue
    const numbered = titleNumber.exec(line.text.replace(/ {2,}/g, ' '))
    if (!numbered) continue
    const parts: string[] = []
    if (numbered[2]) parts.push(numbered[2])
    let to = index + 1
    // Blank lines (and page furniture) between the number and the title.
    while (parts.length === 0 && to < formula && lines[to]!.kind !== 'text') to++
    while (to < formula && lines[to]!.kind === 'text') parts.push(lines[to++]!.text)
    if (parts.length === 0) continue
    return {title: parts.join(' ').replace(/ {2,}/g, ' '), from: index, to, numbered: true}
  }
  // A draft: the title follows "Peru: draft resolution", "...and Viet Nam:" / "draft resolution",
  // "Draft resolution" or "Draft resolution submitted by the Chair ..." (to its blank line).
  for (let index = 0; index < formula; index++) {
    const line = lines[index]!
    if (line.kind !== 'text') continue
    const ends = sponsorLine.test(line.text) || (/^(?:revised )?draft (?:resolution|decision)$/i.test(line.text) && index > 0 && /:\*{0,3}$/.test(lines[index - 1]!.text))
    const heads = /^(?:Revised )?[Dd]raft (?:resolution|decision)\b/.test(line.text)
    if (!ends && !heads) continue
    let from = index + 1
    if (!ends) while (from < formula && lines[from]!.kind === 'text') from++
    while (from < formula && lines[from]!.kind !== 'text') from++
    let to = from
    const parts: string[] = []
    while (to < formula && lines[to]!.kind === 'text') parts.push(lines[to++]!.text)
    if (parts.length === 0) continue
    return {title: parts.join(' ').replace(/ {2,}/g, ' '), from, to, numbered: false}
  }
  return undefined
}

/**
 * The masthead, up to the formula: blocks apart by blank lines, furniture
 * set aside, the sponsors' line, the title and the subtitle as blocks of
 * their own.
 */
export function readMasthead(lines: Line[], bodyStart: number, titled: {from: number; to: number} | undefined): RawBlock[] {
  const blocks: RawBlock[] = []
  let sponsorsFrom = -1
  for (let index = 0; index < bodyStart; index++) {
    if (lines[index]!.kind !== 'text' || !sponsorLine.test(lines[index]!.text)) continue
    sponsorsFrom = index
    while (sponsorsFrom > 0 && lines[sponsorsFrom - 1]!.kind === 'text' && /(?:,| and)$/.test(lines[sponsorsFrom - 1]!.text)) sponsorsFrom--
    break
  }
  let head: Piece[] = []
  const closeHead = (): void => {
    if (head.length > 0) blocks.push({kind: 'paragraph', pieces: head})
    head = []
  }
  for (let index = 0; index < bodyStart; index++) {
    const line = lines[index]!
    if (titled && index === titled.from) {
      closeHead()
      blocks.push({kind: 'paragraph', pieces: piecesOf(lines, titled.from, titled.to)})
      // A subtitle: the lines after the title up to the formula, as one block.
      const subtitle = piecesOf(lines, titled.to, bodyStart)
      if (subtitle.length > 0) blocks.push({kind: 'paragraph', pieces: subtitle})
      break
    }
    if (line.kind === 'furniture') {
      closeHead()
      blocks.push({kind: 'artefact', pieces: [{text: line.text, start: line.start, end: line.end}], afterBreak: true})
      continue
    }
    if (line.kind !== 'text') {
      closeHead()
      continue
    }
    if (index === sponsorsFrom) closeHead()
    if (head.length > 0) head.push(joint(head[head.length - 1]!, line))
    head.push({text: line.text, start: line.start, end: line.end})
    if (sponsorLine.test(line.text)) closeHead()
  }
  closeHead()
  return blocks
}
