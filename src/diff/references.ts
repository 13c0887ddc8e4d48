/**
 * Internal references against the renumbering: "paragraphs 5 and 6 above"
 * rewritten as "paragraphs 6 and 7 above" after an insertion points at the
 * same paragraphs (updated); left as it was, it now points at others
 * (stale). Checked once every pair is known, since a reference in one
 * paragraph depends on the pairing of others.
 */
import type {Citation} from '../tree.js'
import type {Change} from './types.js'
import type {SideText, Token} from './passages.js'

/** A paired change with the two sides it was drawn from. */
export interface PairRecord {
  change: Change
  old: SideText
  new: SideText
}

interface Reference {
  token: Token
  citation: Citation
}

/** The references in a passage's tokens, found once per passage (a chain compares each passage twice). */
const found = new WeakMap<Token[], Reference[]>()

function referencesIn(tokens: Token[]): Reference[] {
  const known = found.get(tokens)
  // A copy: the caller takes references off its list as it pairs them.
  if (known) return [...known]
  const result: Reference[] = []
  for (const token of tokens) {
    const node = token.node
    if (node?.type === 'citation' && node.kind === 'internal' && node.refersTo === 'paragraph' && node.targets) result.push({token, citation: node})
  }
  found.set(tokens, result)
  return [...result]
}

const sameSet = (a: string[], b: string[]): boolean => a.length === b.length && a.every((label) => b.includes(label))

/** Add reference annotations to the paired changes (in place). */
export function addReferenceAnnotations(pairs: PairRecord[]): void {
  const labels = new Map<string, string[]>()
  for (const {change} of pairs) for (const old of change.old) labels.set(old, [...(labels.get(old) ?? []), ...change.new])
  const meant = (citation: Citation): string[] => [...new Set((citation.targets ?? []).flatMap((label) => labels.get(label) ?? []))]
  for (const pair of pairs) {
    const olds = referencesIn(pair.old.tokens)
    const news = referencesIn(pair.new.tokens)
    if (olds.length === 0 || news.length === 0) continue
    const rewritten: Reference[] = []
    for (const reference of news) {
      const same = olds.findIndex((old) => old.token.key === reference.token.key)
      if (same === -1) {
        rewritten.push(reference)
        continue
      }
      const [old] = olds.splice(same, 1)
      const now = meant(old!.citation)
      if ((old!.citation.targets ?? []).length > 0 && !sameSet(now, reference.citation.targets!)) {
        pair.change.notes.push({type: 'reference', change: 'stale', text: reference.token.text, targets: reference.citation.targets!, meant: now})
      }
    }
    for (const reference of rewritten) {
      const index = olds.findIndex((old) => {
        const now = meant(old.citation)
        return now.length > 0 && sameSet(now, reference.citation.targets!)
      })
      if (index === -1) continue
      const [old] = olds.splice(index, 1)
      const annotations = pair.change.notes
      const drop = (change: 'added' | 'removed', text: string): void => {
        const at = annotations.findIndex((annotation) => annotation.type === 'citation' && annotation.change === change && annotation.text === text)
        if (at !== -1) annotations.splice(at, 1)
      }
      drop('removed', old!.token.text)
      drop('added', reference.token.text)
      annotations.push({type: 'reference', change: 'updated', text: reference.token.text, old: old!.token.text, targets: reference.citation.targets!, meant: meant(old!.citation)})
    }
  }
}
