/**
 * Pairing paragraphs across two versions by content, never by number, in
 * close to linear time:
 *
 * 1. equal text pairs first (a hash of the normalised tokens);
 * 2. the rest are paired by similarity (Dice over their tokens), but only
 *    among candidates: passages sharing a rare token (one found in few passages)
 *    and passages at the same place between the same anchors. Never all pairs;
 * 3. an unpaired passage that is a piece of a paired one next to it joins the
 *    pair (a split, or with the sides swapped a merge);
 * 4. the heaviest pairs in increasing order stay in place; the others moved.
 *
 * Every step treats both sides alike, so swapping the versions swaps the
 * result.
 */
import type {Passage} from './passages.js'

/** Pairs with less similarity than this (Dice over tokens) are a removal plus an addition. */
export const threshold = 0.5

/** A pair: one old and one new passage, or one and several (split, merge). */
export interface Link {
  old: number[]
  new: number[]
  /** Equal text (same key). */
  exact: boolean
}

/** Tokens of a passage counted by key. */
type Bag = Map<string, number>

/** Each passage looks up this many of its rarest tokens in the other side's index. */
const rareTokens = 8
/** A token found in more passages than this is too common to find candidates by. */
const commonAbove = 24
/** Candidates kept per passage from the rare-token lookup (most shared tokens first). */
const candidatesPerPassage = 4
/** Passages this far from the expected offset after the last anchor are candidates too. */
const nearby = 2
/** A piece of a split (or merge) has at least this share of its tokens in the whole. */
const pieceContainment = 0.6

/** Pair two lists of passages; indices into each list. */
export function align(before: Passage[], after: Passage[]): Link[] {
  const state = new State(before, after)
  state.pairExact()
  const candidates = state.candidates()
  state.pairSimilar(candidates)
  state.groupPieces('old', candidates)
  state.groupPieces('new', candidates)
  return state.links.filter((link) => link.old.length > 0 && link.new.length > 0)
}

/**
 * The links that stay in place: the heaviest sequence of links increasing
 * on both sides (weighted longest increasing subsequence, O(n log n) with a
 * Fenwick tree of maxima). The other links are moves.
 */
export function inPlace(links: Link[], weight: (link: Link) => number): Set<Link> {
  const sorted = [...links].sort((a, b) => a.new[0]! - b.new[0]!)
  let size = 0
  for (const link of sorted) size = Math.max(size, link.old[0]! + 1)
  const tree = new Float64Array(size + 1)
  const at = new Int32Array(size + 1).fill(-1)
  const best = new Float64Array(sorted.length)
  const previous = new Int32Array(sorted.length).fill(-1)
  for (let index = 0; index < sorted.length; index++) {
    const position = sorted[index]!.old[0]!
    let max = 0
    let from = -1
    for (let i = position; i > 0; i -= i & -i) {
      if (tree[i]! > max) {
        max = tree[i]!
        from = at[i]!
      }
    }
    best[index] = max + weight(sorted[index]!)
    previous[index] = from
    for (let i = position + 1; i <= size; i += i & -i) {
      if (best[index]! > tree[i]!) {
        tree[i] = best[index]!
        at[i] = index
      }
    }
  }
  let end = -1
  for (let index = 0; index < sorted.length; index++) if (end === -1 || best[index]! > best[end]!) end = index
  const result = new Set<Link>()
  for (let index = end; index !== -1; index = previous[index]!) result.add(sorted[index]!)
  return result
}

/** Tokens counted by key, cached per passage. */
const bags = new WeakMap<Passage, Bag>()
function bagOf(passage: Passage): Bag {
  let bag = bags.get(passage)
  if (!bag) {
    bag = new Map()
    for (const token of passage.tokens) bag.set(token.key, (bag.get(token.key) ?? 0) + 1)
    bags.set(passage, bag)
  }
  return bag
}

function sizeOf(bag: Bag): number {
  let size = 0
  for (const count of bag.values()) size += count
  return size
}

function common(a: Bag, b: Bag): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a]
  let shared = 0
  for (const [key, count] of small) shared += Math.min(count, large.get(key) ?? 0)
  return shared
}

/** Dice similarity of two bags: 2 x shared / total. */
function dice(a: Bag, b: Bag): number {
  const total = sizeOf(a) + sizeOf(b)
  return total === 0 ? 1 : (2 * common(a, b)) / total
}

/** The share of `part`'s tokens found in `whole`. */
function containment(part: Bag, whole: Bag): number {
  const size = sizeOf(part)
  return size === 0 ? 0 : common(part, whole) / size
}

