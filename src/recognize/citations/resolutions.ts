/** The resolution family: "resolution 74/247", "resolutions 74/247 and 75/282", "decision 73/546", with organ, date and pinpoint. */
import {type ResolutionNumber, canonicalSymbol, readPartOnly, readResolutionNumber} from './numbers.js'
import {type SentenceOrgans, organBefore, organOf, organsInSentence} from './organs.js'
import {Reader, isDigit, isSpace, readDate, readSeparator, skipMarker} from './scan.js'
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
  // "(E/2025/27), chap. I, sect. C, resolution 69/1": a resolution printed in another body's report is that body's.
  const named = inReport(reader.text, start) ? 'other' : organBefore(reader.text, start)
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
    const topic = match.date === undefined ? -1 : afterTopic(reader, match.to)
    const next = topic !== -1 ? topic : rangeEnd(reader, match.to) ?? readSeparator(reader, match.to)
    if (next === -1) break
    cursor = next
    from = next
  }
  return end
}

/** "decisions 9/CP.19 to 15/CP.19": where the last of a range starts, when a number follows "to"; else undefined. */
function rangeEnd(reader: Reader, start: number): number | undefined {
  const to = reader.space(skipMarker(reader, start))
  if (to === -1 || reader.word(to, 'to') === -1) return undefined
  const next = reader.space(to + 2)
  return next !== -1 && readResolutionNumber(reader, next) ? next : undefined
}

/** Whether a resolution word stands in a place in a report: after "chap. I, " or "sect. C, ". */
function inReport(text: string, start: number): boolean {
  return /(?:chap|sect)\.\s?[A-Z0-9]{1,6},\s{0,3}$/.test(text.slice(Math.max(0, start - 24), start))
}

/**
 * Where the next number of a list starts when a topic stands between its
 * items: "77/201 of 15 December 2022 on protecting children from bullying,
 * 73/327 of 25 July 2019 on ...", "55/29 of 5 April 2024, entitled “Rights
 * of the child ...”, 17 56/5 of 10 July 2024". After a dated item, an "on"
 * or "entitled" topic is passed over (a quotation whole; at most 300
 * characters; never past a semicolon or a full stop) to a comma or "and"
 * followed, after a footnote marker if any, by a resolution number that has
 * its own date. Returns where that number starts, or -1.
 */
function afterTopic(reader: Reader, start: number): number {
  let index = reader.spaces(skipMarker(reader, start))
  if (reader.code(index) === 44 /* , */) index = reader.spaces(index + 1)
  const topic = reader.word(index, 'on') !== -1 ? index + 2 : reader.word(index, 'entitled') !== -1 ? index + 8 : -1
  if (topic === -1) return -1
  let quoted = false
  for (let at = topic; at < topic + 300; at++) {
    const code = reader.code(at)
    if (code === -1) return -1
    if (code === 0x201c || code === 0x201d || code === 34) {
      quoted = code === 34 ? !quoted : code === 0x201c
      continue
    }
    if (quoted) continue
    if (code === 59 /* ; */ || (code === 46 /* . */ && isSpace(reader.code(at + 1)))) return -1
    // Another citation ("and its resolutions 61/149 of ..."), or a number outside a list, ends the topic.
    if (isSpace(reader.code(at - 1)) && (reader.whichWord(at, resolutionWordList) !== -1 || (isDigit(code) && readResolutionNumber(reader, at)))) return -1
    let next = -1
    if (code === 44 /* , */) {
      next = reader.spaces(at + 1)
      if (reader.word(next, 'and') !== -1) next = reader.spaces(next + 3)
    } else if (isSpace(code) && reader.word(at + 1, 'and') !== -1) {
      next = reader.spaces(at + 4)
    }
    if (next === -1) continue
    // A footnote marker before the number: ", 17 56/5", ",18 57/6".
    const marker = reader.digits(next, 2)
    if (marker !== -1 && isSpace(reader.code(marker)) && isDigit(reader.code(reader.spaces(marker)))) next = reader.spaces(marker)
    const number = readResolutionNumber(reader, next)
    if (number && readDate(reader, number.end)) return next
  }
  return -1
}

/** The resolution family. */
export const resolutions: Family = {
  starts: 'rd',
  read: (reader, start, options, found) => readResolutions(reader, start, options, found)
}
