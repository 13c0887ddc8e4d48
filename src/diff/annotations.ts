/**
 * Annotations: what a change means, in the terms negotiators use: the
 * action phrase and its direction on the strength scale, citations and
 * bracketed notes gained or lost, placeholders filled, bracketed
 * negotiating text resolved. (A bracketed note is a node of the tree,
 * "[agreed ad referendum]"; an annotation is said of a change.)
 */
import type {ActionPhrase, BracketedNote, Citation} from '../tree.js'
import {strengthOf, strengthRank} from '../lexicon/index.js'
import type {Annotation, Direction} from './types.js'
import type {SideText, Token} from './passages.js'
import {joinTokens, type WordDiff} from './words.js'

/** Modifiers that make a phrase stronger at the same place on the scale: "Strongly urges". */
const intensifiers = new Set([
  'strongly', 'most strongly', 'firmly', 'emphatically', 'unequivocally', 'categorically', 'resolutely',
  'urgently', 'vigorously', 'gravely', 'deeply', 'seriously', 'deep', 'grave', 'serious', 'profound', 'strong', 'strongest', 'utmost'
])

/** The annotations on a pair, in a fixed order: phrase, citations, bracketed notes, placeholders, brackets. */
export function annotationsOf(before: SideText, after: SideText, words: WordDiff): Annotation[] {
  const annotations: Annotation[] = []
  const phrase = phraseAnnotation(before.phrase, after.phrase)
  if (phrase) annotations.push(phrase)
  annotations.push(...citationAnnotations(before.tokens, after.tokens))
  annotations.push(...bracketedNoteAnnotations(before.tokens, after.tokens))
  annotations.push(...placeholderAnnotations(words))
  annotations.push(...negotiationAnnotations(before, words.oldKept, after.tokens), ...negotiationAnnotations(after, words.newKept))
  return annotations
}

/** How the opening phrase changed, if it did (case, italics and spacing aside). */
export function phraseAnnotation(before: ActionPhrase | undefined, after: ActionPhrase | undefined): Annotation | undefined {
  if (!before || !after) return undefined
  if (before.head === after.head && before.modifiers.join(' ') === after.modifiers.join(' ')) return undefined
  return {type: 'phrase', old: before.value, new: after.value, direction: direction(before, after)}
}

function direction(before: ActionPhrase, after: ActionPhrase): Direction {
  const from = strengthRank(strengthOf(before.head))
  const to = strengthRank(strengthOf(after.head))
  if (from === 0 || to === 0) return 'unknown'
  if (from !== to) return to > from ? 'stronger' : 'weaker'
  const intensity = (phrase: ActionPhrase): number => phrase.modifiers.filter((modifier) => intensifiers.has(modifier)).length
  const change = intensity(after) - intensity(before)
  return change > 0 ? 'stronger' : change < 0 ? 'weaker' : 'same'
}

/** Items counted by identity, with the first token seen for each. */
function tally<T>(tokens: Token[], pick: (token: Token) => T | undefined, identity: (item: T) => string): Map<string, {count: number; item: T; token: Token}> {
  const result = new Map<string, {count: number; item: T; token: Token}>()
  for (const token of tokens) {
    const item = pick(token)
    if (item === undefined) continue
    const id = identity(item)
    const entry = result.get(id)
    if (entry) entry.count++
    else result.set(id, {count: 1, item, token})
  }
  return result
}

/** Identities counted on each side: what is only (or more often) on one side. */
function gainedAndLost<T>(before: Map<string, {count: number; item: T; token: Token}>, after: Map<string, {count: number; item: T; token: Token}>): {lost: Array<{item: T; token: Token}>; gained: Array<{item: T; token: Token}>} {
  const lost = [...before].filter(([id, entry]) => entry.count > (after.get(id)?.count ?? 0)).map(([, entry]) => entry)
  const gained = [...after].filter(([id, entry]) => entry.count > (before.get(id)?.count ?? 0)).map(([, entry]) => entry)
  return {lost, gained}
}

const citationOf = (token: Token): Citation | undefined => (token.node?.type === 'citation' ? token.node : undefined)

