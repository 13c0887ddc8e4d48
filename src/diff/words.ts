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
  return mendArtefacts(runs, oldKept, newKept)
}

/**
 * A removal next to an insertion that differ only in what a text form
 * does to words: spaces inside a word ("unifyin g", "sub -item") and a
 * hyphen at a line break, kept or dropped ("gender-balanced",
 * "genderbalanced"). Such a pair is no change. A hyphen that became a
 * space ("gender balanced") or any other letter is still a change.
 */
function mendArtefacts(runs: Run[], oldKept: Uint8Array, newKept: Uint8Array): WordDiff {
  if (runs.length < 2) return {runs, oldKept, newKept}
  const mended: Run[] = []
  let oldIndex = 0
  let newIndex = 0
  for (let index = 0; index < runs.length; index++) {
    const run = runs[index]!
    const next = runs[index + 1]
    // Removals and insertions, maybe with a few words kept between them, that read the same: "unifyin g" and
    // "unifying"; "military -tomilitary" and "military-to- military" (a word kept, the space moved across it).
    const span = run.op === 'equal' ? 0 : artefactSpan(runs, index)
    if (span > 0) {
      const window = runs.slice(index, index + span)
      const oldTokens = window.flatMap((each) => (each.op === 'insert' ? [] : each.tokens))
      const newTokens = window.flatMap((each) => (each.op === 'delete' ? [] : each.tokens))
      oldKept.fill(1, oldIndex, oldIndex + oldTokens.length)
      newKept.fill(1, newIndex, newIndex + newTokens.length)
      oldIndex += oldTokens.length
      newIndex += newTokens.length
      const last = mended[mended.length - 1]
      if (last?.op === 'equal') last.tokens = [...last.tokens, ...newTokens]
      else mended.push({op: 'equal', tokens: newTokens})
      index += span - 1
      continue
    }
    // A hyphen alone, removed or added between two words that stay: "confidence- building" and "confidence building".
    const before = mended[mended.length - 1]
    if (run.op !== 'equal' && before?.op === 'equal' && next?.op === 'equal' && run.tokens.every((token) => token.key === '-')) {
      const edge = [before.tokens[before.tokens.length - 1]!]
      const after = next.tokens[0]!
      const withHyphen = joinKeys([...edge, ...run.tokens, after])
      const without = joinKeys([...edge, after])
      if (sameWords(withHyphen, without)) {
        if (run.op === 'delete') oldKept.fill(1, oldIndex, oldIndex + run.tokens.length)
        else newKept.fill(1, newIndex, newIndex + run.tokens.length)
        if (run.op === 'delete') oldIndex += run.tokens.length
        else {
          newIndex += run.tokens.length
          before.tokens = [...before.tokens, ...run.tokens]
        }
        continue
      }
    }
    if (run.op !== 'insert') oldIndex += run.tokens.length
    if (run.op !== 'delete') newIndex += run.tokens.length
    const last = mended[mended.length - 1]
    if (run.op === 'equal' && last?.op === 'equal') last.tokens = [...last.tokens, ...run.tokens]
    else mended.push(run)
  }
  return {runs: mended, oldKept, newKept}
}

/** The most runs one artefact spans: a removal, an insertion and the few words kept between them. */
const artefactRuns = 5

/**
 * How many runs from `index` on (a removal or an insertion) read the same on
 * both sides but for a text form's spaces and line-break hyphens, the longest
 * first: they start and end with a change, hold both a removal and an
 * insertion, and keep at most three words between them. 0 when none do.
 */
function artefactSpan(runs: Run[], index: number): number {
  for (let span = Math.min(artefactRuns, runs.length - index); span >= 2; span--) {
    const last = runs[index + span - 1]!
    if (last.op === 'equal') continue
    let oldText = ''
    let newText = ''
    let removes = false
    let inserts = false
    let fits = true
    for (let at = index; at < index + span; at++) {
      const run = runs[at]!
      if (run.op === 'equal' && run.tokens.length > 3) fits = false
      const keys = joinKeys(run.tokens)
      if (run.op !== 'insert') oldText += keys
      if (run.op !== 'delete') newText += keys
      if (run.op === 'delete') removes = true
      if (run.op === 'insert') inserts = true
    }
    if (fits && removes && inserts && sameWords(oldText.trim(), newText.trim())) return span
  }
  return 0
}

/** Tokens' keys, spaced as written. */
function joinKeys(tokens: Token[]): string {
  let text = ''
  for (const token of tokens) text += (token.space ? ' ' : '') + token.key
  return text
}

function isGap(code: number): boolean {
  return code === 32 || code === 45
}

/**
 * Whether two texts are the same words but for spaces inside words and
 * hyphens at line breaks. Walks both at once: equal characters go on; a
 * space or hyphen on one side only is skipped; a lone hyphen facing a lone
 * space ("gender-balanced" and "gender balanced") is a real change.
 */
export function sameWords(a: string, b: string): boolean {
  if (a === b) return true
  let i = 0
  let j = 0
  while (i < a.length || j < b.length) {
    const x = i < a.length ? a.charCodeAt(i) : -1
    const y = j < b.length ? b.charCodeAt(j) : -1
    if (x === y) {
      i++
      j++
      continue
    }
    if (x === 45 && y === 32 && loneMark(a, i) && loneMark(b, j)) return false
    if (x === 32 && y === 45 && loneMark(a, i) && loneMark(b, j)) return false
    if (isGap(x)) i++
    else if (isGap(y)) j++
    else return false
  }
  return true
}

/** A hyphen or space with letters either side, no other space or hyphen beside it. */
function loneMark(text: string, index: number): boolean {
  return index > 0 && index + 1 < text.length && !isGap(text.charCodeAt(index - 1)) && !isGap(text.charCodeAt(index + 1))
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
