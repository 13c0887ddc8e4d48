/**
 * Footnotes: the numbered blocks under a "____" separator, a draft's "*"
 * note without one, a table's lettered notes, and the footnote markers a
 * line may end with.
 */
import type {Piece, RawBlock} from '../blocks.js'
import type {Line} from './lines.js'
import {joint} from './pieces.js'

const footnoteStart = /^(\d{1,3}|\*{1,3})(?:\s+(\S.*))?$/

/**
 * Footnotes: the lines after a "____" separator up to the page's end (its
 * furniture or a form feed). Each starts with its number, alone on its line
 * or before the text; numbers go up one at a time, so a line of a footnote
 * that starts with a number ("28 and 29 August 2003") is not a new one.
 */
export function markFootnotes(lines: Line[], source: string): RawBlock[] {
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
export function markLetterNotes(lines: Line[], source: string): RawBlock[] {
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

/** Footnote markers a line may end with, after its punctuation: "Korea; 27", "Development, 2", "Bodies,1". */
export function withoutMarker(text: string, ids: ReadonlySet<string>): string {
  const match = /(?:\s?)(\d{1,3}|\*{1,3})$/.exec(text.slice(-5))
  if (!match) return text
  const before = text.slice(0, text.length - match[0].length)
  if (!ids.has(match[1]!) || !/[.,;:)\]\u201d"a-z]$/.test(before)) return text
  return before
}
