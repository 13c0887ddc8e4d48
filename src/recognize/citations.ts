/**
 * Recognise citations in running text: resolutions and decisions in their
 * short forms and lists, full document symbols, articles of instruments,
 * pinpoints and references inside the text ("paragraphs 5 and 6 above").
 *
 * A hand-written scanner: it walks the text once, word by word, and each
 * recognizer looks ahead a bounded distance or consumes what it matches, so
 * time is linear in the text and no regex can backtrack.
 */
import type {CitationKind} from '../tree.js'

/** The organs reso knows, by the names texts use. */
export type Organ =
  | 'General Assembly'
  | 'Security Council'
  | 'Human Rights Council'
  | 'Economic and Social Council'
  | 'Commission on Human Rights'

/** An internal reference before its targets are known. */
export interface InternalRef {
  /** Operative paragraph numbers pointed at, with an optional sub-paragraph marker. */
  paragraphs: Array<{number: number; sub?: string}>
  /** Sub-paragraph markers of the citing paragraph ("subparagraph (a) above"). */
  subs: string[]
  /** "the present resolution": the document itself. */
  self: boolean
}

/** A citation found in a text, by offsets into that text. */
export interface CitationMatch {
  from: number
  to: number
  kind: CitationKind
  symbol?: string
  organ?: Organ
  date?: string
  pinpoint?: string
  article?: string
  instrument?: string
  internal?: InternalRef
}

const months = new Set([
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
  'September', 'October', 'November', 'December'
])

const organNames: Array<[string[], Organ]> = [
  [['Economic', 'and', 'Social', 'Council'], 'Economic and Social Council'],
  [['Human', 'Rights', 'Council'], 'Human Rights Council'],
  [['Commission', 'on', 'Human', 'Rights'], 'Commission on Human Rights'],
  [['Security', 'Council'], 'Security Council'],
  [['General', 'Assembly'], 'General Assembly']
]

/** The organ a name is, when reso knows it: "Security Council" -> the organ, "Ad Hoc Committee" -> undefined. */
export function asOrgan(name: string | undefined): Organ | undefined {
  for (const [, organ] of organNames) if (organ === name) return organ
  return undefined
}

const code0 = 48
const code9 = 57

function isDigit(code: number): boolean {
  return code >= code0 && code <= code9
}

function isUpper(code: number): boolean {
  return code >= 65 && code <= 90
}

function isLower(code: number): boolean {
  return code >= 97 && code <= 122
}

function isAlnum(code: number): boolean {
  return isDigit(code) || isUpper(code) || isLower(code) || code > 0xbf
}

function isSpace(code: number): boolean {
  return code === 32 || code === 0xa0 || code === 9 || code === 0x202f
}

function isRoman(text: string): boolean {
  if (text.length === 0 || text.length > 8) return false
  for (let index = 0; index < text.length; index++) {
    if (!'IVXLC'.includes(text[index]!)) return false
  }
  return true
}

/** A session in parentheses: Roman "XV", or an old emergency special or special session "ES-V", "S-VI". */
function isSession(text: string): boolean {
  if (text.startsWith('ES-')) return isRoman(text.slice(3))
  if (text.startsWith('S-')) return isRoman(text.slice(2))
  return isRoman(text)
}

/** A cursor over the text with small readers; each reader returns the new index or -1. */
class Reader {
  /** Characters looked at, for the linear-time test. */
  reads = 0

  constructor(readonly text: string) {}

  code(index: number): number {
    this.reads++
    return index < this.text.length ? this.text.charCodeAt(index) : -1
  }

  spaces(index: number): number {
    while (isSpace(this.code(index))) index++
    return index
  }

  /** At least one space. */
  space(index: number): number {
    const next = this.spaces(index)
    return next === index ? -1 : next
  }

  /** Digits, at most `max` of them, not followed by another digit. */
  digits(index: number, max: number): number {
    let end = index
    while (end - index < max && isDigit(this.code(end))) end++
    if (end === index || isDigit(this.code(end))) return -1
    return end
  }

