/** The article family: "article 56 of the Convention", "articles 57, paragraph 5 (g), 61 and 62". */
import {Reader, isAlnum, isUpper, readMarker, readSeparator} from './scan.js'
import type {CitationMatch, Family} from './types.js'

export function readArticleNumber(reader: Reader, start: number): number {
  let end = reader.digits(start, 4)
  if (end === -1) {
    end = start
    while (end - start < 8 && 'IVXLC'.includes(reader.text[end] ?? '?')) end++
    if (end === start || isAlnum(reader.code(end))) return -1
  }
  return end
}

export const instrumentWords = new Set(['of', 'on', 'and', 'the', 'against', 'for', 'to', 'in'])

/** " of the Convention", ", of the Charter of the United Nations": the instrument. */
export function readInstrument(reader: Reader, start: number): {end: number; instrument: string} | undefined {
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

export const articleWords = ['articles', 'article', 'Articles', 'Article']

/** "articles 57, paragraph 5 (g), 61 and 62 of the Convention". */
export function readArticles(reader: Reader, start: number, found: CitationMatch[]): number | undefined {
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

/** The article family. */
export const articles: Family = {
  starts: 'a',
  read: (reader, start, _options, found) => readArticles(reader, start, found)
}
