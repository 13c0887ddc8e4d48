/**
 * Sub-paragraph markers: letters a … z, aa, bb …; lower-case roman
 * numerals; and the place (from 0) a marker holds read either way.
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