  /** A literal word, case-sensitive, followed by a boundary. */
  word(index: number, word: string): number {
    if (!this.text.startsWith(word, index)) return -1
    const end = index + word.length
    return isAlnum(this.code(end)) ? -1 : end
  }

  /**
   * Which of `words` stands at `index` as a whole word (see `word`): its
   * position in `words`, or -1. Recognizers call this at every word that
   * starts with their letter, so it allocates nothing.
   */
  whichWord(index: number, words: readonly string[]): number {
    for (let which = 0; which < words.length; which++) {
      if (this.word(index, words[which]!) !== -1) return which
    }
    return -1
  }

  /** A word of letters only (up to 30), returning its end. */
  letters(index: number): number {
    let end = index
    while (end - index < 30) {
      const code = this.code(end)
      if (!(isUpper(code) || isLower(code) || code === 45)) break
      end++
    }
    return end === index ? -1 : end
  }
}

/** A number of a resolution as written, parsed. */
interface ResolutionNumber {
  end: number
  /** "74/247", "ES-11/1", "2019/15" or "1514". */
  number: string
  /** Session part before the slash, when there is one. */
  session?: string
  /** Lettered part: "A", "AA". */
  part?: string
  /** Roman session "XV" or year "2015" in parentheses. */
  paren?: string
}

function readResolutionNumber(reader: Reader, start: number): ResolutionNumber | undefined {
  let index = start
  let session: string | undefined
  // Emergency special and special sessions: ES-11/1, S-10/2.
  let prefix = ''
  if (reader.text.startsWith('ES-', index)) prefix = 'ES-'
  else if (reader.text.startsWith('S-', index)) prefix = 'S-'
  index += prefix.length
  let end = reader.digits(index, 4)
  if (end === -1) return undefined
  let number = reader.text.slice(index, end)
  if (reader.code(end) === 47 /* / */) {
    const after = reader.digits(end + 1, 4)
    if (after === -1) return undefined
    session = prefix + number
    number = reader.text.slice(end + 1, after)
    end = after
  } else if (prefix) {
    return undefined
  }
  const result: ResolutionNumber = {end, number: session ? session + '/' + number : number}
  if (session) result.session = session
  // A lettered part: " A", " AA", before a boundary.
  const next = reader.space(end)
  if (next !== -1 && isUpper(reader.code(next))) {
    let letterEnd = next
    while (letterEnd - next < 2 && reader.code(letterEnd) === reader.code(next)) letterEnd++
    const after = reader.code(letterEnd)
    if (!isAlnum(after) && after !== 47 && after !== 45 && after !== 46) {
      result.part = reader.text.slice(next, letterEnd)
      result.end = letterEnd
    }
  }
  // A session in Roman numerals or a year in parentheses: (XV), (2015).
  const open = reader.spaces(result.end)
  if (reader.code(open) === 40 /* ( */) {
    let close = open + 1
    while (close - open < 10 && reader.code(close) !== 41 && reader.code(close) !== -1) close++
    if (reader.code(close) === 41) {
      const inner = reader.text.slice(open + 1, close)
      const year = /^(?:19|20)\d\d$/.test(inner)
      if (isSession(inner) || year) {
        if (!session || isSession(inner)) {
          result.paren = inner
          result.end = close + 1
        }
      }
    }
  }
  if (!session && !result.paren) return undefined
  return result
}

/** A lettered part alone after a list separator: "68/247 A and B" gives 68/247 B. */
function readPartOnly(reader: Reader, start: number, previous: ResolutionNumber): ResolutionNumber | undefined {
  if (!previous.part || previous.paren || !isUpper(reader.code(start))) return undefined
  let end = start
  while (end - start < 2 && reader.code(end) === reader.code(start)) end++
  const after = reader.code(end)
  if (isAlnum(after) || after === 47 || after === 45 || after === 46) return undefined
  return {...previous, part: reader.text.slice(start, end), end}
}

