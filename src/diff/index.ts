/**
 * `diff`: two versions of a resolution to a change list. Paragraphs are
 * paired by content (align.ts), words compared inside each pair (words.ts),
 * sub-paragraphs paired inside their paragraph the same way, and each
 * change annotated with what it means (annotations.ts). Header facts that differ
 * come once, at the top.
 */
import type {Resolution} from '../tree.js'
import {align, inPlace, type Link} from './align.js'
import {closingChange, headerChanges} from './header.js'
import {annotationsOf} from './annotations.js'
import {addReferenceAnnotations, type PairRecord} from './references.js'
import {statOf} from './stat.js'
import type {Change, DiffResult} from './types.js'
import {passagesOf, type Passage, type SideText} from './passages.js'
import {diffTokens, wholeRun, wordChanges, type WordDiff} from './words.js'
import {append} from '../array.js'
import {annexChanges} from './annex.js'
import {footnoteChanges, footnotesOf, type Footnotes} from './footnotes.js'
import {ofSubstance} from './substance.js'
import {joinMovedSubs} from './moves.js'

export {substantive, ofSubstance} from './substance.js'
export {chain, ChainFollower} from './chain.js'

export type * from './types.js'
export {countWords} from './stat.js'

/**
 * A version as `diff` reads it: its tree, its passages and its footnotes,
 * made once, so that a chain, which compares each version with the one
 * before and the one after, reads each tree once.
 */
export interface Version {
  tree: Resolution
  passages: Passage[]
  footnotes: Footnotes
}

/** A tree read as a version. */
export function versionOf(tree: Resolution): Version {
  return {tree, passages: passagesOf(tree), footnotes: footnotesOf(tree)}
}

/** Compare two parsed versions: `before` (the old one) and `after`. */
export function diff(before: Resolution, after: Resolution): DiffResult {
  return diffVersions(versionOf(before), versionOf(after))
}

/** `diff` of two versions already read (`versionOf`). */
export function diffVersions(old: Version, next: Version): DiffResult {
  const before = old.tree
  const after = next.tree
  const header = headerChanges(before, after)
  const pairs: PairRecord[] = []
  const changes = compare(old.passages, next.passages, pairs)
  addReferenceAnnotations(pairs)
  joinMovedSubs(changes)
  const result: DiffResult = {header, changes, stat: statOf(changes), differs: false}
  const footnotes = footnoteChanges(before, after, changes, old.footnotes, next.footnotes)
  if (footnotes.length > 0) result.footnotes = footnotes
  const closing = closingChange(before, after)
  if (closing) result.closing = closing
  const annexes = annexChanges(before, after, (old, next) => compare(old, next, []))
  if (annexes.length > 0) result.annexes = annexes
  result.differs = ofSubstance(result)
  return result
}

/** Several passages as one side: tokens joined, bracket offsets shifted, the first one's phrase. */
function sideTextOf(passages: Passage[]): SideText {
  if (passages.length === 1) {
    const passage = passages[0]!
    return passage.phrase ? {tokens: passage.tokens, brackets: passage.brackets, phrase: passage.phrase} : {tokens: passage.tokens, brackets: passage.brackets}
  }
  const side: SideText = {tokens: [], brackets: []}
  for (const passage of passages) {
    for (const bracket of passage.brackets) side.brackets.push({...bracket, start: bracket.start + side.tokens.length, end: bracket.end + side.tokens.length})
    const first = side.tokens.length > 0
    append(side.tokens, passage.tokens.map((token, index) => (index === 0 && first ? {...token, space: true} : token)))
  }
  if (passages[0]!.phrase) side.phrase = passages[0]!.phrase
  return side
}

function equalDiff(before: SideText, after: SideText): WordDiff {
  return {runs: wholeRun(after.tokens, 'equal'), oldKept: new Uint8Array(before.tokens.length).fill(1), newKept: new Uint8Array(after.tokens.length).fill(1)}
}

