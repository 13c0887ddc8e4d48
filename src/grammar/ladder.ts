/**
 * The sub-paragraph ladder: (a) -> (i) -> a. -> i. Letters run a … z, then
 * aa, bb …; numerals are lower-case roman. "(i)" after "(h)" is a letter.
 * Bullets ("—", "•", "-") stand outside the ladder. Markers are read here,
 * their depth is decided here, and the marker expected at each place is
 * made here, for the parser and for lint alike.
 */

/** Letters of the ladder: a … z, then aa, bb … */
export function letter(index: number): string {
  return String.fromCharCode(97 + (index % 26)).repeat(Math.floor(index / 26) + 1)
}

const romanDigits: Array<[number, string]> = [[1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'], [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i']]

/** A number as a lower-case roman numeral: 4 is "iv". */
export function roman(value: number): string {
  let result = ''
  for (const [amount, digits] of romanDigits) {
    while (value >= amount) {
      result += digits
      value -= amount
    }
  }
  return result
}

/** The place (from 0) a marker holds as a letter, "(c)" is 2, "(aa)" 26, if it reads as one. */
export function letterIndex(marker: string): number | undefined {
  const letters = /^\(?([a-z]{1,8})[).]$/.exec(marker)?.[1]
  if (!letters || letters !== letters[0]!.repeat(letters.length)) return undefined
  return (letters.length - 1) * 26 + letters.charCodeAt(0) - 97
}

/** The place (from 0) a marker holds as a numeral, "(iv)" is 3, if it reads as one. */
export function numeralIndex(marker: string): number | undefined {
  const letters = /^\(?([ivxlc]{1,8})[).]$/.exec(marker)?.[1]
  if (!letters) return undefined
  for (let value = 1; value <= 200; value++) if (roman(value) === letters) return value - 1
  return undefined
}

/** The marker expected at a level (1 to 4) for the sub-paragraph at `index` (from 0). */
export function expectedMarker(level: number, index: number): string {
  if (level === 1) return '(' + letter(index) + ')'
  if (level === 2) return '(' + roman(index + 1) + ')'
  if (level === 3) return letter(index) + '.'
  return roman(index + 1) + '.'
}

/** Whether a marker as written is a bullet ("—", "•"), outside the ladder. */
export function isBulletMarker(marker: string): boolean {
  return !marker.startsWith('(') && !marker.endsWith('.')
}

/** Spaces and tabs from `from`: the index of the first other character. */
export function leadingSpace(text: string, from: number): number {
  let index = from
  while (index < text.length && (text.charCodeAt(index) === 32 || text.charCodeAt(index) === 9)) index++
  return index
}

/** A sub-paragraph marker read at the start of a text. */
export interface MarkerMatch {
  /** As written: "(a)", "(iv)", "a.". */
  marker: string
  /** Its letters: "a", "iv". */
  letters: string
  /** Written "a." rather than "(a)". */
  dotted: boolean
  /** Where the content starts. */
  start: number
}

/** "(a) ", "(iv) ", "a. " at the start: the marker and where the content starts. */
export function markerAt(text: string): MarkerMatch | undefined {
  const from = leadingSpace(text, 0)
  if (text.charCodeAt(from) === 40) {
    let index = from + 1
    while (index < text.length && index - from < 8 && text.charCodeAt(index) >= 97 && text.charCodeAt(index) <= 122) index++
    // "(1)", "(2)": numbered items inside a paragraph, as older texts have.
    if (index === from + 1) while (index < text.length && index - from < 4 && text.charCodeAt(index) >= 48 && text.charCodeAt(index) <= 57) index++
    if (index === from + 1 || text.charCodeAt(index) !== 41) return undefined
    return {marker: text.slice(from, index + 1), letters: text.slice(from + 1, index), dotted: false, start: leadingSpace(text, index + 1)}
  }
  let index = from
  while (index < text.length && index - from < 5 && text.charCodeAt(index) >= 97 && text.charCodeAt(index) <= 122) index++
  if (index === from || text.charCodeAt(index) !== 46 || text.charCodeAt(index + 1) !== 32) return undefined
  const letters = text.slice(from, index)
  if (letters.length > 1 && !/^[ivxl]+$/.test(letters)) return undefined
  return {marker: letters + '.', letters, dotted: true, start: leadingSpace(text, index + 1)}
}

/** "— ", "• ", "- " at the start: a bulleted item. */
export function bulletAt(text: string): {marker: string; start: number} | undefined {
  const from = leadingSpace(text, 0)
  const code = text.charCodeAt(from)
  if (!(code === 0x2014 || code === 0x2013 || code === 0x2022 || code === 45) || text.charCodeAt(from + 1) !== 32) return undefined
  return {marker: text[from]!, start: leadingSpace(text, from + 1)}
}

/**
 * Where one paragraph's sub-paragraphs stand on the ladder, marker by
 * marker: `depth` gives each new marker its depth below the paragraph.
 */
export class Ladder {
  /** The letters of the last marker at each depth. */
  private readonly last: Record<number, string> = {}
  /** The depth of the last marker. */
  private previous: number | undefined

  /** The depth (1 for (a), 2 for (i), 3 for a., 4 for i.) of the next marker. */
  depth(marker: {letters: string; dotted: boolean}): number {
    const base = marker.dotted ? 3 : 1
    // "(i)" after "(h)" is a letter, not a numeral: compare with the last marker at the letter depth.
    const previousLetter = this.last[base]
    let depth: number
    if (!/^[ivxlc]+$/.test(marker.letters)) depth = base
    else if (previousLetter && previousLetter.length === 1 && marker.letters.length === 1 && previousLetter.charCodeAt(0) + 1 === marker.letters.charCodeAt(0)) depth = base
    else if (previousLetter && !/^[ivxlc]+$/.test(previousLetter)) depth = base + 1
    // A numeral under a letter, or the next numeral of a run.
    else depth = this.previous ?? base
    this.last[depth] = marker.letters
    this.previous = depth
    return depth
  }

  /** A bullet: always one level below the paragraph. */
  bullet(): number {
    this.previous = 1
    return 1
  }
}
