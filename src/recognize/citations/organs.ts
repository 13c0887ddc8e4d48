/**
 * Organs: the names texts use for them, and which organ a resolution number
 * belongs to when the text names none, says "its", or says "Council" or
 * "the Assembly" alone.
 *
 * The organ comes from, in order: the words just before "resolution"
 * ("Human Rights Council resolution", "the Commission, in its resolution");
 * an organ named earlier in the same sentence ("Human Rights Council
 * resolutions 53/2 and 56/3, and Council resolution 58/17"); the organ of
 * the document; and the form of the number ("2019/15" is a year, so the
 * Economic and Social Council's; "2231 (2015)" the Security Council's;
 * "1514 (XV)" the General Assembly's before 1976). A number that the organ
 * so found cannot have given is never turned into a symbol: `organOf`
 * returns the reason instead.
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

/** The General Assembly's session when a text gives none of its own: the largest a text can cite. */
export const currentSession = 80

/** The Human Rights Council's last session by the end of the General Assembly's `session`: three a year since 2006. */
export function councilSession(session: number): number {
  return 3 * (session - 60) + 1
}

/** The organ a name is, when reso knows it: "Security Council" -> the organ, "Ad Hoc Committee" -> undefined. */
export function asOrgan(name: string | undefined): Organ | undefined {
  for (const [, organ] of organNames) if (organ === name) return organ
  return undefined
}

