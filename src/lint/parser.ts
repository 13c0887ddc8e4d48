/**
 * Rules the parser already checks while it reads: a paragraph joined across
 * a page break, an internal reference to a paragraph that does not exist,
 * a bracket without its partner, the operative numbering, and a text with no
 * resolution structure at all. Lint reports them under the parser's
 * rule ids, with the rule's own severity.
 */
import {fromParser, type Rule} from './rule.js'

/** A rule that passes on the parser's diagnostics of its id. */
function parserRule(id: string, severity: Rule['severity'], description: string): Rule {
  return {id, severity, description, check: (input) => fromParser(input, id)}
}

export const pageBreakContinuation = parserRule('page-break-continuation', 'info', 'a paragraph continues after a page break and was joined (check the join)')

export const danglingReference = parserRule('dangling-reference', 'error', 'an internal reference ("paragraph 7 above") points at a paragraph that exists')

export const unbalancedBracket = parserRule('unbalanced-bracket', 'error', 'every "[" has its "]" and every "]" its "["')

// src/grammar/numbering.ts checks it as the parser builds.
export const operativeNumbering = parserRule('operative-numbering', 'error', 'operative paragraphs are numbered 1, 2, 3 without gaps, repeats or unnumbered ones among them')

export const noResolution = parserRule('no-resolution', 'warning', 'the text has the structure of a resolution: an enacting formula, a document symbol or a resolution number')