/** An added or removed passage, with its sub-paragraphs. */
function oneSided(passage: Passage, kind: 'added' | 'removed'): Change {
  return {
    kind,
    old: kind === 'removed' ? [passage.label] : [],
    new: kind === 'added' ? [passage.label] : [],
    part: passage.part,
    words: wordChanges(wholeRun(passage.tokens, kind === 'added' ? 'insert' : 'delete')),
    notes: [],
    subs: passage.subs.map((sub) => oneSided(sub, kind))
  }
}

/**
 * Pair two lists of passages and list their changes in the new order, each
 * removed passage where it stood: before whatever fills the gap it left, and
 * before the next passage that stayed in place.
 */
function compare(before: Passage[], after: Passage[], pairs: PairRecord[]): Change[] {
  if (before.length === 0) return after.map((passage) => oneSided(passage, 'added'))
  if (after.length === 0) return before.map((passage) => oneSided(passage, 'removed'))
  const words = new Map<Link, {old: SideText; new: SideText; words: WordDiff}>()
  const links = align(before, after).filter((link) => {
    const old = sideTextOf(link.old.map((index) => before[index]!))
    const next = sideTextOf(link.new.map((index) => after[index]!))
    const result = link.exact ? equalDiff(old, next) : diffTokens(old.tokens, next.tokens)
    if (result) words.set(link, {old, new: next, words: result})
    return result !== undefined
  })
  const linkOfOld = new Map<number, Link>()
  const linkOfNew = new Map<number, Link>()
  for (const link of links) {
    for (const index of link.old) linkOfOld.set(index, link)
    for (const index of link.new) linkOfNew.set(index, link)
  }
  const placed = inPlace(links, (link) => 1 + [...link.old.map((index) => before[index]!), ...link.new.map((index) => after[index]!)].reduce((sum, passage) => sum + passage.weight, 0))

  // For each new passage, where the next link in place starts on the old side.
  const nextPlaced = new Int32Array(after.length + 1).fill(before.length)
  for (let index = after.length - 1; index >= 0; index--) {
    const link = linkOfNew.get(index)
    nextPlaced[index] = link && placed.has(link) ? link.old[0]! : nextPlaced[index + 1]!
  }
  const changes: Change[] = []
  let cursor = 0
  const flush = (limit: number): void => {
    for (; cursor < limit; cursor++) if (!linkOfOld.has(cursor)) changes.push(oneSided(before[cursor]!, 'removed'))
  }
  after.forEach((passage, index) => {
    const link = linkOfNew.get(index)
    if (link && link.new[0] !== index) return
    flush(nextPlaced[index]!)
    changes.push(link ? pairChange(link, before, after, words.get(link)!, placed.has(link), pairs) : oneSided(passage, 'added'))
  })
  flush(before.length)
  return changes
}

function pairChange(link: Link, before: Passage[], after: Passage[], pair: {old: SideText; new: SideText; words: WordDiff}, placed: boolean, pairs: PairRecord[]): Change {
  const olds = link.old.map((index) => before[index]!)
  const news = link.new.map((index) => after[index]!)
  const first = {old: olds[0]!, new: news[0]!}
  const edited = pair.words.runs.some((run) => run.op !== 'equal')
  const kind = olds.length > 1 ? 'merged'
    : news.length > 1 ? 'split'
    : !placed || first.old.part !== first.new.part ? 'moved'
    : edited ? 'changed'
    : first.old.marker !== first.new.marker ? 'renumbered'
    : 'unchanged'
  const change: Change = {
    kind,
    old: olds.map((passage) => passage.label),
    new: news.map((passage) => passage.label),
    part: first.new.part,
    words: wordChanges(pair.words.runs),
    notes: edited ? annotationsOf(pair.old, pair.new, pair.words) : [],
    subs: compare(olds.flatMap((passage) => passage.subs), news.flatMap((passage) => passage.subs), pairs)
  }
  if (first.old.part !== first.new.part) change.oldPart = first.old.part
  pairs.push({change, old: pair.old, new: pair.new})
  return change
}