/** " of 27 December 2019": returns the end and the date. */
function readDate(reader: Reader, start: number): {end: number; date: string} | undefined {
  let index = reader.space(skipMarker(reader, start))
  if (index === -1) return undefined
  index = reader.word(index, 'of')
  if (index === -1) return undefined
  const dayStart = reader.space(index)
  if (dayStart === -1) return undefined
  const dayEnd = reader.digits(dayStart, 2)
  if (dayEnd === -1) return undefined
  const monthStart = reader.space(dayEnd)
  if (monthStart === -1) return undefined
  const monthEnd = reader.letters(monthStart)
  if (monthEnd === -1 || !months.has(reader.text.slice(monthStart, monthEnd))) return undefined
  const yearStart = reader.space(monthEnd)
  if (yearStart === -1) return undefined
  const yearEnd = readYear(reader, yearStart)
  if (yearEnd === -1) return undefined
  return {end: yearEnd, date: reader.text.slice(dayStart, yearEnd).replace(/\s+/g, ' ')}
}

/**
 * A four-digit year; in PDF text a footnote marker may be glued on
 * ("of 19721" for 1972 and footnote 1): a year of 1900 to 2099 followed by
 * one to three more digits ends after its fourth digit.
 */
function readYear(reader: Reader, start: number): number {
  const end = reader.digits(start, 4)
  if (end !== -1) return end - start === 4 ? end : -1
  const longer = reader.digits(start, 7)
  if (longer === -1) return -1
  const century = reader.text.slice(start, start + 2)
  return century === '19' || century === '20' ? start + 4 : -1
}

/** Footnote digits glued to the end of a citation ("(XXV)1", "19721"): the index after them, else `start`. */
function skipMarker(reader: Reader, start: number): number {
  const before = reader.code(start - 1)
  if (before !== 41 /* ) */ && !isDigit(before)) return start
  const end = reader.digits(start, 3)
  return end === -1 || isAlnum(reader.code(end)) ? start : end
}

/** A list separator: ",", " and", ", and", " or", " as well as". Returns the index after it. */
function readSeparator(reader: Reader, start: number): number {
  let index = reader.spaces(skipMarker(reader, start))
  let seen = false
  if (reader.code(index) === 44 /* , */ || reader.code(index) === 59 /* ; */) {
    index = reader.spaces(index + 1)
    seen = true
  }
  const which = reader.whichWord(index, conjunctions)
  if (which !== -1) return reader.space(index + conjunctions[which]!.length)
  return seen ? index : -1
}

const conjunctions = ['and', 'or']

/** Canonical symbol for a resolution or decision of an organ. */
export function canonicalSymbol(
  kind: 'resolution' | 'decision',
  organ: Organ,
  number: ResolutionNumber
): string | undefined {
  const part = number.part ?? ''
  if (organ === 'Security Council') {
    if (kind === 'decision' || !number.paren || number.session) return undefined
    return 'S/RES/' + number.number + '(' + number.paren + ')'
  }
  const body = number.paren
    ? number.number + part + '(' + number.paren + ')'
    : number.number + part
  const res = kind === 'resolution' ? 'RES' : 'DEC'
  switch (organ) {
    case 'General Assembly':
      return 'A/' + res + '/' + body
    case 'Human Rights Council':
      return 'A/HRC/' + res + '/' + body
    case 'Economic and Social Council':
      return 'E/' + res + '/' + body
    case 'Commission on Human Rights':
      return 'E/CN.4/' + res + '/' + body
  }
}

/** The organ whose name ends with word `last` of `words` (a comma after it allowed), if any. */
function organEndingAt(words: string[], last: number): Organ | undefined {
  for (const [names, organ] of organNames) {
    const first = last - names.length + 1
    if (first < 0) continue
    if (names.every((name, i) => {
      const word = words[first + i]!
      return word === name || (first + i === last && word === name + ',')
    })) return organ
  }
  return undefined
}

