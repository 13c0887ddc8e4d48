/**
 * Organs: the names texts use for them, and which organ a resolution number
 * belongs to when the text names none or says "its".
 */
import type {ResolutionNumber} from './numbers.js'
import {isDigit, isSession} from './scan.js'
import type {Organ} from './types.js'

export const organNames: Array<[string[], Organ]> = [
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

export function organEndingAt(words: string[], last: number): Organ | undefined {
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
export const linkWords = new Set(['in', 'by', 'of', 'through', 'paragraph', 'paragraphs', 'section', 'sections'])

/**
 * The organ named just before `index` ("Security Council resolution"), or
 * "its" for the organ that speaks. "Its" after an organ named as the subject
 * ("the Human Rights Council, in its resolution") is that organ's: the look
 * back crosses at most eight link words (in, by, of, paragraph, section),
 * numbers and markers, so "the Security Council, and its resolution" stays its.
 */
export function organBefore(text: string, index: number): Organ | 'its' | undefined {
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

export function organOf(
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
