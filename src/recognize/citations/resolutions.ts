/** The resolution family: "resolution 74/247", "resolutions 74/247 and 75/282", "decision 73/546", with organ, date and pinpoint. */
import {type ResolutionNumber, canonicalSymbol, readPartOnly, readResolutionNumber} from './numbers.js'
import {type SentenceOrgans, organBefore, organOf, organsInSentence} from './organs.js'
import {Reader, isDigit, readDate, readSeparator} from './scan.js'
import type {CitationMatch, Family, FindOptions} from './types.js'

export const resolutionWords: Array<[string, 'resolution' | 'decision']> = [
  ['resolutions', 'resolution'],
  ['resolution', 'resolution'],
  ['Resolutions', 'resolution'],
  ['Resolution', 'resolution'],
  ['decisions', 'decision'],
  ['decision', 'decision'],
  ['Decisions', 'decision'],
  ['Decision', 'decision']
]

export const resolutionWordList = resolutionWords.map(([word]) => word)

/** "resolutions 74/247 and 75/282": one citation each. Returns the end, or undefined. */
export function readResolutions(
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
  // What the sentence names, read once and only when a number is found: a look back of up to 600 characters.
  let sentence: SentenceOrgans | undefined
  let cursor = first
  let from = pinpoint ? pinpoint.from : start
  let count = 0
  let end: number | undefined
  let previous: ResolutionNumber | undefined
  for (;;) {
    let number = readResolutionNumber(reader, cursor) ?? (previous ? readPartOnly(reader, cursor, previous) : undefined)
    // A footnote marker standing alone after the separator: "of 17 July 2020, 4  47/21 of 13 July 2021".
    if (!number && previous) {
      const markerEnd = reader.digits(cursor, 2)
      const after = markerEnd === -1 ? -1 : reader.space(markerEnd)
      if (after !== -1 && isDigit(reader.code(after))) {
        number = readResolutionNumber(reader, after)
        if (number) from = after
      }
    }
    if (!number) break
    previous = number
    const match: CitationMatch = {from, to: number.end, kind}
    if (number.body === undefined) {
      const answer = organOf(named, number, (sentence ??= organsInSentence(reader.text, start)), options.organ, options.session)
      if (answer.organ) {
        match.organ = answer.organ
        const symbol = canonicalSymbol(kind, answer.organ, number)
        if (symbol) match.symbol = symbol
      } else if (answer.problem) {
        match.problem = answer.problem
      }
    }
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

/** The resolution family. */
export const resolutions: Family = {
  starts: 'rd',
  read: (reader, start, options, found) => readResolutions(reader, start, options, found)
}
