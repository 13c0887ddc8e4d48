/**
 * Footnote markers in text that lost its superscripts (text from pdftotext
 * and its kin, Markdown converted from a PDF): which digits of a paragraph
 * call a footnote. Each marker found becomes a footnote reference piece
 * (text "", `footnote` its number); every other number stays the text's.
 */
import {isDigit} from '../recognize/citations/scan.js'
import type {Piece, RawBlock} from './blocks.js'

/**
 * Split footnote markers glued to the end of a number off pieces, where the
 * source marks its footnotes ("[^1]") but a conversion glued some of them
 * on as plain digits: "(XXV)1" -> "(XXV)" + marker 1. `ids` are the
 * document's footnotes. Digits are a glued marker when, in this order:
 * what follows them could end a marker (`endsGluedMarker`), they are not a
 * symbol's or a decimal's own (`symbolComponent`), and they are a footnote's
 * number glued to a word (`gluedToWord`) or to a year (`yearWithMarker`).
 */
export function splitFootnoteMarkers(pieces: Piece[], ids: ReadonlySet<string>): Piece[] {
  if (ids.size === 0) return pieces
  const result: Piece[] = []
  for (const piece of pieces) {
    if (piece.footnote !== undefined || piece.text.length === 0) result.push(piece)
    else splitPiece(piece, ids, result)
  }
  return result
}

/** One piece cut around its glued markers, pushed onto `result` (whole when it has none). */
function splitPiece(piece: Piece, ids: ReadonlySet<string>, result: Piece[]): void {
  const text = piece.text
  let last = 0
  let index = 0
  while (index < text.length) {
    if (!isDigit(text.charCodeAt(index))) {
      index++
      continue
    }
    const from = index
    while (index < text.length && isDigit(text.charCodeAt(index))) index++
    const split = gluedMarkerAt(text, from, index, ids)
    if (split === -1) continue
    if (split > last) result.push({...piece, text: text.slice(last, split), start: piece.start + last, end: piece.start + split})
    result.push({text: '', start: piece.start + split, end: piece.start + index, footnote: text.slice(split, index)})
    last = index
  }
  if (last === 0) result.push(piece)
  else if (last < text.length) result.push({...piece, text: text.slice(last), start: piece.start + last})
}

/** Where a marker glued to the end of the digits `from`..`to` of `text` starts, by the rules in order (see splitFootnoteMarkers); -1 when there is none. */
function gluedMarkerAt(text: string, from: number, to: number, ids: ReadonlySet<string>): number {
  if (!endsGluedMarker(text, to) || symbolComponent(text, from)) return -1
  if (gluedToWord(text, from, to, ids)) return from
  return yearWithMarker(text, from, to, ids)
}

/** What follows a marker: the text's end, a space (or a no-break space), ",", ".", ";", ":" or ")". */
function endsGluedMarker(text: string, to: number): boolean {
  const after = to < text.length ? text.charCodeAt(to) : 32
  return after === 32 || after === 44 || after === 46 || after === 59 || after === 58 || after === 41 || after === 0xa0
}

/**
 * After a symbol's component ("A/80/L.4", "1/CP.19", "1/CMA.4", "Add.1",
 * "Corr.2") the digits are its session or number, not a marker. So are the
 * digits of a decimal article number: "article 3.5", "article 4.15".
 */
function symbolComponent(text: string, from: number): boolean {
  return from > 0 && text[from - 1] === '.' && /(?:\/[A-Z]{1,5}|\b(?:Add|Rev|Corr|Amend)|(?:^|\s)\d{1,2})$/.test(text.slice(Math.max(0, from - 8), from - 1))
}

/**
 * A footnote's number (three digits at most) glued to a mark or to a word
 * ending in three lower-case letters: "Bodies,1", "(XXV)1", "Conventions1";
 * not to a capital or a digit, nor to a shorter word ("No1", "Add1").
 */
