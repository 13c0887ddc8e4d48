/**
 * A negotiation is a chain, not a pair: zero draft -> L.14 -> L.14/Rev.1 ->
 * adopted. `chain` diffs each version against the next and follows every
 * paragraph along the way.
 *
 * The identity rule: a paragraph of version k+1 is the same paragraph as
 * the one of version k it was paired with (by content, as `diff` pairs
 * them, whatever its number). A split continues in its first piece (the
 * other pieces start there, marked `/`); a merge continues the first of
 * the merged paragraphs (the others end there, marked `&`). A paragraph
 * removed along the way keeps its row, where it last stood.
 */
import type {Resolution} from '../tree.js'
import {diffVersions, versionOf, type Version} from './index.js'
import {substantive} from './substance.js'
import type {Change, DiffResult, Direction} from './types.js'

/**
 * What happened to a paragraph at one step: `=` unchanged, `~` reworded
 * (its text or a sub-paragraph's), `+` added, `-` removed, `>` moved, `#`
 * renumbered, `/` split, `&` merged.
 */
export type ChainMark = '=' | '~' | '+' | '-' | '>' | '#' | '/' | '&'

/** One paragraph followed across the chain. */
export interface ChainParagraph {
  /** Its label in each version, oldest first; null where it does not exist. */
  labels: Array<string | null>
  /** What happened at each step (one fewer than the versions); null where it exists on neither side. */
  marks: Array<ChainMark | null>
  /** Its action phrase in each version ("Urges"); null where it has none or does not exist. */
  phrases: Array<string | null>
  /** Where the phrase changed at a step, which way on the strength scale; null where it did not. */
  strength: Array<Direction | null>
}

/** What `chain` returns, and what `reso diff --json V1 V2 V3` prints (with the versions' names). */
export interface ChainResult {
  /** One diff per step: version 1 -> 2, 2 -> 3, ... */
  steps: DiffResult[]
  /** Every paragraph of the last version in its order, and each one dropped along the way where it last stood. */
  paragraphs: ChainParagraph[]
}

const marks: Record<Change['kind'], ChainMark> = {
  unchanged: '=', renumbered: '#', changed: '~', moved: '>', added: '+', removed: '-', split: '/', merged: '&'
}

function markOf(change: Change): ChainMark {
  const mark = marks[change.kind]
  return (mark === '=' || mark === '#') && change.subs.some(substantive) ? '~' : mark
}

/** Follow every paragraph through versions given oldest first (two or more). */
export function chain(versions: Resolution[]): ChainResult {
  const follower = new ChainFollower(versions.length)
  for (const version of versions) follower.add(version)
  return follower.result()
}

/** The phrase of each labelled passage, whitespace collapsed. */
function phrasesOf(version: Version): Map<string, string> {
  const map = new Map<string, string>()
  for (const passage of version.passages) if (passage.phrase) map.set(passage.label, passage.phrase.value.replace(/\s+/g, ' ').trim())
  return map
}

/** Append to the list a map holds under a key. */
function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key)
  if (list) list.push(value)
  else map.set(key, [value])
}

/**
 * `chain` one version at a time, oldest first: each is diffed against the
 * one before as it comes, and only the last one is held, so that a caller
 * that reads the versions one by one (the CLI) holds two trees at most, not
 * all of them.
 */
export class ChainFollower {
  /** One diff per step so far. */
  readonly steps: DiffResult[] = []
  private readonly paragraphs: ChainParagraph[] = []
  /** Versions added so far. */
  private added = 0
  /** The last version added and its phrases. */
  private last: {version: Version; phrases: Map<string, string>} | undefined
  /** Rows live in the last version, in order; labels to rows as queues (a label may repeat). */
  private live = new Map<string, number[]>()
  private order: number[] = []
  private dropped = new Set<number>()

  /** `count`: how many versions there will be (the width of every row). */
  constructor(private readonly count: number) {}