/** The organ whose text a document symbol is: "A/HRC/58/L.1" -> Human Rights Council, "E/2025/L.3" -> Economic and Social Council. */
export function organOfSymbol(symbol: string | undefined): Organ | undefined {
  if (!symbol) return undefined
  const compact = symbol.replace(/\s+/g, '')
  if (compact.startsWith('A/HRC/')) return 'Human Rights Council'
  if (compact.startsWith('E/CN.4/')) return 'Commission on Human Rights'
  if (compact.startsWith('E/')) return 'Economic and Social Council'
  if (compact.startsWith('S/')) return 'Security Council'
  if (compact.startsWith('A/')) return 'General Assembly'
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
 * What the words just before "resolution" say of its organ: an organ
 * ("Security Council resolution"); "its", the organ that speaks; "Council"
 * alone ("Council resolution 58/17": which Council the sentence or the
 * document says); "other" for an organ reso does not know ("World Health
 * Assembly resolution", "Environment Assembly resolution"); or nothing.
 * "Its" after an organ named as the subject ("the Human Rights Council, in
 * its resolution") is that organ's: the look back crosses at most eight link
 * words (in, by, of, paragraph, section), numbers and markers, so "the
 * Security Council, and its resolution" stays its.
 */
export type Named = Organ | 'its' | 'Council' | 'other' | undefined

export function organBefore(text: string, index: number): Named {
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
  const word = words[last]
  if (word === 'Council' || word === 'Assembly') {
    // "the Council", "in Assembly resolution": the organ alone; "Environment Assembly": another organ.
    const before = last > 0 ? words[last - 1]! : ''
    // A capitalised word before it names another organ, unless it is the phrase that opens the paragraph ("Recalling", "Recalls").
    const capital = before !== '' && before[0] !== before[0]!.toLowerCase()
    if (capital && !/(?:ing|ed|s)$/.test(before) && before !== 'The' && before !== 'Also') return 'other'
    return word === 'Assembly' ? 'General Assembly' : 'Council'
  }
  return undefined
}

/** What the sentence before a citation names: the organ last named as the author of resolutions or decisions, and the Council last named. */
export interface SentenceOrgans {
  author?: Organ
  council?: Organ
}

/**
 * The organs named earlier in the sentence that `index` stands in (back to
 * a semicolon or a full stop before a capital, at most 600 characters).
 */
export function organsInSentence(text: string, index: number): SentenceOrgans {
  let from = Math.max(0, index - 600)
  for (let at = index - 1; at >= from; at--) {
    const code = text.charCodeAt(at)
    if (code === 59 /* ; */) {
      from = at + 1
      break
    }
    if (code === 46 /* . */ && /^\s+[A-Z]/.test(text.slice(at + 1, at + 4)) && !/(?:No|para|paras|chap|sect|vol|art|Corr|Add|Rev|Ibid|ibid|Sales|E|U\.N)$/.test(text.slice(Math.max(from, at - 6), at))) {
      from = at + 1
      break
    }
  }
  const words = text.slice(from, index).split(/\s+/)
  const result: SentenceOrgans = {}
  for (let at = 0; at < words.length; at++) {
    const organ = organEndingAt(words, at)
    if (!organ) continue
    if (organ.endsWith('Council')) result.council = organ
    const next = words[at + 1] ?? ''
    if (/^(?:resolutions?|decisions?)\b/.test(next)) result.author = organ
  }
  return result
}

/** The value of a Roman numeral ("XXV" -> 25), or 0. */
export function romanValue(text: string): number {
  const values: Record<string, number> = {I: 1, V: 5, X: 10, L: 50, C: 100}
  let total = 0
  for (let index = 0; index < text.length; index++) {
    const value = values[text[index]!] ?? 0
    const next = values[text[index + 1] ?? ''] ?? 0
    total += value < next ? -value : value
  }
  return total
}

/**
 * Why `organ` cannot have given a resolution or decision numbered so, or
 * undefined when it can: the General Assembly numbered by session from its
 * thirty-first session (1976) and in Roman numerals before; the Security
 * Council by number and year; the Economic and Social Council and the
 * Commission on Human Rights by year; the Human Rights Council by session
 * since 2006.
 */
export function impossible(organ: Organ, number: ResolutionNumber, session: number): string | undefined {
  const year = 1945 + session + 1
  const sessionPart = number.session?.replace(/^(?:ES|S)-/, '')
  const special = number.session !== undefined && sessionPart !== number.session
  const yearForm = number.session !== undefined && /^\d{4}$/.test(number.session)
  const parenYear = number.paren !== undefined && !isSession(number.paren)
  switch (organ) {
    case 'General Assembly':
      if (parenYear || yearForm) return 'the General Assembly numbers by session, not by year'
      if (number.paren) return romanValue(number.paren.replace(/^(?:ES|S)-/, '')) <= 30 ? undefined : 'the General Assembly numbered in Roman numerals only up to its thirtieth session (1975)'
      if (special) return undefined
      if (Number(sessionPart) < 31) return 'the General Assembly numbers by session/number only from its thirty-first session (1976); before, "1514 (XV)"'
      if (Number(sessionPart) > session) return 'the General Assembly has held ' + session + ' sessions'
      return undefined
    case 'Human Rights Council':
      if (parenYear || yearForm || number.paren) return 'the Human Rights Council numbers by session/number'
      if (!special && Number(sessionPart) > councilSession(session)) return 'the Human Rights Council has held ' + councilSession(session) + ' sessions'
      return undefined
    case 'Economic and Social Council':
    case 'Commission on Human Rights':
      if (number.paren) return parenYear ? 'only the Security Council numbers by year in parentheses' : undefined
      if (!yearForm) return 'the ' + organ + ' numbers by year/number'
      if (Number(number.session) < 1946 || Number(number.session) > (organ === 'Commission on Human Rights' ? 2006 : year)) return 'the ' + organ + ' gave no resolution in ' + number.session
      return undefined
    case 'Security Council':
      if (number.session || !parenYear) return 'the Security Council numbers by number and year: "2231 (2015)"'
      if (Number(number.paren) < 1946 || Number(number.paren) > year) return 'the Security Council gave no resolution in ' + number.paren
      return undefined
  }
}

/** The organ of a number, or why none can be given. */
export type OrganAnswer = {organ: Organ} | {organ?: undefined; problem: string} | {organ?: undefined; problem?: undefined}

/**
 * The organ whose resolution `number` is, from what the text names, the
 * sentence, the document's organ and the number's form; or why none can be
 * said (a problem), or nothing for an organ reso does not know.
 */
export function organOf(named: Named, number: ResolutionNumber, sentence: SentenceOrgans, documentOrgan: Organ | undefined, session = currentSession): OrganAnswer {
  if (named === 'other') return {}
  const yearForm = number.session !== undefined && /^\d{4}$/.test(number.session)
  const parenYear = number.paren !== undefined && !isSession(number.paren)
  let organ: Organ | undefined
  if (named === 'Council') {
    // Which Council: the sentence's, the document's, or the one the number's form names ("2021/30", "2231 (2015)").
    organ = sentence.council ?? (documentOrgan?.endsWith('Council') ? documentOrgan : undefined) ?? (yearForm || parenYear ? byForm(number) : undefined)
    if (!organ) return {problem: 'it says "Council" and neither the sentence, the document nor the number says which'}
  } else if (named === 'its') {
    organ = documentOrgan ?? byForm(number)
  } else if (named) {
    organ = named
  } else if (parenYear) {
    organ = 'Security Council'
  } else if (yearForm) {
    organ = [sentence.author, documentOrgan].find((candidate) => candidate === 'Economic and Social Council' || candidate === 'Commission on Human Rights') ?? 'Economic and Social Council'
  } else {
    // A bare number: the author the sentence names, else the document's organ, else the form's; each only if it can have given it.
    const candidates = [sentence.author, documentOrgan, byForm(number)]
    organ = candidates.find((candidate) => candidate !== undefined && impossible(candidate, number, session) === undefined) ?? documentOrgan ?? byForm(number)
  }
  const why = impossible(organ, number, session)
  return why ? {problem: why} : {organ}
}

/** The organ a number's form names alone: a year in parentheses the Security Council, a year first the Economic and Social Council, else the General Assembly. */
function byForm(number: ResolutionNumber): Organ {
  if (number.paren && !isSession(number.paren)) return 'Security Council'
  if (number.session && /^\d{4}$/.test(number.session)) return 'Economic and Social Council'
  return 'General Assembly'
}

/**
 * Why a resolution or decision symbol cannot exist ("A/RES/5/5": the General
 * Assembly numbered so only from its thirty-first session), or undefined when
 * it can or is not a resolution or decision symbol reso knows.
 */
export function impossibleSymbol(symbol: string, session = currentSession): string | undefined {
  const match = /^(A\/HRC|A|E\/CN\.4|E|S)\/(?:RES|DEC)\/(.+)$/.exec(symbol)
  if (!match) return undefined
  const organ: Organ = ({A: 'General Assembly', 'A/HRC': 'Human Rights Council', E: 'Economic and Social Council', 'E/CN.4': 'Commission on Human Rights', S: 'Security Council'} as const)[match[1] as 'A']
  const body = /^((?:ES-|S-)?\d{1,4})(?:\/(\d{1,4}))?(?:[A-Z]{1,2})?(?:\(([^)]{1,10})\))?$/.exec(match[2]!)
  if (!body) return 'not a number reso can read'
  const number: ResolutionNumber = {end: 0, number: match[2]!}
  if (body[2] !== undefined) number.session = body[1]!
  if (body[3] !== undefined) number.paren = body[3]
  return impossible(organ, number, session)
}

/**
 * The year a symbol's form says its document belongs to, or undefined when
 * it says none: the year in parentheses of a Security Council resolution
 * ("S/RES/2231(2015)"), the year part of a Security Council document
 * ("S/2025/271") or of an Economic and Social Council symbol
 * ("E/RES/2019/15", "E/CN.4/RES/2005/66"); the year a General Assembly
 * session opened, 1945 plus the session ("A/RES/74/247", "A/80/534",
 * "A/C.3/79/L.15": 2019, 2025, 2024; "A/RES/1514(XV)": 1960); for the Human
 * Rights Council, which holds three sessions a year since 2006, the year of
 * its session ("A/HRC/RES/41/11": 2019). Special and emergency special
 * sessions ("A/RES/ES-11/1", "A/RES/S-10/2") and symbols numbered otherwise
 * ("S/4434", "CD/1999") give none.
 */
export function yearOfSymbol(symbol: string): number | undefined {
  const compact = symbol.replace(/\s+/g, '')
  let match = /^S\/RES\/\d{1,5}\((\d{4})\)/.exec(compact) ?? /^(?:S|E|E\/CN\.4)\/(?:RES\/|DEC\/)?(\d{4})\//.exec(compact)
  // A year no organ has given a text in is a document number ("S/1791/Add.1").
  if (match) return Number(match[1]) >= 1946 && Number(match[1]) <= 1946 + currentSession ? Number(match[1]) : undefined
  match = /^A\/HRC\/(?:RES\/|DEC\/)?(\d{1,2})\//.exec(compact)
  if (match) return 2006 + Math.floor((Number(match[1]) - 1) / 3)
  match = /^A\/(?:RES\/|DEC\/|C\.\d\/|INF\/)?(\d{2,3})\//.exec(compact)
  if (match) return 1945 + Number(match[1])
  match = /^A\/(?:RES|DEC)\/\d{1,4}[A-Z]{0,2}\(([IVXL]{1,6})\)$/.exec(compact)
  if (match) return 1945 + romanValue(match[1]!)
  return undefined
}
