/**
 * Rules the parser already checks while it reads: a paragraph joined across
 * a page break, an internal reference to a paragraph that does not exist,
 * a bracket without its partner, the operative numbering, and a text with no
 * resolution structure at all. Lint reports them under the parser's
 * rule ids, with the rule's own severity.
 */
import {fromParser, type Rule} from './rule.js'

export const pageBreakContinuation: Rule = {
  id: 'page-break-continuation',
  severity: 'info',
  description: 'a paragraph continues after a page break and was joined (check the join)',
  check: (input) => fromParser(input, 'page-break-continuation')
}

export const danglingReference: Rule = {
  id: 'dangling-reference',
  severity: 'error',
  description: 'an internal reference ("paragraph 7 above") points at a paragraph that exists',
  check: (input) => fromParser(input, 'dangling-reference')
}

export const unbalancedBracket: Rule = {
  id: 'unbalanced-bracket',
  severity: 'error',
  description: 'every "[" has its "]" and every "]" its "["',
  check: (input) => fromParser(input, 'unbalanced-bracket')
}

export const operativeNumbering: Rule = {
  id: 'operative-numbering',
  severity: 'error',
  description: 'operative paragraphs are numbered 1, 2, 3 without gaps, repeats or unnumbered ones among them',
  // src/grammar/numbering.ts checks it as the parser builds.
  check: (input) => fromParser(input, 'operative-numbering')
}

export const noResolution: Rule = {
  id: 'no-resolution',
  severity: 'warning',
  description: 'the text has the structure of a resolution: an enacting formula, a document symbol or a resolution number',
  check: (input) => fromParser(input, 'no-resolution')
}
