/** The resolution family: "resolution 74/247", "resolutions 74/247 and 75/282", "decision 73/546", with organ, date and pinpoint. */
import {type ResolutionNumber, canonicalSymbol, readPartOnly, readResolutionNumber} from './numbers.js'
import {organBefore, organOf} from './organs.js'
import {Reader, readDate, readSeparator} from './scan.js'
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

/** The resolution family. */
export const resolutions: Family = {
  starts: 'rd',
  read: (reader, start, options, found) => readResolutions(reader, start, options, found)
}
