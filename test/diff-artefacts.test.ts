/**
 * The word diff on extraction artefacts: what a text form does to words
 * (pdftotext -layout's "sub -item" and "unifyin g", plain pdftotext's
 * de-hyphenated "genderbalanced") is never a change; a real change of a
 * hyphen or a word still is.
 */
import {describe, expect, it} from 'vitest'
import {parse} from '../src/index.js'
import {diff} from '../src/diff/index.js'
import {sameWords} from '../src/diff/words.js'

const head = 'The General Assembly,\n\n'
const paragraph = (body: string) => head + '1. Requests the Secretary-General to include, under the sub-item entitled "' + body + '", a report on unifying gender-balanced approaches;\n'

function kinds(before: string, after: string): string[] {
  return diff(parse(before, {format: 'text'}).tree, parse(after, {format: 'text'}).tree).changes.map((change) => change.kind)
}

describe('word diff on extraction artefacts', () => {
  const base = paragraph('Human rights questions')

  it('takes a space inside a word for no change', () => {
    expect(kinds(base, base.replace('sub-item', 'sub -item'))).toEqual(['unchanged'])
    expect(kinds(base, base.replace('unifying', 'unifyin g'))).toEqual(['unchanged'])
    expect(kinds(base, base.replace('Secretary-General', 'Secretary- General'))).toEqual(['unchanged'])
  })

  it('takes a hyphen dropped or kept at a line break for no change', () => {
    expect(kinds(base, base.replace('gender-balanced', 'genderbalanced'))).toEqual(['unchanged'])
    expect(kinds(base.replace('gender-balanced', 'genderbalanced'), base)).toEqual(['unchanged'])
  })

  it('still reports a hyphen that became a space, and a changed word', () => {
    expect(kinds(base, base.replace('gender-balanced', 'gender balanced'))).toEqual(['changed'])
    expect(kinds(base, base.replace('unifying', 'unified'))).toEqual(['changed'])
    expect(kinds(base, base.replace('sub-item', 'item'))).toEqual(['changed'])
    const words = diff(parse(base, {format: 'text'}).tree, parse(base.replace('unifying', 'unifyin g').replace('report', 'study'), {format: 'text'}).tree).changes[0]!.words
    expect(words.filter((word) => word.op !== 'equal').map((word) => word.text.trim())).toEqual(['report', 'study'])
  })

  it('takes a word that moved across a misplaced space for no change (A/RES/80/52 in pdftotext: "military -tomilitary")', () => {
    const text = (words: string) => head + '1. Encourages ' + words + ' dialogue between the parties concerned;\n'
    expect(kinds(text('military-to- military'), text('military -tomilitary'))).toEqual(['unchanged'])
    expect(kinds(text('military -tomilitary'), text('military-to- military'))).toEqual(['unchanged'])
    // A word that really moved, or changed beside the one kept, is still a change.
    expect(kinds(text('regional and military'), text('military and regional'))).toEqual(['changed'])
    expect(kinds(text('military-to- military'), text('military -to-civilian'))).toEqual(['changed'])
  })

  it('compares by letters, spaces and hyphens only where a text form puts them', () => {
    expect(sameWords('sub -item', 'sub-item')).toBe(true)
    expect(sameWords('unifyin g', 'unifying')).toBe(true)
    expect(sameWords('genderbalanced', 'gender-balanced')).toBe(true)
    expect(sameWords('gender balanced', 'gender-balanced')).toBe(false)
    expect(sameWords('gender-balanced', 'gender-neutral')).toBe(false)
  })
})