/** Words that may stand between an organ and "its": "the Council, in paragraph 19 of its resolution". */
const linkWords = new Set(['in', 'by', 'of', 'through', 'paragraph', 'paragraphs', 'section', 'sections'])

/**
 * The organ named just before `index` ("Security Council resolution"), or
 * "its" for the organ that speaks. "Its" after an organ named as the subject
 * ("the Human Rights Council, in its resolution") is that organ's: the look
 * back crosses at most eight link words (in, by, of, paragraph, section),
 * numbers and markers, so "the Security Council, and its resolution" stays its.
 */
function organBefore(text: string, index: number): Organ | 'its' | undefined {
  const window = text.slice(Math.max(0, index - 120), index).trimEnd()
  const words = window.split(/\s+/)
  const last = words.length - 1
  if (words[last] === 'its' || words[last] === 'Its') {
    for (let at = last - 1; at >= 0 && at >= last - 8; at--) {
      const organ = organEndingAt(words, at)
      if (organ) return organ
      const word = words[at]!
      if (!(linkWords.has(word) || isDigit(word.charCodeAt(0)) || word.startsWith('('))) break
    }
    return 'its'
  }
  const organ = organEndingAt(words, last)
  if (organ && !words[last]!.endsWith(',')) return organ
  if (words[last] === 'Council' || words[last] === 'Assembly') return 'its'
  return undefined
}

function organOf(
  named: Organ | 'its' | undefined,
  number: ResolutionNumber,
  documentOrgan: Organ | undefined
): Organ {
  // The Security Council numbers its resolutions by year, never by session: "46/7" is not its.
  if (named && named !== 'its' && !(named === 'Security Council' && number.session)) return named
  if (number.paren && !isSession(number.paren)) return 'Security Council'
  if (named === 'its' && documentOrgan) return documentOrgan
  if (number.session && /^\d{4}$/.test(number.session) && documentOrgan !== 'Human Rights Council') {
    return documentOrgan === 'Commission on Human Rights' ? documentOrgan : 'Economic and Social Council'
  }
  if (number.session && (number.session.startsWith('ES-') || number.session.startsWith('S-'))) return 'General Assembly'
  if (number.paren) return 'General Assembly'
  if (documentOrgan && documentOrgan !== 'Security Council') return documentOrgan
  return 'General Assembly'
}

/** Read a full document symbol (A/RES/74/247, A/C.3/79/L.15/Rev.1) at `start`. */
function readSymbol(reader: Reader, start: number): {end: number; symbol: string} | undefined {
  const text = reader.text
  let index = start
  let components = 0
  let hasDigit = false
  let firstEnd = -1
  // At most 12 components of at most 24 characters: the scan is bounded wherever it starts.
  for (; components < 12; ) {
    const componentStart = index
    while (index - componentStart < 24) {
      const code = reader.code(index)
      if (isDigit(code)) hasDigit = true
      else if (!(isUpper(code) || isLower(code) || code === 46 /* . */ || code === 45 /* - */)) break
      index++
    }
    if (index === componentStart) return undefined
    components++
    if (firstEnd === -1) {
      firstEnd = index
      // The organ comes first: A, S, E, CD, UNEP... (one to six capitals).
      // Checked at every capitalised word, so with no slice and no regex.
      if (firstEnd - start > 6) return undefined
      for (let at = start; at < firstEnd; at++) if (!isUpper(text.charCodeAt(at))) return undefined
    }
    if (reader.code(index) !== 47 /* / */ || !isAlnum(reader.code(index + 1))) break
    index++
  }
  if (components < 2 || !hasDigit) return undefined
  // A full stop that ends the sentence is not part of the symbol.
  while (text.charCodeAt(index - 1) === 46) index--
  let symbol = text.slice(start, index)
  // S/RES/2231 (2015)
  const paren = reader.spaces(index)
  if (/^S\/RES\/\d+$/.test(symbol) && reader.code(paren) === 40) {
    const close = paren + 5
    if (reader.code(close) === 41 && /^\d{4}$/.test(text.slice(paren + 1, close))) {
      symbol += '(' + text.slice(paren + 1, close) + ')'
      index = close + 1
    }
  }
  return {end: index, symbol}
}

