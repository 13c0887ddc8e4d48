/**
 * Numbering: operative paragraphs run 1, 2, 3 without gaps or repeats; a
 * single operative paragraph is unnumbered; sub-paragraph markers follow the
 * ladder (a) -> (i) -> a. -> i., each run starting at the first and going up
 * by one. In Markdown the numbers are those of the list as it renders.
 */
import type {OperativeParagraph, Paragraph, SubParagraph} from '../tree.js'
import {firstWords, ownText, paragraphs} from '../query/paragraphs.js'
import {letter, letterIndex, numeralIndex, roman} from './markers.js'
import {isAlternative, operativeGroups, type Finding, type Rule} from './rule.js'

/** The paragraphs of a group that hold a place in the numbering (not "OP3 alt", "OP3 bis"). */
function slots(group: OperativeParagraph[]): OperativeParagraph[] {
  return group.filter((paragraph) => !isAlternative(paragraph))
}

function missing(from: number, to: number): string {
  return from === to ? 'number ' + from + ' is missing' : 'numbers ' + from + ' to ' + to + ' are missing'
}

export const operativeNumbering: Rule = {
  id: 'operative-numbering',
  severity: 'error',
  description: 'operative paragraphs are numbered 1, 2, 3 without gaps, repeats or unnumbered ones among them',
  check({tree}) {
    const findings: Finding[] = []
    for (const group of operativeGroups(tree)) {
      const numbered = slots(group)
      if (numbered.length < 2) continue
      if (numbered.every((paragraph) => paragraph.number === null)) {
        findings.push({reason: 'The ' + numbered.length + ' operative paragraphs are unnumbered: number them 1 to ' + numbered.length, place: numbered[0]!.position!})
        continue
      }
      let previous: number | undefined
      let previousLabel = ''
      for (const paragraph of numbered) {
        const place = paragraph.position!
        if (paragraph.number === null) {
          // Unnumbered paragraphs before the first number are strays, left to preambular-opening.
          findings.push({reason: 'The paragraph after ' + previousLabel + ' ("' + firstWords(ownText(paragraph), 3) + '") has no number: number it ' + (previous! + 1), place})
          continue
        }
        const expected = previous === undefined ? 1 : previous + 1
        if (paragraph.number !== expected) {
          let reason: string
          if (previous === undefined) reason = 'The operative paragraphs start at ' + paragraph.number + ': number them from 1'
          else if (paragraph.number === previous) reason = paragraph.label + ' repeats the number of the paragraph before it: number it ' + expected
          else if (paragraph.number > expected) reason = paragraph.label + ' follows ' + previousLabel + ': ' + missing(expected, paragraph.number - 1) + '; renumber'
          else reason = paragraph.label + ' follows ' + previousLabel + ': numbers go up by one; number it ' + expected
          findings.push({reason, place})
        }
        // A repeated number stands for the one it should have had; after a gap the count goes on from the new number.
        previous = paragraph.number === previous ? expected : paragraph.number
        previousLabel = paragraph.label
      }
    }
    return findings
  }
}

export const singleOperativeUnnumbered: Rule = {
  id: 'single-operative-unnumbered',
  severity: 'warning',
  description: 'a text (or part) with a single operative paragraph leaves it unnumbered',
  check({tree}) {
    return operativeGroups(tree).flatMap((group) => {
      const numbered = slots(group)
      const only = numbered[0]
      if (numbered.length !== 1 || !only || only.number === null) return []
      return [{
        reason: 'The only operative paragraph is numbered "' + only.number + '.": a single operative paragraph is left unnumbered; remove the number',
        place: only.position!
      }]
    })
  }
}

/** The marker expected at a level (1 to 4) for the sub-paragraph at `index` (from 0). */
function expectedMarker(level: number, index: number): string {
  if (level === 1) return '(' + letter(index) + ')'
  if (level === 2) return '(' + roman(index + 1) + ')'
  if (level === 3) return letter(index) + '.'
  return roman(index + 1) + '.'
}

/**
 * Where the count goes on after a wrong marker: past it when it is of the
 * level's kind and near ("(a), (c)" goes on at (d)); otherwise one further,
 * so a run of numerals where letters belong ("(i), (ii)") is one finding each,
 * not a cascade.
 */
function nextIndex(level: number, marker: string, expected: number): number {
  const [same, other] = level === 1 || level === 3 ? [letterIndex(marker), numeralIndex(marker)] : [numeralIndex(marker), letterIndex(marker)]
  if (other === expected || same === undefined || same < expected - 1 || same > expected + 10) return expected + 1
  return same + 1
}

const levelNames = ['', 'first', 'second', 'third', 'fourth']

/** Bullets ("—", "•") are not on the ladder. */
function isBullet(sub: SubParagraph): boolean {
  return !sub.marker.startsWith('(') && !sub.marker.endsWith('.')
}

function ladder(owner: Paragraph, level: number, findings: Finding[]): void {
  let expected = 0
  for (const child of owner.children) {
    if (child.type !== 'subParagraph') continue
    if (level <= 4 && !isBullet(child)) {
      const wanted = expectedMarker(level, expected)
      if (child.marker !== wanted) {
        findings.push({
          reason: owner.label + ': "' + child.marker + '" where "' + wanted + '" is expected at the ' + levelNames[level] + ' level: sub-paragraphs run (a), (b) …, within them (i), (ii) …, then a., then i.',
          place: child.position!
        })
        expected = nextIndex(level, child.marker, expected)
      } else {
        expected++
      }
    }
    ladder(child, level + 1, findings)
  }
}

export const subparagraphLadder: Rule = {
  id: 'subparagraph-ladder',
  severity: 'warning',
  description: 'sub-paragraphs run (a), (b) …, then (i), (ii) … inside them, then a., then i.',
  check({tree}) {
    const findings: Finding[] = []
    for (const paragraph of paragraphs(tree)) {
      if (paragraph.type !== 'subParagraph') ladder(paragraph, 1, findings)
    }
    return findings
  }
}
