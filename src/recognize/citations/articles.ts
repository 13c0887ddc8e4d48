/**
 * The article family: "article 56 of the Convention", "articles 57,
 * paragraph 5 (g), 61 and 62", "articles 19 to 22 of the International
 * Covenant on Civil and Political Rights", "article 4 (a)", "article 3 and
 * article 4, paragraphs 3, 4, 5 and 11, of the Paris Agreement", "art. 18".
 * One citation per article (a range gives each of its articles); a
 * paragraph or sub-paragraph stays with its article as the pinpoint. The
 * instrument is the one named after the list ("of the Convention on the
 * Rights of Persons with Disabilities"); a short form ("the Convention") or
 * none ("its article 14", "thereof") is resolved in instruments.ts.
 */
import {type InstrumentName, headWords, instrumentWords, instrumentsIn, nearestInstrument, resolveInstrument} from './instruments.js'
import {Reader, isAlnum, isDigit, isLower, isUpper, readSeparator} from './scan.js'
import type {CitationMatch, Family, FindOptions} from './types.js'

export {instrumentWords}

/** An article number: "56", "3.5" (article 3, paragraph 5 in some treaties' style), "VI". Returns its end or -1. */
export function readArticleNumber(reader: Reader, start: number): number {
  let end = reader.digits(start, 4)
  if (end === -1) {
    end = start
    while (end - start < 8 && 'IVXLC'.includes(reader.text[end] ?? '?')) end++
    if (end === start || isAlnum(reader.code(end))) return -1
    return end
  }
  // "article 3.5": a decimal part, when digits follow the full stop.
  if (reader.code(end) === 46 && isDigit(reader.code(end + 1))) {
    const decimal = reader.digits(end + 1, 3)
    if (decimal !== -1) end = decimal
  }
  return end
}

/** A sub-paragraph marker after an article: "(a)", "(2)", "(iv)". */
function readArticleMarker(reader: Reader, start: number): {end: number; marker: string} | undefined {
  const index = reader.spaces(start)
  if (reader.code(index) !== 40) return undefined
  let close = index + 1
  while (close - index < 6 && (isLower(reader.code(close)) || isDigit(reader.code(close)))) close++
  if (close === index + 1 || reader.code(close) !== 41) return undefined
  return {end: close + 1, marker: reader.text.slice(index, close + 1)}
}

/** " of the Convention", ", of the Charter of the United Nations", " thereof": the instrument as written. */
export function readInstrument(reader: Reader, start: number): {end: number; instrument: string} | undefined {
  // "Article 2, paragraph 4, of the Charter": a comma may come first.
  const comma = reader.code(start) === 44 ? start + 1 : start
  let index = reader.space(comma)
  if (index === -1) return undefined
  const thereof = reader.word(index, 'thereof')
  if (thereof !== -1) return {end: thereof, instrument: 'thereof'}
  index = reader.word(index, 'of')
  if (index === -1) return undefined
  const from = reader.space(index)
  if (from === -1) return undefined
  let end = from
  let cursor = from
  let capitals = 0
  let previous = ''
  for (let words = 0; words < 24; words++) {
    const wordEnd = reader.letters(cursor)
    if (wordEnd === -1) {
      // "of 1949" after a name: "the Geneva Conventions of 1949".
      const yearEnd = previous === 'of' && capitals > 0 ? reader.digits(cursor, 4) : -1
      if (yearEnd !== -1 && yearEnd - cursor === 4) end = yearEnd
      break
    }
    const word = reader.text.slice(cursor, wordEnd)
    const capital = isUpper(word.charCodeAt(0))
    if (!capital && !instrumentWords.has(word)) break
    if (capital) {
      capitals++
      end = wordEnd
    }
    previous = word
    // "Cruel, Inhuman or Degrading": a comma inside a name, before a capitalised word that starts no other name.
    let next = reader.space(wordEnd)
    if (next === -1 && capital && reader.code(wordEnd) === 44) {
      const after = reader.space(wordEnd + 1)
      const afterEnd = after === -1 ? -1 : reader.letters(after)
      const following = afterEnd === -1 ? '' : reader.text.slice(after, afterEnd)
      if (following !== '' && isUpper(following.charCodeAt(0)) && !headWords.has(following) && following !== 'International' && following !== 'United') next = after
    }
    if (next === -1) break
    cursor = next
  }
  if (capitals === 0) return undefined
  return {end, instrument: reader.text.slice(from, end).replace(/\s+/g, ' ')}
}

export const articleWords = ['articles', 'article', 'Articles', 'Article', 'arts.', 'art.']

/** The instruments a text names, read once per text and only when an article needs them. */
const namedIn = new WeakMap<Reader, InstrumentName[]>()

function named(reader: Reader): InstrumentName[] {
  let list = namedIn.get(reader)
  if (!list) namedIn.set(reader, (list = instrumentsIn(reader.text)))
  return list
}

