/**
 * A fact that one version alone gives (a header fact, the closing): which
 * side has it, and how the views show it. The new version's is added: "+
 * value", the sign green, "added" in `--stat`, set in bold alone in
 * `--markdown`; the old version's is removed: "- value", the sign red,
 * "removed", struck out, as an added or a removed paragraph is. A fact
 * both versions give reads "old -> new".
 */
import type {ChalkInstance} from 'chalk'

/** A fact as each version gives it, absent on a side that does not (a HeaderChange, the ClosingChange). */
export interface SidedFact {
  old?: string
  new?: string
}

/** A fact on one side only. */
export interface OneSide {
  /** What the other version lacks: an insertion (the new version's fact) or a deletion (the old one's), as a word run's op. */
  op: 'insert' | 'delete'
  /** The value the side that has it gives. */
  value: string
  /** Its sign in the terminal views. */
  sign: '+' | '-'
  /** Its word in `--stat`'s summary. */
  word: 'added' | 'removed'
}

/** The side that alone gives `fact`, or undefined when both give it. */
export function oneSide(fact: SidedFact): OneSide | undefined {
  if (fact.old === undefined) return {op: 'insert', value: fact.new ?? '', sign: '+', word: 'added'}
  if (fact.new === undefined) return {op: 'delete', value: fact.old, sign: '-', word: 'removed'}
  return undefined
}

/** A fact in words: "+ value", "- value", or "old -> new". */
export function factText(fact: SidedFact): string {
  const one = oneSide(fact)
  return one ? one.sign + ' ' + one.value : fact.old + ' -> ' + fact.new
}

/** A fact's line (its `factText`, escaped and wrapped) with the sign of a fact on one side painted: green added, red removed. */
export function paintSign(fact: SidedFact, line: string, c: ChalkInstance): string {
  const one = oneSide(fact)
  if (!one) return line
  return (one.op === 'insert' ? c.green : c.red)(line.slice(0, 1)) + line.slice(1)
}
