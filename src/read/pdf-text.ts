/**
 * Read plain text as extracted from the official PDFs (`pdftotext`, plain
 * or `-layout`, PyMuPDF, a copy from a browser) into blocks. The page
 * furniture is learnt from the document itself (its symbol, its running
 * title, its job number, "n/m" page lines, form feeds) and set aside
 * wherever it falls, even mid-sentence; footnotes under a "____" separator
 * are kept apart; a line starts a new paragraph by how the line before it
 * ended far more than by its own first word; a paragraph number alone on
 * its line is joined to its paragraph; hyphenated line ends are mended.
 */
import {matchFormula} from '../parse/header.js'
import {matchPhrase} from '../recognize/phrase.js'
import {markFootnoteMarkers, type Piece, type RawBlock} from './blocks.js'
import {dropInvisible, normalize} from './normalize.js'
import type {FrontMatter, Reader} from './types.js'

type Kind = 'text' | 'blank' | 'furniture' | 'separator' | 'pagebreak' | 'footnote' | 'table'

interface Line {
  /** Source offset of the first non-blank character. */
  start: number
  /** Source offset after the last non-blank character. */
  end: number
  /** The line without its leading and trailing white space. */
  text: string
  kind: Kind
}

/** Only short lines can be page furniture; every pattern below is anchored and simple. */
const maxFurniture = 160

const symbolOnly = /^[A-Z]{1,6}(?:\/[A-Za-z0-9.-]{1,24}){1,8}(?: \(\d{4}\))?$/
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

/** The cells of a line: runs of text apart by two or more spaces (pdftotext -layout puts header cells on one line). */
function cells(text: string): string[] {
  return text.split(/ {2,}|\t/).filter((cell) => cell !== '')
}

function isFurnitureLine(text: string, symbol: string | undefined): boolean {
  if (text.length > maxFurniture) return false
  if (isFurnitureCell(text, symbol)) return true
  // "25-15106 2/4", "2/4 25-15106", "25-16620 (E) 201025"
  const parts = cells(text)
  const words = parts.length > 1 ? parts : text.split(' ')
  return words.length > 1 && words.length <= 6 && words.every((cell) => isFurnitureCell(cell, symbol))
}

function splitLines(source: string): Line[] {
  const lines: Line[] = []
  const push = (from: number, to: number): void => {
    let start = from
    let end = to
    while (start < end && isSpace(source.charCodeAt(start))) start++
    while (end > start && isSpace(source.charCodeAt(end - 1))) end--
    // pdftotext may put the footnote separator at the end of the page's last line: "Secretary ______".
    const text = source.slice(start, end)
    const rule = / _{3,}$/.exec(text)
    if (rule && rule.index > 0) {
      lines.push({start, end: start + rule.index, text: text.slice(0, rule.index).trimEnd(), kind: 'text'})
      lines.push({start: start + rule.index + 1, end, text: rule[0].slice(1), kind: 'text'})
      return
    }
    lines.push({start, end, text, kind: start === end ? 'blank' : 'text'})
  }
  let start = 0
  for (let index = 0; index <= source.length; index++) {
    const code = index < source.length ? source.charCodeAt(index) : 10
    if (code !== 10 && code !== 13) continue
    // A form feed is a page break; text after it on the same line is a line of its own.
    let from = start
    for (let feed = start; feed < index; feed++) {
      if (source.charCodeAt(feed) !== 12) continue
      if (source.slice(from, feed).trim() !== '') push(from, feed)
      lines.push({start: feed, end: feed + 1, text: '', kind: 'pagebreak'})
      from = feed + 1
    }
    push(from, index)
    if (code === 13 && source.charCodeAt(index + 1) === 10) index++
    start = index + 1
  }
  return lines
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 12 || code === 11
}

/** What the document says about itself: its symbol and its title, to know its running header. */
interface Furniture {
  symbol?: string
  title?: string
}

/** Words of a text for comparing titles: letters and digits, lower case. */
function squash(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '')
}

const titleNumber = /^(\[[^\]]{1,24}\]|(?:ES-|S-)?\d{1,4}\/\d{1,4}(?: [A-Z]{1,2})?)\.(?:\s+(\S.*))?$/
const sponsorLine = /:\*{0,3} (?:revised )?draft (?:resolution|decision)$/i

