/** Resolution and decision numbers as written ("74/247", "1514 (XV)", "2231 (2015)", "68/247 B") and their canonical symbols. */
import {Reader, isAlnum, isSession, isUpper} from './scan.js'
import type {Organ} from './types.js'

export interface ResolutionNumber {
  end: number
  /** "74/247", "ES-11/1", "2019/15" or "1514". */
  number: string
  /** Session part before the slash, when there is one. */
  session?: string
  /** Lettered part: "A", "AA". */
  part?: string
  /** Roman session "XV" or year "2015" in parentheses. */
  paren?: string
  /** A treaty body's decision ("1/CP.21", "3/CMA.5"): the body and its session after the slash; such a number has no United Nations symbol. */
  body?: string
}

export function readResolutionNumber(reader: Reader, start: number): ResolutionNumber | undefined {
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
    if (after === -1) {
      // "1/CP.21", "3/CMA.5", "1/CMP.8": a decision of a conference of the parties.
      let letters = end + 1
      while (letters - end - 1 < 4 && isUpper(reader.code(letters))) letters++
      const sessionEnd = letters - end - 1 >= 2 && reader.code(letters) === 46 && !prefix ? reader.digits(letters + 1, 3) : -1
      if (sessionEnd === -1) return undefined
      return {end: sessionEnd, number: reader.text.slice(index, sessionEnd), session: number, body: reader.text.slice(end + 1, sessionEnd)}
    }
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
export function readPartOnly(reader: Reader, start: number, previous: ResolutionNumber): ResolutionNumber | undefined {
  if (!previous.part || previous.paren || !isUpper(reader.code(start))) return undefined
  let end = start
  while (end - start < 2 && reader.code(end) === reader.code(start)) end++
  const after = reader.code(end)
  if (isAlnum(after) || after === 47 || after === 45 || after === 46) return undefined
  return {...previous, part: reader.text.slice(start, end), end}
}

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