function merge(bags: Bag[]): Bag {
  const result: Bag = new Map()
  for (const bag of bags) for (const [key, count] of bag) result.set(key, (result.get(key) ?? 0) + count)
  return result
}

type Side = 'old' | 'new'
const other = (side: Side): Side => (side === 'old' ? 'new' : 'old')

/** A candidate pair and its similarity. */
interface Candidate {
  old: number
  new: number
  score: number
}

class State {
  readonly passages: Record<Side, Passage[]>
  /** The link each passage belongs to, or -1. */
  readonly linkOf: Record<Side, Int32Array>
  readonly links: Link[] = []

  constructor(before: Passage[], after: Passage[]) {
    this.passages = {old: before, new: after}
    this.linkOf = {old: new Int32Array(before.length).fill(-1), new: new Int32Array(after.length).fill(-1)}
  }

  link(old: number, next: number, exact: boolean): void {
    this.linkOf.old[old] = this.links.length
    this.linkOf.new[next] = this.links.length
    this.links.push({old: [old], new: [next], exact})
  }

  /** Equal texts pair in order: the k-th occurrence of a text with its k-th occurrence. */
  pairExact(): void {
    const byKey = new Map<string, number[]>()
    this.passages.old.forEach((passage, index) => {
      const list = byKey.get(passage.key)
      if (list) list.push(index)
      else byKey.set(passage.key, [index])
    })
    const used = new Map<string, number>()
    this.passages.new.forEach((passage, index) => {
      const list = byKey.get(passage.key)
      const next = used.get(passage.key) ?? 0
      if (list && next < list.length) {
        this.link(list[next]!, index, true)
        used.set(passage.key, next + 1)
      }
    })
  }

  unpaired(side: Side): number[] {
    const result: number[] = []
    this.linkOf[side].forEach((link, index) => {
      if (link === -1) result.push(index)
    })
    return result
  }

  /**
   * Candidate pairs among the unpaired, scored: passages sharing rare tokens
   * (each passage's rarest tokens looked up in the other side's index, tokens
   * found in more than `commonAbove` passages left out), and passages at the same
   * offset between the same anchors.
   */
  candidates(): Candidate[] {
    const unpaired = {old: this.unpaired('old'), new: this.unpaired('new')}
    if (unpaired.old.length === 0 || unpaired.new.length === 0) return []
    const frequency = new Map<string, number>()
    for (const side of ['old', 'new'] as const) {
      for (const index of unpaired[side]) {
        for (const key of bagOf(this.passages[side][index]!).keys()) frequency.set(key, (frequency.get(key) ?? 0) + 1)
      }
    }
    const rare = (passage: Passage): string[] =>
      [...bagOf(passage).keys()]
        .filter((key) => frequency.get(key)! <= commonAbove && key.length > 1)
        .sort((a, b) => frequency.get(a)! - frequency.get(b)! || (a < b ? -1 : a > b ? 1 : 0))
        .slice(0, rareTokens)
    const seen = new Set<number>()
    const found: Candidate[] = []
    const width = this.passages.new.length
    const consider = (old: number, next: number): void => {
      const id = old * width + next
      if (seen.has(id)) return
      seen.add(id)
      found.push({old, new: next, score: dice(bagOf(this.passages.old[old]!), bagOf(this.passages.new[next]!))})
    }
    for (const side of ['old', 'new'] as const) {
      const index = new Map<string, number[]>()
      for (const passageIndex of unpaired[other(side)]) {
        for (const key of bagOf(this.passages[other(side)][passageIndex]!).keys()) {
          if (frequency.get(key)! > commonAbove) continue
          const list = index.get(key)
          if (list) list.push(passageIndex)
          else index.set(key, [passageIndex])
        }
      }
      for (const passageIndex of unpaired[side]) {
        const hits = new Map<number, number>()
        for (const key of rare(this.passages[side][passageIndex]!)) {
          for (const hit of index.get(key) ?? []) hits.set(hit, (hits.get(hit) ?? 0) + 1)
        }
        const best = [...hits].sort((a, b) => b[1] - a[1] || Math.abs(a[0] - passageIndex) - Math.abs(b[0] - passageIndex) || a[0] - b[0]).slice(0, candidatesPerPassage)
        for (const [hit] of best) (side === 'old' ? consider(passageIndex, hit) : consider(hit, passageIndex))
      }
      for (const [passageIndex, near] of this.neighbourhood(side)) {
        for (const hit of near) (side === 'old' ? consider(passageIndex, hit) : consider(hit, passageIndex))
      }
    }
    return found
  }