/** The index of the enacting formula ("The General Assembly,") among the first lines, or -1. */
function findFormula(lines: Line[]): number {
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
function findSymbol(lines: Line[], stop: number): string | undefined {
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
function findTitle(lines: Line[], formula: number): {title: string; from: number; to: number; numbered: boolean} | undefined {
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

/** Mark page furniture: symbol, job number and page lines, then the running title beside them. */
function markFurniture(lines: Line[], furniture: Furniture): void {
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

const footnoteStart = /^(\d{1,3}|\*{1,3})(?:\s+(\S.*))?$/

/**
 * Footnotes: the lines after a "____" separator up to the page's end (its
 * furniture or a form feed). Each starts with its number, alone on its line
 * or before the text; numbers go up one at a time, so a line of a footnote
 * that starts with a number ("28 and 29 August 2003") is not a new one.
 */
function markFootnotes(lines: Line[], source: string): RawBlock[] {
  const footnotes: RawBlock[] = []
  const feeds = lines.some((line) => line.kind === 'pagebreak')
  let last = 0
  // Where the masthead first puts a star after a name ("Peru:* draft resolution"), for each run of stars.
  const starred: number[] = [-1, -1, -1, -1]
  lines.forEach((line, index) => {
    if (line.kind !== 'text' || line.text.startsWith('*')) return
    for (let stars = 1; stars <= 3; stars++) if (starred[stars] === -1 && line.text.includes('*'.repeat(stars))) starred[stars] = index
  })
  for (let index = 0; index < lines.length; index++) {
    const star = starFootnote(lines, index, starred)
    if (lines[index]!.kind !== 'separator' && !star) continue
    // One page's footnotes: their numbers and their lines, in the order the text form gives them.
    const ids: string[] = []
    const before = last
    /** The lines of each footnote (index into ids); -1 for lines before any number. */
    const texts: Array<{owner: number; piece: Piece}> = []
    let at = star ? index : index + 1
    for (; at < lines.length; at++) {
      const line = lines[at]!
      // A number alone is a footnote's, not a page number.
      if (line.kind === 'furniture' && (/^\d{1,3}$/.test(line.text) || /^\d{1,3} \S/.test(line.text))) line.kind = 'text'
      // With form feeds the page ends there (pdftotext puts the page line among the footnotes); without, at its furniture.
      if (line.kind === 'pagebreak' || line.kind === 'separator' || (line.kind === 'furniture' && !feeds)) break
      if (line.kind === 'blank' || line.kind === 'furniture') continue
      line.kind = 'footnote'
      const match = footnoteStart.exec(line.text)
      const id = match?.[1]
      const next = id !== undefined && (id.startsWith('*') || (Number(id) > last && Number(id) <= last + 3) || ids.length === 0)
      if (match && next) {
        if (!id!.startsWith('*')) last = Number(id)
        ids.push(id!)
        if (match[2] !== undefined) {
          const textStart = line.start + line.text.indexOf(match[2], id!.length)
          texts.push({owner: ids.length - 1, piece: {text: source.slice(textStart, line.end), start: textStart, end: line.end}})
        }
        continue
      }
      // A number alone that is not the next footnote's: pdftotext put it out of place.
      if (match && match[2] === undefined) continue
      texts.push({owner: ids.length - 1, piece: {text: line.text, start: line.start, end: line.end}})
    }
    index = at - 1
    if (ids.length === 0) continue
    // Numbers lost or put apart from their text ("1", "2", then both texts): when the page's
    // sentences are as many as its footnotes (with any number missing in the run), one each.
    const numeric = ids.every((id) => /^\d+$/.test(id))
    const full: string[] = []
    const owned = new Set(texts.map((text) => text.owner))
    // Lines before the first number belong to numbers lost since the last page's footnotes.
    const first = owned.has(-1) && before + 1 < Number(ids[0]) ? before + 1 : Number(ids[0])
    if (numeric) for (let n = first; n <= Number(ids[ids.length - 1]); n++) full.push(String(n))
    if (numeric && (full.length > ids.length || ids.some((_, n) => !owned.has(n)) || owned.has(-1))) {
      const groups: Piece[][] = []
      for (const {piece} of texts) {
        const group = groups[groups.length - 1]
        const previous = group?.[group.length - 1]
        // A new sentence starts a new footnote: a capital, or a year's digits after a full stop ("2010 Review Conference ...").
        if (group && previous && !((/[.)]$/.test(previous.text) && /^[A-Z\u201c]/.test(piece.text)) || (/\.$/.test(previous.text) && /^\d{4} [A-Z]/.test(piece.text)))) group.push(piece)
        else groups.push([piece])
      }
      if (groups.length === full.length) {
        full.forEach((id, n) => footnotes.push(footnoteOf(id, groups[n]!)))
        continue
      }
    }
    ids.forEach((id, n) => {
      const pieces = texts.filter((text) => text.owner === n || (n === 0 && text.owner === -1)).map((text) => text.piece)
      if (pieces.length > 0) footnotes.push(footnoteOf(id, pieces))
    })
  }
  return footnotes
}

/**
 * A footnote the text form gives without its separator: the sponsors' "*"
 * note of a draft ("* On behalf of the States that are members of the Group
 * of 77 and China, ..."), a line that starts with the star the masthead
 * put after a name, followed by at most a few lines and then the page's end.
 */
function starFootnote(lines: Line[], index: number, starred: readonly number[]): boolean {
  const line = lines[index]!
  if (line.kind !== 'text' || !/^\*{1,3} ?[A-Z]/.test(line.text) || /^\*\d+\*$/.test(line.text)) return false
  const first = starred[/^\*{1,3}/.exec(line.text)![0].length]!
  if (first === -1 || first > index) return false
  let texts = 0
  for (let at = index + 1; at < lines.length && at <= index + 12; at++) {
    const kind = lines[at]!.kind
    if (kind === 'furniture' || kind === 'pagebreak' || kind === 'separator') return true
    if (kind === 'text' && ++texts > 4) return false
  }
  return index + 12 >= lines.length
}

/**
 * A table's notes, lettered and without a separator of their own, at the
 * foot of its page: "a" / "See A/78/534." / "b" / "See A/78/634." (or "a
 * See A/78/534."), from "a" on, one letter after another, up to the page's
 * end or its footnotes' separator.
 */
function markLetterNotes(lines: Line[], source: string): RawBlock[] {
  const notes: RawBlock[] = []
  for (let index = 0; index < lines.length; index++) {
    if (lines[index]!.kind !== 'text' || !/^a(?:\s+[A-Z\u201c].*)?$/.test(lines[index]!.text)) continue
    const found: Array<{id: string; pieces: Piece[]; lines: number[]}> = []
    let at = index
    for (; at < lines.length; at++) {
      const line = lines[at]!
      if (line.kind === 'blank') continue
      if (line.kind !== 'text') break
      // A note's text starts with a capital ("a See A/78/534."); "a view to reducing" is the body's.
      const letter = /^([a-z])(?:\s+([A-Z\u201c].*))?$/.exec(line.text)
      const expected = String.fromCharCode(97 + found.length)
      if (letter && letter[1] === expected) {
        found.push({id: expected, pieces: [], lines: [at]})
        if (letter[2] !== undefined) {
          const textStart = line.start + line.text.indexOf(letter[2], 1)
          found[found.length - 1]!.pieces.push({text: source.slice(textStart, line.end), start: textStart, end: line.end})
        }
        continue
      }
      const note = found[found.length - 1]
      if (!note || note.lines.length > 3 || line.text.length > 120) break
      note.lines.push(at)
      note.pieces.push({text: line.text, start: line.start, end: line.end})
    }
    // Each note is a sentence: "a" / "Discount" / "(percentage)" are a table's cells.
    if (!(at === lines.length || lines[at]!.kind !== 'text') || found.length === 0 || found.some((note) => !/\.$/.test(note.pieces[note.pieces.length - 1]?.text ?? ''))) {
      const scattered = scatteredLetterNotes(lines, index)
      if (scattered.length === 0) continue
      notes.push(...scattered)
      continue
    }
    for (const note of found) {
      for (const line of note.lines) lines[line]!.kind = 'footnote'
      notes.push(footnoteOf(note.id, note.pieces))
    }
    index = at
  }
  return notes
}

/**
 * A table's lettered notes whose letters plain pdftotext put out of place
 * ("a" / "See A/78/534." / "See A/78/634." / "c" / "Reflects amounts after
 * recosting." / "b", then the page's end): when the letters run from "a"
 * without a gap and the sentences are as many, the sentences are the
 * notes in order.
 */
function scatteredLetterNotes(lines: Line[], from: number): RawBlock[] {
  const letters: string[] = []
  const sentences: Line[][] = []
  const used: number[] = []
  let open = false
  let at = from
  for (; at < lines.length && used.length < 16; at++) {
    const line = lines[at]!
    if (line.kind === 'blank') continue
    if (line.kind !== 'text') break
    used.push(at)
    if (/^[a-z]$/.test(line.text)) {
      letters.push(line.text)
      continue
    }
    if (open) sentences[sentences.length - 1]!.push(line)
    else sentences.push([line])
    open = !/\.$/.test(line.text)
  }
  if (!(at === lines.length || lines[at]!.kind !== 'text') || open || letters.length !== sentences.length || letters.length < 2) return []
  const sorted = [...letters].sort()
  if (sorted.some((letter, index) => letter !== String.fromCharCode(97 + index))) return []
  for (const index of used) lines[index]!.kind = 'footnote'
  return sentences.map((sentence, index) => footnoteOf(sorted[index]!, sentence.map((line) => ({text: line.text, start: line.start, end: line.end}))))
}

/** A footnote block of its lines, joined as a paragraph's. */
function footnoteOf(id: string, lines: Piece[]): RawBlock {
  const pieces: Piece[] = []
  for (const piece of lines) {
    const previous = pieces[pieces.length - 1]
    if (previous) pieces.push(joint(previous, {start: piece.start, end: piece.end, text: piece.text, kind: 'footnote'}))
    pieces.push(piece)
  }
  return {kind: 'footnote', footnote: id, pieces}
}

/** The space between two lines of a block, or nothing after a hyphen that breaks a word. */
function joint(last: Piece, line: Line): Piece {
  const first = line.text.charCodeAt(0)
  const hyphenated = last.text.endsWith('-') && !last.text.endsWith(' -') && first >= 97 && first <= 122
  return {text: hyphenated ? '' : ' ', start: last.end, end: hyphenated ? last.end : last.end + 1}
}

/** Footnote markers a line may end with, after its punctuation: "Korea; 27", "Development, 2", "Bodies,1". */
function withoutMarker(text: string, ids: ReadonlySet<string>): string {
  const match = /(?:\s?)(\d{1,3}|\*{1,3})$/.exec(text.slice(-5))
  if (!match) return text
  const before = text.slice(0, text.length - match[0].length)
  if (!ids.has(match[1]!) || !/[.,;:)\]\u201d"a-z]$/.test(before)) return text
  return before
}

/** Whether a line ends a paragraph (or a sub-paragraph): a comma, semicolon, colon or full stop, maybe then a footnote marker. */
function endsParagraph(text: string, ids: ReadonlySet<string>): boolean {
  const bare = withoutMarker(text.slice(-120), ids).trimEnd()
  if (/[.,;:]$/.test(bare) || /[.,;:][\u201d"')\]]$/.test(bare)) return true
  if (/; (?:and|or)$/.test(bare) || /\[[^\]]{1,80}\]$/.test(bare)) return true
  return false
}

const numbered = /^\d{1,3}\.(?:\s|$)/
const lettered = /^\((?:[a-z]{1,6}|\d{1,3})\)(?:\s|$)/
const closing = /^\d{1,4}(?:st|nd|rd|th)(?: \(resumed\))? plenary meeting\b|^Adopted (?:unanimously |without (?:a )?vote |by consensus )?(?:at|by|on)\b/
const annex = /^Annex(?:es)?(?: [IVX]{1,6}| [A-Z]| \d{1,2})?$/
const partLabel = /^(?:PART |Part )?(?:[IVXLC]{1,7}|[A-Z])\.?$/
/** Words a paragraph's line can end with before a number that is not a paragraph's. */
const beforeNumber = /\b(?:paragraphs?|paras?\.|resolutions?|and|or|to|of|in|under|article|articles|section|sections|chapter|items?|annex|Goals?|No\.)$/

/** A table's note, which stays with its table: "Abbreviations: GS (OL), General Service (Other level); ...". */
function tableNote(text: string, previous: string, ids: ReadonlySet<string>): boolean {
  return /^(?:Abbreviations?|Notes?|Sources?): /.test(text) && !endsParagraph(previous, ids)
}

/** A short line with no closing mark, not an opening the lexicon knows, just before a numbered paragraph. */
function headingBeforeNumber(lines: Line[], index: number): boolean {
  const text = lines[index]!.text
  if (text.length > 60 || !/^[A-Z]/.test(text) || /[.,;:]$/.test(text) || matchPhrase(text, 0, 'any')?.known === true) return false
  let next = index + 1
  while (next < lines.length && lines[next]!.kind !== 'text') next++
  return next < lines.length && /^\d{1,3}\.(?:\s|$)/.test(lines[next]!.text)
}

/** Whether a text line opens a block of its own, whatever came before. */
function opensAlways(text: string): boolean {
  return closing.test(text.slice(0, 80)) || annex.test(text.slice(0, 20)) || matchFormula(text) !== undefined || partLabel.test(text)
}

/** Put a few lines back in order: the window replaces as many lines from `at` (no array shifts: linear). */
function rewrite(lines: Line[], at: number, window: readonly Line[]): void {
  window.forEach((line, offset) => {
    lines[at + offset] = line
  })
}

/**
 * pdftotext (plain) may give a paragraph's short last line first, between
 * its number (or a sub-paragraph's letter) and its opening: "82." / "ranges;" / "" / "Reiterates that
 * language posts are not subject to the system of desirable" / "" (a page's
 * furniture may stand between them too); or a table's section label before
 * the paragraph that announces the table: "6." / "A." / "" / "Approves the
 * changes to the staffing table as set out in the table below:". The lines
 * are put back in reading order: the opening (up to three lines; before a
 * label, starting with a known verb) before the line that came too early.
 */
function mendLastLines(lines: Line[], from: number, width: number): void {
  const skip = (at: number): number => {
    const limit = at + 12
    while (at < lines.length && at < limit && (lines[at]!.kind === 'blank' || lines[at]!.kind === 'furniture')) at++
    return at
  }
  for (let index = from; index + 3 < lines.length; index++) {
    if (lines[index]!.kind !== 'text' || !/^(?:\d{1,3}\.|\((?:[a-z]{1,6}|\d{1,3})\))$/.test(lines[index]!.text)) continue
    const early = skip(index + 1)
    const last = lines[early]
    if (last?.kind !== 'text' || last.text.length > width * 0.6 || matchPhrase(last.text, 0, 'any')?.known === true) continue
    const label = /^[A-Z]\.$/.test(last.text)
    if (!label && !/[.;:,]$/.test(last.text)) continue
    const start = skip(early + 1)
    if (start === early + 1) continue
    let end = start
    while (end < lines.length && end < start + 3 && lines[end]!.kind === 'text' && !opensAlways(lines[end]!.text) && !/^\d{1,3}\.$/.test(lines[end]!.text)) end++
    const opening = lines.slice(start, end)
    if (opening.length === 0 || !(label ? matchPhrase(opening[0]!.text, 0, 'operative')?.known === true : /^[A-Z\d]/.test(opening[0]!.text))) continue
    const close = opening[opening.length - 1]!.text
    if (label ? !/:$/.test(close) : /[.;:,]$/.test(close)) continue
    if (end < lines.length && lines[end]!.kind === 'text' && !opensAlways(lines[end]!.text) && !/^\d{1,3}\.$/.test(lines[end]!.text)) continue
    rewrite(lines, index + 1, [...opening, last, ...lines.slice(index + 1, early), ...lines.slice(early + 1, start)])
  }
}

/**
 * pdftotext (plain) may scatter a justified line's words, each a block of
 * its own, after the paragraph's next line: "1." / "Takes note of the
 * report" / "recommendations contained therein;" / "" / "of" / "" / "the" /
 * "" / "Secretary-General 5 and" / "" / "the" / "" / "2.". The words go back
 * between the opening and the last line.
 */
function mendScatteredWords(lines: Line[], from: number): void {
  for (let index = from; index + 4 < lines.length; index++) {
    if (lines[index]!.kind !== 'text' || !/^\d{1,3}\.$/.test(lines[index]!.text)) continue
    const opening = lines[index + 1]!
    const last = lines[index + 2]!
    if (opening.kind !== 'text' || last.kind !== 'text' || /[.,;:]$/.test(opening.text) || !/[.;:]$/.test(last.text) || matchPhrase(opening.text, 0, 'operative')?.known !== true) continue
    const words: Line[] = []
    const blanks: Line[] = []
    let at = index + 3
    for (; at < lines.length && at < index + 40; at++) {
      const line = lines[at]!
      if (line.kind === 'blank') {
        blanks.push(line)
        continue
      }
      if (line.kind !== 'text' || /^\d{1,3}\.(?:\s|$)/.test(line.text) || line.text.length > 30 || lines[at - 1]!.kind !== 'blank') break
      words.push(line)
    }
    if (words.length < 2 || at === lines.length || lines[at]!.kind !== 'text' || !/^\d{1,3}\.(?:\s|$)/.test(lines[at]!.text)) continue
    rewrite(lines, index + 2, [...words, last, ...blanks])
  }
}

/**
 * pdftotext (plain) may give the last word of a page's first line after
 * the page's running header, alone: "... space-based solutions, in" /
 * "tele-epidemiology, ..." / "" / "A/RES/80/76" / "" / "particular" / "" /
 * "Recalling ...". The word goes back to the end of that first line.
 */
function mendStrayWords(lines: Line[], from: number): void {
  const nextText = (at: number, step: number): number => {
    const limit = at + 12 * step
    while (at >= 0 && at < lines.length && at !== limit && lines[at]!.kind === 'blank') at += step
    return at
  }
  for (let index = from + 1; index + 1 < lines.length; index++) {
    const word = lines[index]!
    if (word.kind !== 'text' || !/^[a-z]{2,15}$/.test(word.text) || lines[index - 1]!.kind !== 'blank' || lines[index + 1]!.kind !== 'blank') continue
    const after = nextText(index + 1, 1)
    if (after >= lines.length || lines[after]!.kind !== 'text' || !/^[A-Z]/.test(lines[after]!.text)) continue
    const header = nextText(index - 1, -1)
    if (header < 0 || lines[header]!.kind !== 'furniture') continue
    // The page's first lines: the text just before the header, after the page's top furniture.
    let first = nextText(header - 1, -1)
    if (first < 0 || lines[first]!.kind !== 'text') continue
    while (first > 0 && first > index - 12 && lines[first - 1]!.kind === 'text') first--
    if (first === 0 || (lines[nextText(first - 1, -1)]?.kind ?? 'text') !== 'furniture' || first < from) continue
    rewrite(lines, first + 1, [word, ...lines.slice(first + 1, index)])
  }
}

/**
 * A paragraph number whose full stop the source dropped, alone on its line
 * ("25" / "Condemns without reservation ..."), looks like a page number and
 * was set aside as furniture: it is the paragraph's number when it is the
 * next one, the line before ends a paragraph and a known verb follows.
 */
function restoreBareNumbers(lines: Line[], from: number, ids: ReadonlySet<string>): void {
  let last = 0
  let previous: Line | undefined
  for (let index = from; index < lines.length; index++) {
    const line = lines[index]!
    const number = line.kind === 'text' ? /^(\d{1,3})\.(?:\s|$)/.exec(line.text) : null
    if (number) last = Number(number[1])
    if (line.kind === 'furniture' && /^\d{1,3}$/.test(line.text) && Number(line.text) === last + 1 && previous && endsParagraph(previous.text, ids)) {
      let next = index + 1
      while (next < lines.length && lines[next]!.kind === 'blank') next++
      const following = lines[next]
      if (following?.kind === 'text' && matchPhrase(following.text, 0, 'operative')?.known === true) {
        line.kind = 'text'
        last++
      }
    }
    if (line.kind === 'text') previous = line
  }
}

/**
 * A table a paragraph announces ("... as set forth in the table below:")
 * runs to the next numbered paragraph, a preambular opening, the closing
 * or an annex; its cells
 * come one a line, and its row labels ("A", "B", "C") are not parts.
 */
function markTables(lines: Line[], from: number): void {
  for (let index = from; index < lines.length; index++) {
    if (lines[index]!.kind !== 'text' || !/\btable below:$/i.test(lines[index]!.text)) continue
    let at = index + 1
    for (; at < lines.length && at < index + 600; at++) {
      const line = lines[at]!
      if (line.kind !== 'text') continue
      // A preambular opening ("Recalling ...") is a new part's, not a cell.
      if (/^\d{1,3}\.(?:\s|$)/.test(line.text) || closing.test(line.text.slice(0, 80)) || annex.test(line.text.slice(0, 20))) break
      if (/^[A-Z][a-z]+ing\b/.test(line.text) && matchPhrase(line.text, 0, 'preambular')?.known === true) break
      line.kind = 'table'
    }
    index = at - 1
  }
}

/** Read PDF text into blocks and the header facts the masthead gives by position. */
export function readText(source: string): {blocks: RawBlock[]; front: FrontMatter} {
  const lines = splitLines(source)
  for (const line of lines) {
    if (line.kind === 'text' && /^_{3,}$/.test(line.text)) line.kind = 'separator'
  }
  const formula = findFormula(lines)
  const symbol = findSymbol(lines, formula === -1 ? lines.length : formula)
  const titled = formula === -1 ? undefined : findTitle(lines, formula)
  const furniture: Furniture = {}
  if (symbol) furniture.symbol = symbol
  if (titled) furniture.title = titled.title.replace(titleNumber, '$2')
  markFurniture(lines, furniture)
  // In the order the pages give them: a table's lettered notes stand before the page's numbered footnotes.
  const footnotes = [...markFootnotes(lines, source), ...markLetterNotes(lines, source)].sort((left, right) => (left.pieces[0]?.start ?? 0) - (right.pieces[0]?.start ?? 0))
  const ids = new Set(footnotes.map((block) => block.footnote!))
  const front: FrontMatter = {}
  if (symbol) front.symbol = symbol
  if (titled && !titled.numbered) front.title = titled.title

  const bodyStart = formula === -1 ? 0 : formula
  const blocks = readMasthead(lines, bodyStart, titled)
  // Typical width of a body line, to tell a paragraph's short last line.
  const widths = lines.slice(bodyStart).filter((line) => line.kind === 'text').map((line) => line.text.length).sort((a, b) => a - b)
  const width = widths.length > 0 ? widths[Math.floor(widths.length * 0.8)]! : 80
  mendLastLines(lines, bodyStart, width)
  mendScatteredWords(lines, bodyStart)
  mendStrayWords(lines, bodyStart)
  restoreBareNumbers(lines, bodyStart, ids)
  markTables(lines, bodyStart)
  const body = readBody(lines, bodyStart, ids, width, splitWords(source))
  markFootnoteMarkers(bodyStart === 0 ? [...blocks, ...body] : body, footnotes)
  return {blocks: [...blocks, ...body, ...footnotes], front}
}

/**
 * A line's pieces, with two of pdftotext's artefacts mended. Where plain
 * pdftotext took the hyphen between two symbols for a line-end hyphen
 * ("WT/MIN(15)/48-" / "WT/L/982" became "WT/MIN(15)/48WT/L/982"), the
 * hyphen is given back: no symbol has a digit run into a capital's organ
 * prefix and its slash. A word it split in two ("Human Ri ghts Council")
 * is joined when the document has the whole word elsewhere and neither
 * half anywhere else.
 */
function piecesOfLine(line: Line, joins: readonly number[]): Piece[] {
  const cuts: Array<{at: number; text: string; skip: number}> = []
  const glued = /\d(?=[A-Z]{2,6}\/[A-Z])/g
  for (let match = glued.exec(line.text); match !== null; match = glued.exec(line.text)) cuts.push({at: match.index + 1, text: '-', skip: 0})
  // The joins are in order: the first after the line's start, by halves, then those inside the line.
  let low = 0
  let high = joins.length
  while (low < high) {
    const middle = (low + high) >> 1
    if (joins[middle]! <= line.start) low = middle + 1
    else high = middle
  }
  for (let at = low; at < joins.length && joins[at]! < line.end; at++) cuts.push({at: joins[at]! - line.start, text: '', skip: 1})
  if (cuts.length === 0) return [{text: line.text, start: line.start, end: line.end}]
  cuts.sort((left, right) => left.at - right.at)
  const pieces: Piece[] = []
  let from = 0
  for (const cut of cuts) {
    pieces.push({text: line.text.slice(from, cut.at), start: line.start + from, end: line.start + cut.at})
    pieces.push({text: cut.text, start: line.start + cut.at, end: line.start + cut.at + cut.skip})
    from = cut.at + cut.skip
  }
  pieces.push({text: line.text.slice(from), start: line.start + from, end: line.end})
  return pieces
}

/**
 * The spaces inside words pdftotext split ("Human Ri ghts Council"): where
 * two words the document has nowhere else, the second in lower case, stand
 * one space apart and the document has the whole word at least twice.
 * Offsets of those spaces, in order.
 */
function splitWords(source: string): number[] {
  const counts = new Map<string, number>()
  const at = new Map<string, number>()
  const word = /[A-Za-z]+/g
  for (let match = word.exec(source); match !== null; match = word.exec(source)) {
    counts.set(match[0], (counts.get(match[0]) ?? 0) + 1)
    at.set(match[0], match.index)
  }
  const joins: number[] = []
  for (const [first, count] of counts) {
    if (count !== 1 || first.length > 12) continue
    const space = at.get(first)! + first.length
    if (source.charCodeAt(space) !== 32) continue
    const second = /^[a-z]{1,12}(?![A-Za-z])/.exec(source.slice(space + 1, space + 14))?.[0]
    if (second !== undefined && counts.get(second) === 1 && (counts.get(first + second) ?? 0) >= 2) joins.push(space)
  }
  return joins.sort((left, right) => left - right)
}

/** The pieces of a run of lines, joined as a paragraph's. */
function piecesOf(lines: Line[], from: number, to: number): Piece[] {
  const pieces: Piece[] = []
  for (let at = from; at < to; at++) {
    const part = lines[at]!
    if (part.kind !== 'text') continue
    if (pieces.length > 0) pieces.push(joint(pieces[pieces.length - 1]!, part))
    pieces.push({text: part.text, start: part.start, end: part.end})
  }
  return pieces
}

/**
 * The masthead, up to the formula: blocks apart by blank lines, furniture
 * set aside, the sponsors' line, the title and the subtitle as blocks of
 * their own.
 */
function readMasthead(lines: Line[], bodyStart: number, titled: {from: number; to: number} | undefined): RawBlock[] {
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

/** What the body's reader knows of the lines before the one it looks at. */
interface Before {
  /** The last text line of the open block. */
  previous: Line
  /** A blank line, a page break (furniture, footnotes) since it. */
  blank: boolean
  page: boolean
  /** It was a part's label ("II", "Annex"); the open block is a part's heading. */
  afterLabel: boolean
  heading: boolean
  /** The open block has one line. */
  single: boolean
}

/** Whether a text line starts a new block, by how the line before it ended far more than by its own first word. */
function opensBlock(lines: Line[], index: number, before: Before, ids: ReadonlySet<string>, width: number): boolean {
  const text = lines[index]!.text
  const {previous, blank, page} = before
  // A paragraph number or a sub-paragraph's letter alone on the line before: this is its text.
  if (/^\((?:[a-z]{1,6}|\d{1,3})\)$/.test(previous.text) && before.single) return false
  if (/^\d{1,3}\.?$/.test(text) || numbered.test(text)) {
    const dot = text.indexOf('.')
    const after = dot === -1 || dot + 1 === text.length ? undefined : matchPhrase(text, dot + 1 + /^\s*/.exec(text.slice(dot + 1))![0].length, 'any')
    return before.afterLabel || !(beforeNumber.test(previous.text) || previous.text.endsWith('-')) || after?.known === true
  }
  // The closing's date stays with the meeting: "65th plenary meeting" / "12 December 2025".
  if (closing.test(previous.text) && /^\d{1,2} [A-Z][a-z]{2,8} \d{4}$/.test(text)) return false
  if (tableNote(text, previous.text, ids)) return false
  if (opensAlways(text) || opensAlways(previous.text) || before.afterLabel) return true
  if (lettered.test(text)) {
    return endsParagraph(previous.text, ids) || /\b(?:and|or)$/.test(previous.text) ||
      (/^\([a-z0-9]{1,6}\)\s+[A-Z]/.test(text) && !/\b(?:paragraphs?|subparagraphs?|articles?|sections?|rules?|annex)$/i.test(previous.text))
  }
  if (blank && !page) return true
  // A section's heading between two paragraphs: "...General Assembly;" / "Actuarial matters" / "8.".
  if (endsParagraph(previous.text, ids) && headingBeforeNumber(lines, index)) return true
  // A part's heading ends where a paragraph begins.
  if (before.heading && matchPhrase(text, 0, 'any')?.known === true) return true
  const short = !page && previous.text.length < width * 0.6
  const ended = endsParagraph(previous.text, ids) || (short && !previous.text.endsWith('-'))
  if (!ended) return false
  // A number whose full stop the source dropped may stand before the verb: "25 Condemns".
  const bare = /^\d{1,3} (?=[A-Z])/.exec(text)
  const phrase = matchPhrase(text, bare ? bare[0].length : 0, bare ? 'operative' : 'any')
  // A paragraph's opening has its capital: "appeals" after a justified "38. Strongly" goes on with it.
  if (phrase?.known === true && /^(?:\d{1,3} )?[A-Z]/.test(text)) return true
  // A preambular opening the lexicon does not know is still a gerund: "Trusting that".
  if (/^[A-Z][a-z]{2,}ing [a-z]/.test(text) && /,$/.test(withoutMarker(previous.text, ids))) return true
  return short && /^[A-Z(]/.test(text)
}

/** The body, from the formula on: paragraphs, their numbers, tables, parts' headings, the closing. */
function readBody(lines: Line[], bodyStart: number, ids: ReadonlySet<string>, width: number, joins: readonly number[]): RawBlock[] {
  const blocks: RawBlock[] = []
  let current: RawBlock | undefined
  let previous: Line | undefined
  let blank = false
  let page = false
  let pendingNumber: number | undefined
  let afterLabel = false
  let heading = false
  /** The block open is a table's. */
  let inTable = false
  const close = (): void => {
    if (current && current.pieces.length > 0) blocks.push(current)
    current = undefined
  }
  const append = (block: RawBlock, line: Line): void => {
    // A layout line keeps its runs of spaces inside ("1.    Endorses"): that is the source's text.
    if (block.pieces.length > 0) block.pieces.push(joint(block.pieces[block.pieces.length - 1]!, line))
    block.pieces.push(...piecesOfLine(line, joins))
  }
  for (let index = bodyStart; index < lines.length; index++) {
    const line = lines[index]!
    if (line.kind === 'blank') {
      blank = true
      continue
    }
    if (line.kind === 'table') {
      // A table's lines, its labels ("A", "B") and notes with them, are one block.
      if (!current || !inTable) {
        close()
        current = {kind: 'paragraph', pieces: []}
        inTable = true
      }
      append(current, line)
      previous = undefined
      blank = false
      page = false
      continue
    }
    if (line.kind !== 'text') {
      page = true
      continue
    }
    const text = line.text
    const lone = /^(\d{1,3})\.?$/.exec(text)
    const opens = !current || !previous || opensBlock(lines, index, {previous, blank, page, afterLabel, heading, single: current.pieces.length === 1}, ids, width)
    if (opens) heading = afterLabel && !lettered.test(text) && !numbered.test(text)
    afterLabel = partLabel.test(text) || annex.test(text)
    const broke = page
    blank = false
    page = false
    if (lone) {
      close()
      pendingNumber = Number(lone[1])
      previous = line
      afterLabel = false
      continue
    }
    if (opens || !current || inTable) {
      inTable = false
      close()
      current = {kind: 'paragraph', pieces: []}
      if (pendingNumber !== undefined) current.number = pendingNumber
    } else if (broke && current.pieces.length > 0 && !(previous && tableNote(text, previous.text, ids))) {
      // Cut by a page break: a block of its own that the tree builder joins to its paragraph (and says so).
      close()
      current = {kind: 'paragraph', pieces: [], continues: true, afterBreak: true}
    }
    pendingNumber = undefined
    append(current, line)
    previous = line
  }
  close()
  return blocks
}

/** The reader of text extracted from a PDF (and of any plain text): what no other reader claims. */
export const pdfTextReader: Reader = {
  format: 'text',
  binary: false,
  detect: (_input, text) => (text === undefined ? 0 : 0.5),
  read(_input, text) {
    const {blocks, front} = readText(normalize(text))
    dropInvisible(blocks)
    return {format: 'text', text, blocks, front, diagnostics: []}
  }
}
