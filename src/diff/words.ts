/**
 * Word-level changes inside a pair of paragraphs, with jsdiff's `diffArrays`
 * over the passages' tokens (so a citation or a bracketed note is one token).
 * The edit length is bounded: a pair that needs more edits than the bound
 * is not a pair, and the caller shows it as a removal plus an addition.
 */
import {diffArrays} from 'diff'
import type {WordChange} from './types.js'
import type {Token} from './passages.js'

/** Below this share of tokens in common (2 x common / total) a pair is a removal plus an addition. */
export const minimumOverlap = 0.4

/** The most edits ever tried on one pair, whatever its length: keeps a pathological pair cheap. */
export const maxEdits = 1000

/** A run of tokens kept, deleted or inserted. */
export interface Run {
  op: WordChange['op']
  tokens: Token[]
}

/** The word diff of a pair. */
export interface WordDiff {
  runs: Run[]
  /** For each old token, whether it is kept in the new text. */
  oldKept: Uint8Array
  /** For each new token, whether it was already in the old text. */
  newKept: Uint8Array
}

/**
 * Diff two token lists. Undefined when they share too little (fewer than
 * `minimumOverlap` of their tokens in order) or the edit bound is reached.
 */
export function diffTokens(before: Token[], after: Token[]): WordDiff | undefined {
  const oldKept = new Uint8Array(before.length)
  const newKept = new Uint8Array(after.length)
  const total = before.length + after.length
  if (before.length === 0 || after.length === 0) {
    const runs: Run[] = []
    if (before.length > 0) runs.push({op: 'delete', tokens: before})
    if (after.length > 0) runs.push({op: 'insert', tokens: after})
    return total === 0 ? {runs, oldKept, newKept} : undefined
  }
  const maxEditLength = Math.min(maxEdits, Math.floor(total * (1 - minimumOverlap)))
  const changes = diffArrays(before, after, {comparator: (a, b) => a.key === b.key, maxEditLength})
  if (!changes) return undefined
  const runs: Run[] = []
  let oldIndex = 0
  let newIndex = 0
  for (const change of changes) {
    if (change.added) {
      runs.push({op: 'insert', tokens: change.value})
      newIndex += change.count
    } else if (change.removed) {
      runs.push({op: 'delete', tokens: change.value})
      oldIndex += change.count
    } else {
      // The equal run shows the new text (quotes, spacing as the new version writes them).
      runs.push({op: 'equal', tokens: after.slice(newIndex, newIndex + change.count)})
      oldKept.fill(1, oldIndex, oldIndex + change.count)
      newKept.fill(1, newIndex, newIndex + change.count)
      oldIndex += change.count
      newIndex += change.count
    }
  }
  return {runs, oldKept, newKept}
}

/** Runs of a text that did not change, or that was only added or only removed. */
export function wholeRun(tokens: Token[], op: WordChange['op']): Run[] {
  return tokens.length === 0 ? [] : [{op, tokens}]
}

/** Runs as text, each with its leading space. */
export function wordChanges(runs: Run[]): WordChange[] {
  return runs.map((run) => ({op: run.op, text: joinTokens(run.tokens)}))
}

/** Tokens back to text, spaced as written. */
export function joinTokens(tokens: Token[]): string {
  let text = ''
  for (const token of tokens) text += (token.space ? ' ' : '') + token.text
  return text
}
