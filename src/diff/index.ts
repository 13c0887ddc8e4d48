/**
 * `diff`: two versions of a resolution to a change list. Paragraphs are
 * paired by content (align.ts), words compared inside each pair (words.ts),
 * sub-paragraphs paired inside their paragraph the same way, and each
 * change annotated with what it means (notes.ts). Header facts that differ
 * come once, at the top.
 */
import type {Resolution} from '../tree.js'
import {align, inPlace, type Link} from './align.js'
import {headerChanges, closingChange} from './header.js'
import {notesOf, type Side} from './notes.js'
import {addReferenceNotes, type PairRecord} from './references.js'
import {statOf} from './stat.js'
import type {Change, DiffResult} from './types.js'
import {unitsOf, type Unit} from './units.js'
import {diffTokens, wholeRun, wordChanges, type WordDiff} from './words.js'
import {append} from '../array.js'
import {annexChanges} from './annex.js'
import {footnoteChanges} from './footnotes.js'
import {ofSubstance} from './substance.js'

export {substantive, ofSubstance} from './substance.js'
export {chain} from './chain.js'

export type * from './types.js'
export {countWords} from './stat.js'

/** Compare two parsed versions: `before` (the old one) and `after`. */
export function diff(before: Resolution, after: Resolution): DiffResult {
  const header = headerChanges(before, after)
  const pairs: PairRecord[] = []
  const changes = compare(unitsOf(before), unitsOf(after), pairs)
  addReferenceNotes(pairs)
  const result: DiffResult = {header, changes, stat: statOf(changes), differs: false}
  const footnotes = footnoteChanges(before, after, changes)
  if (footnotes.length > 0) result.footnotes = footnotes
  const closing = closingChange(before, after)
  if (closing) result.closing = closing
  const annexes = annexChanges(before, after, (old, next) => compare(old, next, []))
  if (annexes.length > 0) result.annexes = annexes
  result.differs = ofSubstance(result)
  return result
}

/** Several units as one side: tokens joined, bracket offsets shifted, the first one's phrase. */
function sideOf(units: Unit[]): Side {
  if (units.length === 1) {
    const unit = units[0]!
    return unit.phrase ? {tokens: unit.tokens, brackets: unit.brackets, phrase: unit.phrase} : {tokens: unit.tokens, brackets: unit.brackets}
  }
  const side: Side = {tokens: [], brackets: []}
  for (const unit of units) {
    for (const bracket of unit.brackets) side.brackets.push({...bracket, start: bracket.start + side.tokens.length, end: bracket.end + side.tokens.length})
    const first = side.tokens.length > 0
    append(side.tokens, unit.tokens.map((token, index) => (index === 0 && first ? {...token, space: true} : token)))
  }
  if (units[0]!.phrase) side.phrase = units[0]!.phrase
  return side
}

function equalDiff(before: Side, after: Side): WordDiff {
  return {runs: wholeRun(after.tokens, 'equal'), oldKept: new Uint8Array(before.tokens.length).fill(1), newKept: new Uint8Array(after.tokens.length).fill(1)}
}

/** An added or removed unit, with its sub-paragraphs. */
function oneSided(unit: Unit, kind: 'added' | 'removed'): Change {
  return {
    kind,
    old: kind === 'removed' ? [unit.label] : [],
    new: kind === 'added' ? [unit.label] : [],
    part: unit.part,
    words: wordChanges(wholeRun(unit.tokens, kind === 'added' ? 'insert' : 'delete')),
    notes: [],
    subs: unit.subs.map((sub) => oneSided(sub, kind))
  }
}

/**
 * Pair two lists of units and list their changes in the new order, each
 * removed unit where it stood: before whatever fills the gap it left, and
 * before the next unit that stayed in place.
 */
function compare(before: Unit[], after: Unit[], pairs: PairRecord[]): Change[] {
  if (before.length === 0) return after.map((unit) => oneSided(unit, 'added'))
  if (after.length === 0) return before.map((unit) => oneSided(unit, 'removed'))
  const words = new Map<Link, {old: Side; new: Side; words: WordDiff}>()
  const links = align(before, after).filter((link) => {
    const old = sideOf(link.old.map((index) => before[index]!))
    const next = sideOf(link.new.map((index) => after[index]!))
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
  const placed = inPlace(links, (link) => 1 + [...link.old.map((index) => before[index]!), ...link.new.map((index) => after[index]!)].reduce((sum, unit) => sum + unit.weight, 0))

  // For each new unit, where the next link in place starts on the old side.
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
  after.forEach((unit, index) => {
    const link = linkOfNew.get(index)
    if (link && link.new[0] !== index) return
    flush(nextPlaced[index]!)
    changes.push(link ? pairChange(link, before, after, words.get(link)!, placed.has(link), pairs) : oneSided(unit, 'added'))
  })
  flush(before.length)
  return changes
}

function pairChange(link: Link, before: Unit[], after: Unit[], pair: {old: Side; new: Side; words: WordDiff}, placed: boolean, pairs: PairRecord[]): Change {
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
    old: olds.map((unit) => unit.label),
    new: news.map((unit) => unit.label),
    part: first.new.part,
    words: wordChanges(pair.words.runs),
    notes: edited ? notesOf(pair.old, pair.new, pair.words) : [],
    subs: compare(olds.flatMap((unit) => unit.subs), news.flatMap((unit) => unit.subs), pairs)
  }
  if (first.old.part !== first.new.part) change.oldPart = first.old.part
  pairs.push({change, old: pair.old, new: pair.new})
  return change
}