function classifySymbol(symbol: string): {kind: CitationKind; organ?: Organ} {
  if (symbol.startsWith('S/RES/')) return {kind: 'resolution', organ: 'Security Council'}
  if (symbol.startsWith('A/HRC/RES/')) return {kind: 'resolution', organ: 'Human Rights Council'}
  if (symbol.startsWith('A/HRC/DEC/')) return {kind: 'decision', organ: 'Human Rights Council'}
  if (symbol.startsWith('A/RES/')) return {kind: 'resolution', organ: 'General Assembly'}
  if (symbol.startsWith('A/DEC/')) return {kind: 'decision', organ: 'General Assembly'}
  if (symbol.startsWith('E/RES/')) return {kind: 'resolution', organ: 'Economic and Social Council'}
  if (symbol.startsWith('E/DEC/')) return {kind: 'decision', organ: 'Economic and Social Council'}
  return {kind: 'document'}
}

/** Read a sub-paragraph marker "(a)", "(iv)" after optional spaces. */
function readMarker(reader: Reader, start: number): {end: number; marker: string} | undefined {
  const index = reader.spaces(start)
  if (reader.code(index) !== 40) return undefined
  let close = index + 1
  while (close - index < 8 && isLower(reader.code(close))) close++
  if (close === index + 1 || reader.code(close) !== 41) return undefined
  return {end: close + 1, marker: reader.text.slice(index, close + 1)}
}

/** An article number: 56, III, 2 bis. */
function readArticleNumber(reader: Reader, start: number): number {
  let end = reader.digits(start, 4)
  if (end === -1) {
    end = start
    while (end - start < 8 && 'IVXLC'.includes(reader.text[end] ?? '?')) end++
    if (end === start || isAlnum(reader.code(end))) return -1
  }
  return end
}

const instrumentWords = new Set(['of', 'on', 'and', 'the', 'against', 'for', 'to', 'in'])

/** " of the Convention", ", of the Charter of the United Nations": the instrument. */
function readInstrument(reader: Reader, start: number): {end: number; instrument: string} | undefined {
  // "Article 2, paragraph 4, of the Charter": a comma may come first.
  const comma = reader.code(start) === 44 ? start + 1 : start
  let index = reader.space(comma)
  if (index === -1) return undefined
  index = reader.word(index, 'of')
  if (index === -1) return undefined
  const from = reader.space(index)
  if (from === -1) return undefined
  let end = from
  let cursor = from
  let words = 0
  let capitals = 0
  while (words < 16) {
    const wordEnd = reader.letters(cursor)
    if (wordEnd === -1) break
    const word = reader.text.slice(cursor, wordEnd)
    const capital = isUpper(word.charCodeAt(0))
    if (!capital && !instrumentWords.has(word)) break
    words++
    if (capital) {
      capitals++
      end = wordEnd
    }
    const next = reader.space(wordEnd)
    if (next === -1) break
    cursor = next
  }
  if (capitals === 0) return undefined
  return {end, instrument: reader.text.slice(from, end)}
}

/** Options for `findCitations`. */
export interface FindOptions {
  /** The organ whose text this is, for bare numbers. */
  organ?: Organ | undefined
  /** When given, `reads` grows by the number of characters the scan looked at. */
  stats?: {reads: number} | undefined
}

/**
 * Find all citations in `text`, in order, without overlap.
 */
