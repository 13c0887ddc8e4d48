/**
 * A sub-paragraph moved into another paragraph is a move, not a removal
 * plus an addition. Sub-paragraphs are paired inside their paragraph
 * (index.ts); what is left, removed from one paragraph and added to
 * another with the same words (its closing punctuation aside, which
 * follows its place), is joined here into one `moved` change at its new
 * place, the removal dropped. Linear: one map of removed texts.
 */
import type {Change} from './types.js'

/** The words of a one-sided change as a comparison key: whitespace collapsed, closing punctuation dropped. */
function keyOf(change: Change): string {
  return change.words.map((word) => word.text).join('').replace(/\s+/g, ' ').trim().replace(/[;,.]$/, '').trim()
}

/** Join sub-paragraphs removed from one paragraph and added to another with the same text. */
export function joinMovedSubs(changes: Change[]): void {
  const removed = new Map<string, Array<{change: Change; parent: Change}>>()
  const added: Array<{change: Change; parent: Change}> = []
  const stack: Change[] = [...changes]
  while (stack.length > 0) {
    const parent = stack.pop()!
    for (const sub of parent.subs) {
      if (sub.kind === 'removed' && sub.subs.length === 0) removed.set(keyOf(sub), [...(removed.get(keyOf(sub)) ?? []), {change: sub, parent}])
      else if (sub.kind === 'added' && sub.subs.length === 0) added.push({change: sub, parent})
      stack.push(sub)
    }
  }
  if (removed.size === 0 || added.length === 0) return
  const gone = new Set<Change>()
  for (const {change, parent} of added) {
    const key = keyOf(change)
    if (key === '') continue
    const candidates = removed.get(key)
    const index = candidates?.findIndex((candidate) => candidate.parent !== parent && !gone.has(candidate.change)) ?? -1
    if (index < 0) continue
    const from = candidates![index]!.change
    gone.add(from)
    change.kind = 'moved'
    change.old = [...from.old]
    change.words = change.words.map((word) => ({op: 'equal', text: word.text}))
  }
  if (gone.size === 0) return
  const prune: Change[] = [...changes]
  while (prune.length > 0) {
    const parent = prune.pop()!
    if (parent.subs.some((sub) => gone.has(sub))) parent.subs = parent.subs.filter((sub) => !gone.has(sub))
    prune.push(...parent.subs)
  }
}