  /**
   * For each unpaired passage of `side`, the unpaired passages of the other side
   * at about the same offset after the nearest paired passage before it.
   */
  *neighbourhood(side: Side): Generator<[number, number[]]> {
    const mine = this.linkOf[side]
    const theirs = this.linkOf[other(side)]
    let anchor = -1
    let anchorOther = -1
    for (let index = 0; index < mine.length; index++) {
      const link = mine[index]!
      if (link !== -1) {
        anchor = index
        anchorOther = this.links[link]![other(side)][0]!
        continue
      }
      const expected = anchorOther + (index - anchor)
      const near: number[] = []
      for (let at = Math.max(0, expected - nearby); at <= Math.min(theirs.length - 1, expected + nearby); at++) {
        if (theirs[at] === -1) near.push(at)
      }
      yield [index, near]
    }
  }

  /** Pair the best-scoring candidates first, above the threshold. */
  pairSimilar(candidates: Candidate[]): void {
    const good = candidates
      .filter((candidate) => candidate.score >= threshold)
      .sort((a, b) => b.score - a.score || Math.abs(a.old - a.new) - Math.abs(b.old - b.new) || a.old + a.new - (b.old + b.new) || a.old - b.old)
    for (const candidate of good) {
      if (this.linkOf.old[candidate.old] === -1 && this.linkOf.new[candidate.new] === -1) this.link(candidate.old, candidate.new, false)
    }
  }

  /**
   * Splits (`one` = "old": one old passage, several new) or merges (`one` =
   * "new"). An unpaired passage joins the link of its neighbour when it is
   * mostly a piece of that link's single passage and the whole matches better
   * with it; two or more consecutive unpaired pieces of one unpaired passage
   * make a new link.
   */
  groupPieces(one: Side, candidates: Candidate[]): void {
    const many = other(one)
    const passages = this.passages
    const groupBag = (link: Link): Bag => merge(link[many].map((index) => bagOf(passages[many][index]!)))
    // Consecutive unpaired pieces of an unpaired passage.
    const pieces = new Map<number, number[]>()
    for (const candidate of candidates) {
      const whole = candidate[one]
      const piece = candidate[many]
      if (this.linkOf[one][whole] !== -1 || this.linkOf[many][piece] !== -1) continue
      if (containment(bagOf(passages[many][piece]!), bagOf(passages[one][whole]!)) < pieceContainment) continue
      const list = pieces.get(whole)
      if (list) list.push(piece)
      else pieces.set(whole, [piece])
    }
    for (const [whole, list] of [...pieces].sort((a, b) => a[0] - b[0])) {
      list.sort((a, b) => a - b)
      let best: number[] = []
      for (let start = 0; start < list.length; ) {
        let end = start + 1
        while (end < list.length && list[end] === list[end - 1]! + 1) end++
        const run = list.slice(start, end).filter((piece) => this.linkOf[many][piece] === -1)
        if (run.length > best.length && run.every((piece, index) => index === 0 || piece === run[index - 1]! + 1)) best = run
        start = end
      }
      if (best.length < 2) continue
      const link: Link = {old: [], new: [], exact: false}
      link[one] = [whole]
      link[many] = best
      if (dice(bagOf(passages[one][whole]!), groupBag(link)) < threshold) continue
      this.linkOf[one][whole] = this.links.length
      for (const piece of best) this.linkOf[many][piece] = this.links.length
      this.links.push(link)
    }
    // Unpaired pieces next to a link join it, forwards then backwards.
    for (const step of [1, -1]) {
      const order = this.unpaired(many)
      if (step === -1) order.reverse()
      for (const piece of order) {
        const neighbour = this.linkOf[many][piece - step]
        if (neighbour === undefined || neighbour === -1) continue
        const link = this.links[neighbour]!
        if (link[one].length !== 1 || link.exact) continue
        const whole = bagOf(passages[one][link[one][0]!]!)
        if (containment(bagOf(passages[many][piece]!), whole) < pieceContainment) continue
        const before = dice(whole, groupBag(link))
        const grown: Link = {...link, [many]: [...link[many], piece].sort((a, b) => a - b)}
        if (dice(whole, groupBag(grown)) <= before) continue
        link[many] = grown[many]
        this.linkOf[many][piece] = neighbour
      }
    }
  }
}