export function findCitations(text: string, options: FindOptions = {}): CitationMatch[] {
  const reader = new Reader(text)
  const found: CitationMatch[] = []
  let index = 0
  let steps = 0
  while (index < text.length) {
    steps++
    const code = text.charCodeAt(index)
    // Only at the start of a word.
    if (!isAlnum(code) || (index > 0 && (isAlnum(text.charCodeAt(index - 1)) || text.charCodeAt(index - 1) === 47))) {
      index++
      continue
    }
    // Each recognizer starts with a known letter: try only those that can match here.
    let end: number | undefined
    switch (code | 0x20) {
      case 0x72: // r: resolution
      case 0x64: // d: decision
        end = readResolutions(reader, index, options, found)
        break
      case 0x61: // a: article
        end = readArticles(reader, index, found)
        break
      case 0x70: // p: paragraph
      case 0x73: // s: section, subparagraph
        end = readPinpointOrInternal(reader, index, options, found)
        break
      case 0x74: // t: the present resolution
        end = readPresent(reader, index, found)
        break
    }
    if (end === undefined && isUpper(code)) end = readDocument(reader, index, found)
    if (end !== undefined && end > index) {
      index = end
      continue
    }
    // Skip to the end of this word.
    while (index < text.length && isAlnum(text.charCodeAt(index))) {
      index++
      steps++
    }
  }
  if (options.stats) options.stats.reads += steps + reader.reads
  return found
}

const resolutionWords: Array<[string, 'resolution' | 'decision']> = [
  ['resolutions', 'resolution'],
  ['resolution', 'resolution'],
  ['Resolutions', 'resolution'],
  ['Resolution', 'resolution'],
  ['decisions', 'decision'],
  ['decision', 'decision'],
  ['Decisions', 'decision'],
  ['Decision', 'decision']
]

const resolutionWordList = resolutionWords.map(([word]) => word)

/** "resolutions 74/247 and 75/282": one citation each. Returns the end, or undefined. */
function readResolutions(
  reader: Reader,
  start: number,
  options: FindOptions,
  found: CitationMatch[],
  pinpoint?: {from: number; text: string}
): number | undefined {
  const which = reader.whichWord(start, resolutionWordList)
  if (which === -1) return undefined
  const [word, kind] = resolutionWords[which]!
  const first = reader.space(start + word.length)
  if (first === -1) return undefined
  const named = organBefore(reader.text, start)
  let cursor = first
  let from = pinpoint ? pinpoint.from : start
  let count = 0
  let end: number | undefined
  let previous: ResolutionNumber | undefined
  for (;;) {
    const number = readResolutionNumber(reader, cursor) ?? (previous ? readPartOnly(reader, cursor, previous) : undefined)
    if (!number) break
    previous = number
    const organ = organOf(named, number, options.organ)
    const match: CitationMatch = {from, to: number.end, kind, organ}
    const symbol = canonicalSymbol(kind, organ, number)
    if (symbol) match.symbol = symbol
    if (pinpoint && count === 0) match.pinpoint = pinpoint.text
    const date = readDate(reader, number.end)
    if (date) {
      match.date = date.date
      match.to = date.end
    }
    found.push(match)
    count++
    end = match.to
    const next = readSeparator(reader, match.to)
    if (next === -1) break
    cursor = next
    from = next
  }
  return end
}

const articleWords = ['articles', 'article', 'Articles', 'Article']