function gluedToWord(text: string, from: number, to: number, ids: ReadonlySet<string>): boolean {
  const before = from > 0 ? text[from - 1]! : ''
  if (!/[a-z),.;:\u201d\u2019"]/.test(before) || to - from > 3 || !ids.has(text.slice(from, to))) return false
  return !(before >= 'a' && before <= 'z') || /[a-z]{3}$/.test(text.slice(Math.max(0, from - 3), from))
}

/** A year (1900 to 2099) with a footnote's number glued on, standing apart: "of 19721" is 1972 and marker 1. Where the marker starts, or -1. */
function yearWithMarker(text: string, from: number, to: number, ids: ReadonlySet<string>): number {
  const before = from > 0 ? text[from - 1]! : ''
  if (to - from < 5 || to - from > 7 || !(before === '' || before === ' ' || before === '\u2013' || before === '-')) return -1
  const year = Number(text.slice(from, from + 4))
  return year >= 1900 && year <= 2099 && ids.has(text.slice(from + 4, to)) ? from + 4 : -1
}

/** The little words a marker can be glued to in pdftotext's output: "3and of its findings". */
const gluedWord = /^(?:and|or|of|the|in|to|for|on|with|that|which|as|at|by|from|including|is|are|was|were)\b/

/** Words after which a number is the text's own, not a footnote marker: "paragraph 5", "from 5 to 8", "Goal 3". */
const countedWords = /(?:^|[^A-Za-z])(?:paragraphs?|paras?|subparagraphs?|Goals?|goals?|targets?|articles?|Articles?|sections?|chapters?|chap|rules?|annex|annexes|items?|No|Nos|vol|page|pages|from|to|and|or|of|in|on|by|at|for|with|than|least|about|over|under|per|the|some|all|phase|level|years?|days?|months?|weeks?|hours?|sessions?|Step|step|Table|table|figure|Figure|Annex|Chapter|Article|Paragraph|Resolution|Decision|Part|part)\.?$/

/** A month's name: a number after it is a day ("December 15", "June 2"), not a marker. */
const monthName = /(?:January|February|March|April|May|June|July|August|September|October|November|December)$/

/**
 * Footnote markers in the body: the digits that call the footnotes, in
 * order, glued to a word ("Bodies,1", "2030,8") or apart ("Development 1 and",
 * "Korea; 27"). Each marker becomes a footnote reference piece; numbers the
 * text counts ("paragraph 5", "from 5 to 8", "resolution 70/1") are kept.
 *
 * A run of digits is a marker when, in this order:
 * 1. what follows lets it end one (`endsAsMarker`): a space or a mark, or a
 *    little word it was glued to; and something of the paragraph stands
 *    before it;
 * 2. its marker is the whole run or the end of a number of the text's own
 *    (`markerDigits`: a year, Agenda 21, a resolution's number);
 * 3. it is the next marker expected, or one of the three after it (`Expected`);
 * 4. a marker alone (nothing of the text's glued before it) is not a number
 *    the text counts, by what stands before and after it (`standsAsMarker`).
 */
export function markFootnoteMarkers(blocks: RawBlock[], footnotes: RawBlock[]): void {
  const order = footnotes.map((block) => block.footnote!).filter((id) => /^\d+$/.test(id))
  if (order.length === 0) return
  const expected = new Expected(order)
  let prior = ''
  for (const block of blocks) {
    if ((block.kind !== 'paragraph' && block.kind !== 'item') || expected.done) continue
    const result: Piece[] = []
    // The paragraph's text before the piece, for what comes before a marker at a line's start
    // (a block that continues a paragraph cut by a page break goes on from its text, so a
    // marker at the top of a page is read after the words that end the page before).
    prior = block.continues ? prior + ' ' : ''
    for (const piece of block.pieces) {
      prior = prior.slice(-40) + piece.text
      if (piece.footnote !== undefined) expected.passed(piece.footnote)
      if (piece.footnote !== undefined || piece.text.length === 0 || expected.done) result.push(piece)
      else markPiece(piece, prior, expected, result)
    }
    block.pieces = result
  }
}

/** The footnotes' numbers in order, and which of them the body calls next. */
class Expected {
  /** The index in `order` of the next marker expected. */
  next = 0
  private readonly place = new Map<string, number>()

  constructor(readonly order: readonly string[]) {
    order.forEach((id, index) => this.place.set(id, index))
  }

  /** Every footnote has been called. */
  get done(): boolean {
    return this.next >= this.order.length
  }

  /** The number of the next marker expected (while not done). */
  get id(): string {
    return this.order[this.next]!
  }

  /** A marker the source already marks ("[^4]"): the next one comes after it. */
  passed(id: string): void {
    const at = this.place.get(id)
    if (at !== undefined && at >= this.next) this.next = at + 1
  }

  /** Where `id` stands among the next marker and the three after it (a marker the text form lost); -1 when it does not. */
  ahead(id: string): number {
    for (let look = this.next; look < this.order.length && look <= this.next + 3; look++) {
      if (this.order[look] === id) return look
    }
    return -1
  }
}

/** A run of digits in a piece's text, and what stands around it. */
interface Digits {
  /** The piece's text. */
  text: string
  /** The run's digits. */
  value: string
  /** Where the run starts and ends in `text`. */
  from: number
  to: number
  /** The paragraph's text before the run (the end of the pieces before, then this piece's). */
  context: string
  /**
   * The last `lookBack` characters of `context`: what the checks of the
   * word before the run read ("Add.", "A/80/", "54/"). A pattern tied to the
   * end of the whole context is tried at every character of it, at every
   * run: quadratic in a paragraph's length.
   */
  tail: string
  /** The character before the run; "" when nothing stands before it. */
  before: string
  /** The character after the run; a space at the piece's end. */
  after: string
  /**
   * Glued to the next little word after a word or a clause's mark, as a
   * text form has it: "inclusion\u201d, 3and of", "Weapons 6and the".
   */
  glued: boolean
}

/** How far back the checks of the word before a run look: further than any symbol's last token, keyword or resolution number reaches. */
const lookBack = 64

/** A marker found: its number, where it starts in the piece's text, and its place in the footnotes' order. */
interface Marker {
  id: string
  split: number
  ahead: number
}

/** Find the markers of one piece, pushing onto `result` the piece cut around each (or whole, when it has none). */
function markPiece(piece: Piece, prior: string, expected: Expected, result: Piece[]): void {
  const text = piece.text
  let last = 0
  const digits = /\d{1,7}/g
  for (let match = digits.exec(text); match !== null && !expected.done; match = digits.exec(text)) {
    const run = digitsAt(text, match.index, match[0], prior)
    const marker = markerOf(run, expected)
    if (!marker) continue
    expected.next = marker.ahead + 1
    last = cutMarker(piece, run, marker, last, result)
  }
  if (last === 0) result.push(piece)
  else if (last < text.length) result.push({...piece, text: text.slice(last), start: piece.start + last})
}

/** The run of digits `value` at `from` in `text`, with what stands around it; `prior` is the paragraph's text up to the piece's end. */
function digitsAt(text: string, from: number, value: string, prior: string): Digits {
  const to = from + value.length
  const after = to < text.length ? text[to]! : ' '
  const context = prior.slice(0, prior.length - text.length + from)
  const glued = /[a-z]/.test(after) && /[A-Za-z,;.\u201d] $/.test(context.slice(-2)) && gluedWord.test(text.slice(to, to + 10))
  return {text, value, from, to, context, tail: context.slice(-lookBack), before: context[context.length - 1] ?? '', after, glued}
}

/** The marker a run of digits is, by the rules in order (see markFootnoteMarkers); undefined when it is the text's own number. */
function markerOf(run: Digits, expected: Expected): Marker | undefined {
  if (!endsAsMarker(run) || run.context.trim() === '') return undefined
  const peeled = markerDigits(run, expected.id)
  if (!peeled) return undefined
  const ahead = expected.ahead(peeled.id)
  if (ahead === -1) return undefined
  if (peeled.split === run.from && !standsAsMarker(run, ahead > expected.next)) return undefined
  return {...peeled, ahead}
}

/**
 * What follows a marker: a space or a mark ("Bodies,1 and", "Korea; 27"), or
 * a little word it was glued to; never a decimal's full stop ("3.5").
 */
function endsAsMarker(run: Digits): boolean {
  if (!/[\s,.;:)\u201d]/.test(run.after) && !run.glued) return false
  return !(run.after === '.' && /\d/.test(run.text[run.to + 1] ?? ''))
}

