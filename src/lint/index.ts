/**
 * `lint`: the UN Editorial Manual's drafting conventions as named rules over
 * a parsed text. Each rule is data (id, severity, description, check); the
 * runner gives each finding its rule's id and severity and sorts them by
 * place. See docs/lint.md.
 */
import type {Diagnostic, ParseResult} from '../tree.js'
import {ambiguousCitation} from './citations.js'
import {noPlaceholderInAdopted} from './notes.js'
import {singleOperativeUnnumbered, subparagraphLadder} from './numbering.js'
import {operativeOpening, preambularOpening} from './openings.js'
import {danglingReference, noResolution, operativeNumbering, pageBreakContinuation, unbalancedBracket} from './parser.js'
import {finalFullStop, operativeSemicolon, preambularComma} from './punctuation.js'
import type {Rule} from './rule.js'

export type {Finding, Rule} from './rule.js'

/** Every rule, in the order docs/lint.md lists them. */
export const rules: readonly Rule[] = [
  preambularComma,
  operativeSemicolon,
  finalFullStop,
  operativeNumbering,
  singleOperativeUnnumbered,
  subparagraphLadder,
  preambularOpening,
  operativeOpening,
  danglingReference,
  noPlaceholderInAdopted,
  unbalancedBracket,
  ambiguousCitation,
  pageBreakContinuation,
  noResolution
]

/** Which rules to run: only those in `only` (all when empty), minus those in `skip`. */
export interface RuleChoice {
  only?: readonly string[]
  skip?: readonly string[]
}

/** The ids in a choice that name no rule. */
export function unknownRules(choice: RuleChoice): string[] {
  const ids = new Set(rules.map((rule) => rule.id))
  return [...(choice.only ?? []), ...(choice.skip ?? [])].filter((id) => !ids.has(id))
}

/** The rules a choice selects, in their usual order. */
export function chooseRules(choice: RuleChoice = {}): Rule[] {
  const only = new Set(choice.only ?? [])
  const skip = new Set(choice.skip ?? [])
  return rules.filter((rule) => (only.size === 0 || only.has(rule.id)) && !skip.has(rule.id))
}

/** Run rules over a parsed text: diagnostics sorted by place, then by rule order. */
export function lint(input: ParseResult, selected: readonly Rule[] = rules): Diagnostic[] {
  const found: Array<{diagnostic: Diagnostic; order: number}> = []
  selected.forEach((rule, order) => {
    for (const finding of rule.check(input)) {
      found.push({diagnostic: {reason: finding.reason, place: finding.place, ruleId: rule.id, source: 'reso', severity: rule.severity}, order})
    }
  })
  found.sort((a, b) => (a.diagnostic.place.start.offset ?? 0) - (b.diagnostic.place.start.offset ?? 0) || a.order - b.order)
  return found.map((entry) => entry.diagnostic)
}