function citationAnnotations(before: Token[], after: Token[]): Annotation[] {
  const identity = (citation: Citation): string => citation.symbol ?? citation.kind + ':' + citation.value.replace(/\s+/g, ' ').toLowerCase()
  const {lost, gained} = gainedAndLost(tally(before, citationOf, identity), tally(after, citationOf, identity))
  const annotation = (change: 'added' | 'removed') => ({item, token}: {item: Citation; token: Token}): Annotation =>
    item.symbol ? {type: 'citation', change, text: token.text, symbol: item.symbol} : {type: 'citation', change, text: token.text}
  return [...lost.map(annotation('removed')), ...gained.map(annotation('added'))]
}

const statusOf = (token: Token): BracketedNote | undefined =>
  token.node?.type === 'bracketedNote' && (token.node.kind === 'status' || token.node.kind === 'alternative') ? token.node : undefined

function bracketedNoteAnnotations(before: Token[], after: Token[]): Annotation[] {
  const identity = (note: BracketedNote): string => note.kind + ':' + note.note.replace(/\s+/g, ' ').toLowerCase()
  const {lost, gained} = gainedAndLost(tally(before, statusOf, identity), tally(after, statusOf, identity))
  const annotation = (change: 'added' | 'removed') => ({item, token}: {item: BracketedNote; token: Token}): Annotation => ({
    type: 'note',
    change,
    kind: item.kind as 'status' | 'alternative',
    note: token.text.slice(1, -1)
  })
  return [...lost.map(annotation('removed')), ...gained.map(annotation('added'))]
}

const isPlaceholder = (token: Token): boolean => token.node?.type === 'bracketedNote' && token.node.kind === 'placeholder'

/** A placeholder deleted next to an insertion was filled with it; alone, it was removed. A new one was added. */
function placeholderAnnotations(words: WordDiff): Annotation[] {
  const annotations: Annotation[] = []
  const filling = new Set<number>()
  words.runs.forEach((run, index) => {
    if (run.op !== 'delete') return
    const placeholders = run.tokens.filter(isPlaceholder)
    if (placeholders.length === 0) return
    const neighbour = [index + 1, index - 1].find((at) => words.runs[at]?.op === 'insert')
    for (const placeholder of placeholders) {
      if (neighbour === undefined) annotations.push({type: 'placeholder', change: 'removed', old: placeholder.text, new: ''})
      else annotations.push({type: 'placeholder', change: 'filled', old: placeholder.text, new: joinTokens(words.runs[neighbour]!.tokens).trim()})
    }
    if (neighbour !== undefined) filling.add(neighbour)
  })
  words.runs.forEach((run, index) => {
    if (run.op !== 'insert' || filling.has(index)) return
    for (const token of run.tokens) if (isPlaceholder(token)) annotations.push({type: 'placeholder', change: 'added', old: token.text, new: ''})
  })
  return annotations
}

/** Texts this long found word for word in the new version were kept, even where the word diff moved them. */
const verbatim = 5

/**
 * Bracketed negotiating text whose brackets went: kept when most of its
 * words stayed (or, when it is long, it is found word for word in the new
 * text), dropped when they went. On the new side (no `after`), brackets
 * that came.
 */
function negotiationAnnotations(side: SideText, kept: Uint8Array, after?: Token[]): Annotation[] {
  const annotations: Annotation[] = []
  for (const bracket of side.brackets) {
    const open = kept[bracket.start] === 1
    const close = kept[bracket.end - 1] === 1
    if (!after) {
      if (!open && !close) annotations.push({type: 'brackets', change: 'added', text: bracket.text})
      continue
    }
    if (open && close) continue
    const inner = side.tokens.slice(bracket.start + 1, bracket.end - 1)
    let stayed = 0
    for (let index = bracket.start + 1; index < bracket.end - 1; index++) stayed += kept[index]!
    const found = inner.length >= verbatim && contains(after, inner)
    annotations.push({type: 'brackets', change: found || (inner.length > 0 && stayed * 2 >= inner.length) ? 'kept' : 'dropped', text: bracket.text})
  }
  return annotations
}

/** Whether `tokens` holds `part` as a contiguous run (by key). */
function contains(tokens: Token[], part: Token[]): boolean {
  const key = (list: Token[]): string => list.map((token) => token.key).join('\u0002')
  return ('\u0002' + key(tokens) + '\u0002').includes('\u0002' + key(part) + '\u0002')
}