/**
 * A number of the text's own with a marker glued on its end: each rule
 * gives how many of the run's digits are the number's (0: not that number).
 * `next` is the number of the next marker expected.
 */
const numberWithMarker: ReadonlyArray<(run: Digits, next: string) => number> = [
  // A year: "of 19721" is 1972 and marker 1.
  (run) => (run.value.length >= 5 && /^(?:19|20)\d\d/.test(run.value) ? 4 : 0),
  // Agenda 21: "Agenda 212 and" is Agenda 21 and marker 2.
  (run) => (run.value.length === 3 && run.value.startsWith('21') && run.context.endsWith('Agenda ') ? 2 : 0),
  // A resolution's number with the next marker: "54/2639 and" is 54/26 and marker 39 (the number keeps two digits or more).
  (run, next) => (run.before === '/' && /\b\d{1,3}\/$/.test(run.tail) && next.length >= 2 && run.value.length - next.length >= 2 && run.value.endsWith(next) ? run.value.length - next.length : 0)
]

/**
 * The digits of a run that may be a marker: the end of a number of the
 * text's own (`numberWithMarker`), or else the whole run when it is short
 * enough to be one (three digits at most); undefined when neither.
 */
function markerDigits(run: Digits, next: string): Pick<Marker, 'id' | 'split'> | undefined {
  for (const rule of numberWithMarker) {
    const length = rule(run, next)
    if (length > 0) return {id: run.value.slice(length), split: run.from + length}
  }
  if (run.value.length > 3) return undefined
  return {id: run.value, split: run.from}
}

