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
import {diff} from './index.js'
import {substantive} from './substance.js'
import type {Change, DiffResult, Direction} from './types.js'
import {passagesOf} from './passages.js'

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
  const count = versions.length
  const phrasesOf = versions.map((version) => {
    const map = new Map<string, string>()
    for (const unit of passagesOf(version)) if (unit.phrase) map.set(unit.label, unit.phrase.value.replace(/\s+/g, ' ').trim())
    return map
  })
  const paragraphs: ChainParagraph[] = []
  const make = (): number => {
    paragraphs.push({labels: new Array<string | null>(count).fill(null), marks: new Array<ChainMark | null>(count - 1).fill(null), phrases: new Array<string | null>(count).fill(null), strength: new Array<Direction | null>(count - 1).fill(null)})
    return paragraphs.length - 1
  }
  const place = (row: number, version: number, label: string): void => {
    const paragraph = paragraphs[row]!
    paragraph.labels[version] = label
    paragraph.phrases[version] = phrasesOf[version]!.get(label) ?? null
  }

  // Rows live in version 0, in order; labels to rows as queues (a label may repeat).
  let live = new Map<string, number[]>()
  let order: number[] = []
  for (const unit of passagesOf(versions[0]!)) {
    const row = make()
    place(row, 0, unit.label)
    order.push(row)
    live.set(unit.label, [...(live.get(unit.label) ?? []), row])
  }
  let dropped = new Set<number>()
  const steps: DiffResult[] = []
  for (let step = 0; step + 1 < count; step++) {
    const result = diff(versions[step]!, versions[step + 1]!)
    steps.push(result)
    // Rows dropped earlier stay after the live row that preceded them.
    const leading: number[] = []
    const after = new Map<number, number[]>()
    let anchor = -1
    for (const row of order) {
      if (!dropped.has(row)) {
        anchor = row
        continue
      }
      if (anchor < 0) leading.push(row)
      else after.set(anchor, [...(after.get(anchor) ?? []), row])
    }
    const nextOrder: number[] = [...leading]
    const nextLive = new Map<string, number[]>()
    const nextDropped = new Set(dropped)
    const take = (label: string): number => {
      const rows = live.get(label)
      const row = rows?.shift()
      if (row !== undefined) return row
      const made = make()
      place(made, step, label)
      return made
    }
    const keep = (row: number, label: string): void => {
      place(row, step + 1, label)
      nextLive.set(label, [...(nextLive.get(label) ?? []), row])
    }
    const emit = (row: number): void => {
      nextOrder.push(row)
      nextOrder.push(...(after.get(row) ?? []))
    }
    for (const change of result.changes) {
      const mark = markOf(change)
      if (change.old.length === 0) {
        const row = make()
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
        const row = make()
        paragraphs[row]!.marks[step] = mark
        keep(row, label)
        emit(row)
      }
    }
    // Rows the change list did not name (none, unless labels repeat oddly) end here.
    for (const rows of live.values()) for (const row of rows) {
      nextDropped.add(row)
      emit(row)
    }
    order = nextOrder
    live = nextLive
    dropped = nextDropped
  }
  return {steps, paragraphs: order.map((row) => paragraphs[row]!)}
}