  /** Add the next version; from the second on, returns the step's diff. */
  add(tree: Resolution): DiffResult | undefined {
    if (this.added >= this.count) throw new RangeError('a chain of ' + this.count + ' versions was given one more')
    const version = versionOf(tree)
    const current = {version, phrases: phrasesOf(version)}
    const index = this.added++
    const previous = this.last
    this.last = current
    if (!previous) {
      for (const passage of version.passages) {
        const row = this.make()
        this.place(row, 0, passage.label, current.phrases)
        this.order.push(row)
        push(this.live, passage.label, row)
      }
      return undefined
    }
    return this.step(index - 1, previous, current)
  }

  /** Every paragraph of the last version in its order, and each one dropped along the way where it last stood. */
  result(): ChainResult {
    return {steps: this.steps, paragraphs: this.order.map((row) => this.paragraphs[row]!)}
  }

  private make(): number {
    const count = this.count
    this.paragraphs.push({labels: new Array<string | null>(count).fill(null), marks: new Array<ChainMark | null>(count - 1).fill(null), phrases: new Array<string | null>(count).fill(null), strength: new Array<Direction | null>(count - 1).fill(null)})
    return this.paragraphs.length - 1
  }

  private place(row: number, version: number, label: string, phrases: Map<string, string>): void {
    const paragraph = this.paragraphs[row]!
    paragraph.labels[version] = label
    paragraph.phrases[version] = phrases.get(label) ?? null
  }

  /** Diff version `step` against the next and carry every row over. */
  private step(step: number, before: {version: Version; phrases: Map<string, string>}, after: {version: Version; phrases: Map<string, string>}): DiffResult {
    const paragraphs = this.paragraphs
    const result = diffVersions(before.version, after.version)
    this.steps.push(result)
    // Rows dropped earlier stay after the live row that preceded them.
    const leading: number[] = []
    const trailing = new Map<number, number[]>()
    let anchor = -1
    for (const row of this.order) {
      if (!this.dropped.has(row)) {
        anchor = row
        continue
      }
      if (anchor < 0) leading.push(row)
      else push(trailing, anchor, row)
    }
    const nextOrder: number[] = [...leading]
    const nextLive = new Map<string, number[]>()
    const nextDropped = new Set(this.dropped)
    const live = this.live
    // Queues consumed from the front by position, so that taking a row is constant time.
    const taken = new Map<string, number>()
    const take = (label: string): number => {
      const rows = live.get(label)
      const at = taken.get(label) ?? 0
      if (rows && at < rows.length) {
        taken.set(label, at + 1)
        return rows[at]!
      }
      const made = this.make()
      this.place(made, step, label, before.phrases)
      return made
    }
    const keep = (row: number, label: string): void => {
      this.place(row, step + 1, label, after.phrases)
      push(nextLive, label, row)
    }
    const emit = (row: number): void => {
      nextOrder.push(row)
      for (const dropped of trailing.get(row) ?? []) nextOrder.push(dropped)
    }
    for (const change of result.changes) {
      const mark = markOf(change)
      if (change.old.length === 0) {
        const row = this.make()
        paragraphs[row]!.marks[step] = mark
        keep(row, change.new[0]!)
        emit(row)
        continue
      }
      const olds = change.old.map(take)
      const first = olds[0]!
      paragraphs[first]!.marks[step] = mark
      const phrase = change.notes.find((note) => note.type === 'phrase')
      if (phrase && phrase.type === 'phrase') paragraphs[first]!.strength[step] = phrase.direction
      if (change.new.length === 0) {
        nextDropped.add(first)
        emit(first)
        continue
      }
      keep(first, change.new[0]!)
      emit(first)
      for (const other of olds.slice(1)) {
        paragraphs[other]!.marks[step] = mark
        nextDropped.add(other)
        emit(other)
      }
      for (const label of change.new.slice(1)) {
        const row = this.make()
        paragraphs[row]!.marks[step] = mark
        keep(row, label)
        emit(row)
      }
    }
    // Rows the change list did not name (none, unless labels repeat oddly) end here.
    for (const [label, rows] of live) for (const row of rows.slice(taken.get(label) ?? 0)) {
      nextDropped.add(row)
      emit(row)
    }
    this.order = nextOrder
    this.live = nextLive
    this.dropped = nextDropped
    return result
  }
}
