/**
 * Numbering (the operative numbering itself the parser checks: see
 * parser.ts): a single operative paragraph is unnumbered; sub-paragraph markers follow the
 * ladder (a) -> (i) -> a. -> i., each run starting at the first and going up
 * by one. In Markdown the numbers are those of the list as it renders.
 */
import type {Paragraph} from '../tree.js'
import {paragraphs} from '../grammar/paragraphs.js'
import {expectedMarker, isBulletMarker, letterIndex, numberedSlots, numeralIndex, operativeGroups} from '../grammar/index.js'
import type {Finding, Rule} from './rule.js'

export const singleOperativeUnnumbered: Rule = {
  id: 'single-operative-unnumbered',
  severity: 'warning',
  description: 'a text (or part) with a single operative paragraph leaves it unnumbered',
  check({tree}) {
    return operativeGroups(tree).flatMap((group) => {
      const numbered = numberedSlots(group)
      const only = numbered[0]
      if (numbered.length !== 1 || !only || only.number === null) return []
      return [{
        reason: 'The only operative paragraph is numbered "' + only.number + '.": a single operative paragraph is left unnumbered; remove the number',
        place: only.position!
      }]
    })
  }
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

function ladder(owner: Paragraph, level: number, findings: Finding[]): void {
  let expected = 0
  for (const child of owner.children) {
    if (child.type !== 'subParagraph') continue
    if (level <= 4 && !isBulletMarker(child.marker)) {
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
