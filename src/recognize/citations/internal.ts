/**
 * References inside the text ("paragraphs 5 and 6 above", "subparagraph (a)
 * above", "the present resolution") and pinpoints into other texts
 * ("paragraph 5 of resolution 74/247", "section VI of its resolution").
 */
import {readArticleNumber} from './articles.js'
import {readResolutions} from './resolutions.js'
import {Reader, isDigit, isUpper, readMarker, readSeparator} from './scan.js'
import type {CitationMatch, Family, FindOptions} from './types.js'

export const pinpointWords = ['paragraphs', 'paragraph', 'subparagraphs', 'subparagraph', 'sections', 'section', 'Paragraphs', 'Paragraph']

/**
 * "paragraph 5 of resolution 74/247" (a pinpoint), "section VI of its
 * resolution 68/247 A", or "paragraphs 5 and 6 above" (internal).
 */
export function readPinpointOrInternal(
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
export function readPresentAt(reader: Reader, start: number, withOf: boolean): number {
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

export function readPresent(reader: Reader, start: number, found: CitationMatch[]): number | undefined {
  const end = readPresentAt(reader, start, false)
  if (end === -1) return undefined
  found.push({from: start, to: end, kind: 'internal', internal: {paragraphs: [], subs: [], self: true}})
  return end
}

/** Pinpoints and references to paragraphs: "paragraph 5 of resolution 74/247", "paragraphs 5 and 6 above". */
export const internal: Family = {
  starts: 'ps',
  read: readPinpointOrInternal
}

/** "the present resolution": the document itself. */
export const present: Family = {
  starts: 't',
  read: (reader, start, _options, found) => readPresent(reader, start, found)
}