/**
 * Whether digits with nothing of the text's glued before them are a marker,
 * by what stands before them: not a number's or a symbol's own digits, and
 * then either apart from the word before (`apartIsMarker`) or glued to a
 * letter or a closing mark ("Bodies,1", "(XXV)1"). `further`: the digits are
 * a marker after the next one expected.
 */
function standsAsMarker(run: Digits, further: boolean): boolean {
  if (partOfNumber(run) || symbolsOwnNumber(run)) return false
  if (run.before === ' ' || run.before === '\u00a0') return apartIsMarker(run, further)
  return /[A-Za-z)\u201d"\u2019,;:.]/.test(run.before)
}

/** Digits that go on a number, a range or a symbol: after a digit, "/", "-", "\u2013" or a full stop (but the full stop after a word's last letter or a ")": "e).1"). */
function partOfNumber(run: Digits): boolean {
  return /[\d/\-\u2013.]/.test(run.before) && !(run.before === '.' && /[a-z)]\.$/.test(run.text.slice(Math.max(0, run.from - 2), run.from)))
}

/** A symbol's or a count's own number after its full stop: "WT/L/508/Add.1 of", "Rev.1", "No.1". */
function symbolsOwnNumber(run: Digits): boolean {
  return run.before === '.' && (/\/\S*$/.test(run.tail) || /(?:^|[^A-Za-z])(?:Add|Corr|Rev|Amend|Suppl|No|Nos|Vol|para|paras|art|chap|sect)\.$/.test(run.tail))
}

/**
 * A number apart from the word before it is a marker only when it is the
 * next one expected ("annual 4 trillion", "paragraphs 11, 13 and 54" are the
 * text's own numbers however near marker 4 or 13 is), the text does not
 * count it by the words before (`countedBefore`) and what follows it is as
 * after a marker (`followsAsMarker`).
 */
function apartIsMarker(run: Digits, further: boolean): boolean {
  if (further) return false
  // What stands before the space: up to 29 characters.
  const head = run.context.slice(-30, -1)
  return !countedBefore(run, head) && followsAsMarker(run, head)
}

/** A year ends `head`: "the 2010 8 Review Conference" (a marker may follow it). */
const afterYear = (head: string): boolean => /(?:^|[^\d/])(?:19|20)\d\d$/.test(head)

/**
 * The text counts a number apart by what stands before it: nothing; a word
 * that counts ("paragraph 5", "from 5 to 8") but "Development Goals" as a
 * name; another number ("11, 13") but a year, a resolution's number or
 * Agenda 21, after which a marker may stand; a month ("1 January").
 */
function countedBefore(run: Digits, head: string): boolean {
  // "the Sustainable Development Goals 5 and to make": the Goals' name, not a count ("Goals 5 and 6").
  const named = /Development Goals$/.test(head) && !/^ (?:and|to|or|-|\u2013) ?\d/.test(run.text.slice(run.to, run.to + 8))
  // After a resolution's number (the next marker only): "54/22, 38 54/26 39 and 54/33 40 of".
  const resolution = /(?:^|\s)\d{1,3}\/\d{1,4}$/.test(head)
  if (head === '' || (countedWords.test(head) && !named)) return true
  if (/\d$/.test(head) && !afterYear(head) && !resolution && !head.endsWith('Agenda 21')) return true
  return monthName.test(head)
}

/**
 * What follows a number apart, as after a marker ("Development 1 and its"):
 * not a capital after a word ("Goal 3 Target"; after a clause's mark or a
 * year it may be: "Korea; 27 The", "the 2010 8 Review"), not a session or a
 * year in brackets ("resolution 1 (I)", "2200 A (XXI)").
 */
function followsAsMarker(run: Digits, head: string): boolean {
  const next = run.text.slice(run.to, run.to + 3)
  if (/^ [A-Z]/.test(next) && !/[,;.]$/.test(head) && !afterYear(head)) return false
  return !/^ \([IVXLC\d]/.test(next)
}

/**
 * Cut `piece` around a marker: the text before it (a marker apart from its
 * word takes the space before it), the marker as a piece of no text, and a
 * space where the marker was glued to the next word ("3and" -> marker, " and").
 * Returns where the rest of the piece's text starts.
 */
function cutMarker(piece: Piece, run: Digits, marker: Marker, last: number, result: Piece[]): number {
  const apart = marker.split === run.from && (run.before === ' ' || run.before === '\u00a0')
  const cut = apart ? Math.max(last, run.from - 1) : marker.split
  if (cut > last) result.push({...piece, text: piece.text.slice(last, cut), start: piece.start + last, end: piece.start + cut})
  result.push({text: '', start: piece.start + marker.split, end: piece.start + run.to, footnote: marker.id})
  if (run.glued) result.push({text: ' ', start: piece.start + run.to, end: piece.start + run.to})
  return run.to
}
