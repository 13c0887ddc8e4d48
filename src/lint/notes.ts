/**
 * no-placeholder-in-adopted: an adopted text (a RES symbol, "Resolution
 * adopted by", a closing meeting line) keeps no placeholder such as
 * "[xx/xxx]" or "[date of adoption]".
 */
import {walk} from '../grammar/paragraphs.js'
import type {Finding, Rule} from './rule.js'

export const noPlaceholderInAdopted: Rule = {
  id: 'no-placeholder-in-adopted',
  severity: 'error',
  description: 'an adopted text has no placeholder left ("[xx/xxx]", "[date]")',
  check({tree}) {
    if (tree.kind !== 'adopted') return []
    const findings: Finding[] = []
    for (const node of walk(tree)) {
      if (node.type === 'bracketedNote' && node.kind === 'placeholder' && node.position) {
        findings.push({reason: 'Placeholder "[' + node.note + ']" left in an adopted text: fill it in', place: node.position})
      }
    }
    return findings
  }
}
