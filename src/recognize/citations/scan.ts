/**
 * The scanner's reader: a cursor over the text with small readers that each
 * return the index after what they read, or -1; and the pieces every
 * citation family shares (dates, list separators, sub-paragraph markers).
 * Each reader looks a bounded distance ahead, so scanning stays linear.
 */
export const code0 = 48
export const code9 = 57

export function isDigit(code: number): boolean {
  return code >= code0 && code <= code9
}

export function isUpper(code: number): boolean {
  return code >= 65 && code <= 90
}

export function isLower(code: number): boolean {
  return code >= 97 && code <= 122
}

export function isAlnum(code: number): boolean {
  return isDigit(code) || isUpper(code) || isLower(code) || code > 0xbf
}

export function isSpace(code: number): boolean {
  return code === 32 || code === 0xa0 || code === 9 || code === 0x202f
}

export function isRoman(text: string): boolean {
  if (text.length === 0 || text.length > 8) return false
  for (let index = 0; index < text.length; index++) {
    if (!'IVXLC'.includes(text[index]!)) return false
  }
  return true
}

/** A session in parentheses: Roman "XV", or an old emergency special or special session "ES-V", "S-VI". */
export function isSession(text: string): boolean {
  if (text.startsWith('ES-')) return isRoman(text.slice(3))
  if (text.startsWith('S-')) return isRoman(text.slice(2))
  return isRoman(text)
}

/** A cursor over the text with small readers; each reader returns the new index or -1. */
export class Reader {
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

export const months = new Set([
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
  'September', 'October', 'November', 'December'
])

export function readDate(reader: Reader, start: number): {end: number; date: string} | undefined {
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
export function readYear(reader: Reader, start: number): number {
  const end = reader.digits(start, 4)
  if (end !== -1) return end - start === 4 ? end : -1
  const longer = reader.digits(start, 7)
  if (longer === -1) return -1
  const century = reader.text.slice(start, start + 2)
  return century === '19' || century === '20' ? start + 4 : -1
}

/** Footnote digits glued to the end of a citation ("(XXV)1", "19721"): the index after them, else `start`. */
export function skipMarker(reader: Reader, start: number): number {
  const before = reader.code(start - 1)
  if (before !== 41 /* ) */ && !isDigit(before)) return start
  const end = reader.digits(start, 3)
  return end === -1 || isAlnum(reader.code(end)) ? start : end
}

/** A list separator: ",", " and", ", and", " or", " as well as". Returns the index after it. */
export function readSeparator(reader: Reader, start: number): number {
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

export const conjunctions = ['and', 'or']

export function readMarker(reader: Reader, start: number): {end: number; marker: string} | undefined {
  const index = reader.spaces(start)
  if (reader.code(index) !== 40) return undefined
  let close = index + 1
  while (close - index < 8 && isLower(reader.code(close))) close++
  if (close === index + 1 || reader.code(close) !== 41) return undefined
  return {end: close + 1, marker: reader.text.slice(index, close + 1)}
}