/** The word at `index` if it is an article word ("article", "art."), with its end. */
function articleWord(reader: Reader, index: number): number {
  for (const word of articleWords) {
    if (word.endsWith('.')) {
      if (reader.text.startsWith(word, index) && reader.space(index + word.length) !== -1) return index + word.length
    } else if (reader.word(index, word) !== -1) return index + word.length
  }
  return -1
}

/** ", paragraph 5 (g)", ", paragraphs 3, 4, 5 and 11", ", paragraphs 1 to 4": the pinpoint after an article, with its end. */
function readParagraphs(reader: Reader, start: number): {end: number; text: string} | undefined {
  const comma = reader.spaces(start)
  if (reader.code(comma) !== 44) return undefined
  const wordStart = reader.spaces(comma + 1)
  const plural = reader.word(wordStart, 'paragraphs')
  const wordEnd = plural !== -1 ? plural : reader.word(wordStart, 'paragraph')
  if (wordEnd === -1) return undefined
  let cursor = reader.space(wordEnd)
  if (cursor === -1) return undefined
  let end = -1
  for (let count = 0; count < 20; count++) {
    const numberEnd = reader.digits(cursor, 3)
    if (numberEnd === -1) break
    end = numberEnd
    const marker = readArticleMarker(reader, numberEnd)
    if (marker) end = marker.end
    if (plural === -1) break
    // "paragraphs 1 to 4"
    const to = reader.space(end)
    const toEnd = to === -1 ? -1 : reader.word(to, 'to')
    const lastStart = toEnd === -1 ? -1 : reader.space(toEnd)
    const lastEnd = lastStart === -1 ? -1 : reader.digits(lastStart, 3)
    if (lastEnd !== -1) end = lastEnd
    const next = readSeparator(reader, end)
    if (next === -1 || !isDigit(reader.code(next))) break
    cursor = next
  }
  if (end === -1) return undefined
  return {end, text: reader.text.slice(wordStart, end).replace(/\s+/g, ' ')}
}

/** "articles 57, paragraph 5 (g), 61 and 62 of the Convention". */
export function readArticles(reader: Reader, start: number, options: FindOptions, found: CitationMatch[]): number | undefined {
  const first = articleWord(reader, start)
  if (first === -1) return undefined
  let cursor = reader.space(first)
  if (cursor === -1) return undefined
  const matches: CitationMatch[] = []
  let from = start
  for (let count = 0; count < 50; count++) {
    const numberEnd = readArticleNumber(reader, cursor)
    if (numberEnd === -1) break
    const article = reader.text.slice(cursor, numberEnd)
    const match: CitationMatch = {from, to: numberEnd, kind: 'article', article}
    const marker = readArticleMarker(reader, numberEnd)
    if (marker) {
      match.pinpoint = marker.marker
      match.to = marker.end
    }
    const paragraphs = readParagraphs(reader, match.to)
    if (paragraphs) {
      match.pinpoint = match.pinpoint === undefined ? paragraphs.text : paragraphs.text + ' ' + match.pinpoint
      match.to = paragraphs.end
    }
    matches.push(match)
    // "articles 19 to 22": each article of the range (a short one: at most 50).
    if (!match.pinpoint && /^\d+$/.test(article)) {
      const to = reader.space(match.to)
      const toEnd = to === -1 ? -1 : reader.word(to, 'to')
      const lastStart = toEnd === -1 ? -1 : reader.space(toEnd)
      const lastEnd = lastStart === -1 ? -1 : reader.digits(lastStart, 4)
      const last = lastEnd === -1 ? 0 : Number(reader.text.slice(lastStart, lastEnd))
      if (last > Number(article) && last - Number(article) <= 50) {
        match.to = lastEnd
        for (let number = Number(article) + 1; number <= last; number++) matches.push({from, to: lastEnd, kind: 'article', article: String(number)})
      }
    }
    const next = readSeparator(reader, matches[matches.length - 1]!.to)
    if (next === -1) break
    // "article 3 and article 4": the word again.
    const again = articleWord(reader, next)
    if (again !== -1) {
      const after = reader.space(again)
      if (after === -1) break
      from = next
      cursor = after
      continue
    }
    if (!isDigit(reader.code(next)) && !'IVXLC'.includes(reader.text[next] ?? '?')) break
    cursor = next
    from = next
  }
  if (matches.length === 0) return undefined
  // The items of a range share one span: keep the first and give the others an empty span at its end.
  const last = matches[matches.length - 1]!
  const written = readInstrument(reader, last.to)
  let instrument: string | undefined
  if (written && written.instrument !== 'thereof') instrument = resolveInstrument(written.instrument, start, named(reader), options.instruments)
  else instrument = nearestInstrument(start, named(reader), options.instruments)
  let previousTo = -1
  for (const match of matches) {
    if (instrument) match.instrument = instrument
    // A range's later articles stand where the range ends, with no text of their own.
    if (match.to === previousTo) match.from = match.to
    previousTo = match.to
    found.push(match)
  }
  return written ? written.end : last.to
}

/** The article family. */
export const articles: Family = {
  starts: 'a',
  read: (reader, start, options, found) => readArticles(reader, start, options, found)
}
