/**
 * Operative numbering: paragraphs run 1, 2, 3 without gaps, repeats or
 * unnumbered ones among them, afresh in each lettered part; alternatives
 * ("OP3 alt") stand outside the numbering; a single operative paragraph is
 * unnumbered. The parser reports what this check finds (rule id
 * operative-numbering); lint passes it on.
 */
import type {OperativeParagraph, Paragraph, Part, Position, Resolution} from '../tree.js'
import {append} from '../array.js'
import {firstWords, ownText} from './paragraphs.js'

/** Whether a paragraph is an alternative or an insertion: "OP3 alt", "PP2 bis" (the parser marks them). */
export function isAlternative(paragraph: Paragraph): boolean {
  return paragraph.type !== 'subParagraph' && paragraph.alternative === true
}

/** Operative paragraphs by what numbers them: the resolution, or each lettered part. */
function allGroups(tree: Resolution): OperativeParagraph[][] {
  const groups: OperativeParagraph[][] = []
  const stack: Array<Resolution | Part> = [tree]
  while (stack.length > 0) {
    const parent = stack.pop()!
    const group: OperativeParagraph[] = []
    for (const child of parent.children) {
      if (child.type === 'operative') append(group, child.children)
    }
    if (group.length > 0) groups.push(group)
    for (let index = parent.children.length - 1; index >= 0; index--) {
      const child = parent.children[index]!
      if (child.type === 'part') stack.push(child)
    }
  }
  return groups
}

/** How many unnumbered paragraphs (not alternatives) open a group that has numbered ones. */
function strayCount(group: OperativeParagraph[]): number {
  if (!group.some((paragraph) => paragraph.number !== null)) return 0
  let count = 0
  while (group[count]!.number === null) count++
  return count
}

/**
 * Operative paragraphs grouped by what numbers them (the resolution, or each
 * lettered part, which numbers its paragraphs afresh), in document order,
 * without the strays (see `strayParagraphs`).
 */
export function operativeGroups(tree: Resolution): OperativeParagraph[][] {
  return allGroups(tree)
    .map((group) => {
      const strays = new Set(group.slice(0, strayCount(group)).filter((paragraph) => !isAlternative(paragraph)))
      return group.filter((paragraph) => !strays.has(paragraph))
    })
    .filter((group) => group.length > 0)
}

/**
 * Unnumbered paragraphs opened by a verb that stand before the numbered
 * ones ("Reaffirms its commitment ...," in the preamble): the parser reads
 * them as operative, but they stand in the preamble.
 */
export function strayParagraphs(tree: Resolution): OperativeParagraph[] {
  return allGroups(tree).flatMap((group) => group.slice(0, strayCount(group)).filter((paragraph) => !isAlternative(paragraph)))
}

/** The paragraphs of a group that hold a place in the numbering (not "OP3 alt", "OP3 bis"). */
export function numberedSlots(group: OperativeParagraph[]): OperativeParagraph[] {
  return group.filter((paragraph) => !isAlternative(paragraph))
}

function missing(from: number, to: number): string {
  return from === to ? 'number ' + from + ' is missing' : 'numbers ' + from + ' to ' + to + ' are missing'
}

/** What is wrong with the operative numbering, and where. */
export function numberingProblems(tree: Resolution): Array<{reason: string; place: Position}> {
  const findings: Array<{reason: string; place: Position}> = []
  // Numbering may run on across parts (I: 1-8, II: 9-15) as well as start afresh in each.
  let carried = 0
  for (const group of operativeGroups(tree)) {
    const numbered = numberedSlots(group)
    const runsOn = carried > 0 && numbered[0]?.number === carried + 1
    const lastNumber = [...numbered].reverse().find((paragraph) => paragraph.number !== null)?.number
    if (lastNumber !== undefined && lastNumber !== null) carried = lastNumber
    if (numbered.length < 2) continue
    if (numbered.every((paragraph) => paragraph.number === null)) {
      findings.push({reason: 'The ' + numbered.length + ' operative paragraphs are unnumbered: number them 1 to ' + numbered.length, place: numbered[0]!.position!})
      continue
    }
    let previous: number | undefined = runsOn ? numbered[0]!.number! - 1 : undefined
    let previousLabel = runsOn ? 'the last paragraph of the part before' : ''
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