/** "articles 57, paragraph 5 (g), 61 and 62 of the Convention". */
function readArticles(reader: Reader, start: number, found: CitationMatch[]): number | undefined {
  const which = reader.whichWord(start, articleWords)
  if (which === -1) return undefined
  let cursor = reader.space(start + articleWords[which]!.length)
  if (cursor === -1) return undefined
  const matches: CitationMatch[] = []
  let from = start
  for (;;) {
    const numberEnd = readArticleNumber(reader, cursor)
    if (numberEnd === -1) break
    const match: CitationMatch = {from, to: numberEnd, kind: 'article', article: reader.text.slice(cursor, numberEnd)}
    // ", paragraph 5 (g)" belongs to the article before it.
    const comma = reader.spaces(numberEnd)
    if (reader.code(comma) === 44) {
      const paragraphStart = reader.spaces(comma + 1)
      const wordEnd = reader.word(paragraphStart, 'paragraph')
      const numberStart = wordEnd === -1 ? -1 : reader.space(wordEnd)
      const paragraphEnd = numberStart === -1 ? -1 : reader.digits(numberStart, 3)
      if (paragraphEnd !== -1) {
        const marker = readMarker(reader, paragraphEnd)
        const pinpointEnd = marker ? marker.end : paragraphEnd
        match.pinpoint = reader.text.slice(paragraphStart, pinpointEnd).replace(/\s+/g, ' ')
        match.to = pinpointEnd
      }
    }
    matches.push(match)
    const next = readSeparator(reader, match.to)
    if (next === -1) break
    cursor = next
    from = next
  }
  if (matches.length === 0) return undefined
  const last = matches[matches.length - 1]!
  const instrument = readInstrument(reader, last.to)
  for (const match of matches) {
    if (instrument) match.instrument = instrument.instrument
    found.push(match)
  }
  return instrument ? instrument.end : last.to
}

const pinpointWords = ['paragraphs', 'paragraph', 'subparagraphs', 'subparagraph', 'sections', 'section', 'Paragraphs', 'Paragraph']

/**
 * "paragraph 5 of resolution 74/247" (a pinpoint), "section VI of its
 * resolution 68/247 A", or "paragraphs 5 and 6 above" (internal).
 */
function readPinpointOrInternal(
  reader: Reader,
  start: number,
  options: FindOptions,
  found: CitationMatch[]
): number | undefined {
  const which = reader.whichWord(start, pinpointWords)
  if (which === -1) return undefined
  const word = pinpointWords[which]!.toLowerCase()
  let cursor = reader.space(start + word.length)
  if (cursor === -1) return undefined
  const paragraphs: Array<{number: number; sub?: string}> = []
  const subs: string[] = []
  let end = cursor
  let parsed = false
  for (;;) {
    if (word.startsWith('sub')) {
      const marker = readMarker(reader, cursor)
      if (!marker) break
      subs.push(marker.marker)
      end = marker.end
      parsed = true
    } else if (word.startsWith('section')) {
      const numberEnd = readArticleNumber(reader, cursor)
      if (numberEnd === -1) break
      end = numberEnd
      parsed = true
    } else {
      const numberEnd = reader.digits(cursor, 4)
      if (numberEnd === -1) break
      const item: {number: number; sub?: string} = {number: Number(reader.text.slice(cursor, numberEnd))}
      end = numberEnd
      const marker = readMarker(reader, numberEnd)
      if (marker) {
        item.sub = marker.marker
        end = marker.end
      }
      paragraphs.push(item)
      parsed = true
      // "paragraphs 3 to 5": every paragraph of the range (a short one: at most 100).
      const to = reader.space(end)
      const toEnd = to === -1 ? -1 : reader.word(to, 'to')
      const lastStart = toEnd === -1 ? -1 : reader.space(toEnd)
      const lastEnd = lastStart === -1 ? -1 : reader.digits(lastStart, 4)
      if (lastEnd !== -1 && !item.sub) {
        const last = Number(reader.text.slice(lastStart, lastEnd))
        if (last > item.number && last - item.number <= 100) {
          for (let number = item.number + 1; number <= last; number++) paragraphs.push({number})
          end = lastEnd
        }
      }
    }
    const next = readSeparator(reader, end)
    if (next === -1) break
    // "paragraphs 5 and 6": the separator must lead to another number or marker.
    const peek = reader.code(next)
    if (!(isDigit(peek) || peek === 40 || (word.startsWith('section') && isUpper(peek)))) break
    cursor = next
  }
  if (!parsed) return undefined
  const pinpointText = reader.text.slice(start, end).replace(/\s+/g, ' ')

  // "above", "below", "of the present resolution": internal.
  const after = reader.space(end)
  if (after !== -1) {
    const above = reader.word(after, 'above')
    const below = reader.word(after, 'below')
    let internalEnd = above !== -1 ? above : below
    if (internalEnd === -1) {
      const present = readPresentAt(reader, after, true)
      if (present !== -1) internalEnd = present
    }
    if (internalEnd !== -1 && !word.startsWith('section')) {
      found.push({
        from: start,
        to: internalEnd,
        kind: 'internal',
        internal: {paragraphs, subs, self: false}
      })
      return internalEnd
    }
    // "of resolution 74/247", "of its resolution", "of Security Council resolution".
    const of = reader.word(after, 'of')
    if (of !== -1) {
      let probe = reader.space(of)
      for (let hops = 0; probe !== -1 && hops < 5; hops++) {
        const result = readResolutions(reader, probe, options, found, {from: start, text: pinpointText})
        if (result !== undefined) return result
        const wordEnd = reader.letters(probe)
        if (wordEnd === -1) break
        probe = reader.space(wordEnd)
      }
    }
  }
  return undefined
}

/** "of the present resolution" (withOf) or "the present resolution". Returns the end or -1. */
function readPresentAt(reader: Reader, start: number, withOf: boolean): number {
  let index = start
  if (withOf) {
    index = reader.word(index, 'of')
    if (index === -1) return -1
    index = reader.space(index)
    if (index === -1) return -1
  }
  // Tried at every word that starts with "t": fail fast, allocate nothing.
  index = reader.word(index, 'the')
  if (index === -1) return -1
  index = reader.space(index)
  if (index === -1) return -1
  index = reader.word(index, 'present')
  if (index === -1) return -1
  index = reader.space(index)
  return index === -1 ? -1 : reader.word(index, 'resolution')
}

function readPresent(reader: Reader, start: number, found: CitationMatch[]): number | undefined {
  const end = readPresentAt(reader, start, false)
  if (end === -1) return undefined
  found.push({from: start, to: end, kind: 'internal', internal: {paragraphs: [], subs: [], self: true}})
  return end
}

function readDocument(reader: Reader, start: number, found: CitationMatch[]): number | undefined {
  if (!isUpper(reader.code(start))) return undefined
  const symbol = readSymbol(reader, start)
  if (!symbol) return undefined
  const {kind, organ} = classifySymbol(symbol.symbol)
  const match: CitationMatch = {from: start, to: symbol.end, kind, symbol: symbol.symbol.replace(/\s+/g, '')}
  if (organ) match.organ = organ
  if (kind !== 'document') {
    const date = readDate(reader, symbol.end)
    if (date) {
      match.date = date.date
      match.to = date.end
    }
  }
  found.push(match)
  // "A/79/364 and Corr.1", "A/78/40 and Add.1": the modifier is a document of its own.
  let end = match.to
  for (let count = 0; count < 8; count++) {
    const next = readSeparator(reader, end)
    if (next === -1) break
    const modifierEnd = readModifier(reader, next)
    if (modifierEnd === -1) break
    found.push({from: next, to: modifierEnd, kind: 'document', symbol: match.symbol + '/' + reader.text.slice(next, modifierEnd)})
    end = modifierEnd
  }
  return end
}

/** A symbol modifier standing alone: "Rev.1", "Add.2", "Corr.1", "Amend.1". Returns its end or -1. */
function readModifier(reader: Reader, start: number): number {
  let end = -1
  for (const word of ['Rev.', 'Add.', 'Corr.', 'Amend.']) {
    if (reader.text.startsWith(word, start)) {
      end = reader.digits(start + word.length, 2)
      break
    }
  }
  if (end === -1) return -1
  const after = reader.code(end)
  return isAlnum(after) || after === 47 ? -1 : end
}
