/**
 * Footnotes compared through the paragraphs that carry their markers. A
 * footnote is paired with one of equal text in the paragraph its own was
 * paired with, then with one of equal text anywhere (a marker lost in text
 * extraction), then with what is left in that paragraph, in order (a
 * changed text); footnotes no marker points at, by number. So a footnote
 * renumbered by an insertion before it (4 becoming 5) is not a change: only
 * its text counts. A footnote that now cites another report, or one added
 * or removed, is a change. Asterisk footnotes ("* Any changes to the list
 * of sponsors ...") belong to the masthead, which adoption changes, and are
 * not compared. A version with no footnotes at all, in another format than
 * the other (a Markdown conversion against the PDF text), is not compared:
 * conversions drop footnotes.
 */
import {toString} from 'mdast-util-to-string'
import type {Resolution} from '../tree.js'
import {placed} from '../grammar/index.js'
import {descendants} from '../grammar/paragraphs.js'
import type {Change, FootnoteChange} from './types.js'
import {collapse} from './passages.js'

interface Note {
  id: string
  text: string
  /** Comparison key: the text with quotes and spaces normalised. */
  key: string
  symbols: string[]
}

/** A version's footnotes and the paragraphs carrying them (`footnotesOf`). */
export interface Footnotes {
  notes: Map<string, Note>
  /** Footnote numbers by the label of the paragraph whose marker carries them, in order. */
  byLabel: Map<string, string[]>
  /** The label carrying each footnote number. */
  labelOf: Map<string, string>
}

/** The footnotes of a tree and, through `placed` (src/grammar/place.ts), the place of the first marker of each. */
export function footnotesOf(tree: Resolution): Footnotes {
  const notes = new Map<string, Note>()
  const byLabel = new Map<string, string[]>()
  const labelOf = new Map<string, string>()
  for (const {node, place} of placed(tree)) {
    if (node.type === 'footnoteDefinition') {
      // Asterisk footnotes belong to the masthead (the list of sponsors may change; reissued for technical reasons).
      if (/^\*+$/.test(node.identifier) || notes.has(node.identifier)) continue
      const text = collapse(toString(node))
      const symbols = descendants(node, 'citation').map((citation) => citation.symbol ?? collapse(citation.value))
      notes.set(node.identifier, {id: node.identifier, text, key: keyOf(text), symbols})
      continue
    }
    // A marker inside a footnote's own text is not the footnote's carrier.
    if (node.type !== 'footnoteReference' || labelOf.has(node.identifier) || place?.startsWith('footnote ')) continue
    const label = place ?? ''
    labelOf.set(node.identifier, label)
    const list = byLabel.get(label) ?? []
    list.push(node.identifier)
    byLabel.set(label, list)
  }
  return {notes, byLabel, labelOf}
}

function keyOf(text: string): string {
  return text.normalize('NFKC').replace(/[\u2018\u2019]/g, "'").replace(/[\u201c\u201d]/g, '"').replace(/[\u2010\u2011]/g, '-').replace(/\s+/g, ' ').trim()
}

/** Old label -> new label, from the change list and its sub-paragraphs. */
function labelPairs(changes: Change[]): Map<string, string> {
  const map = new Map<string, string>()
  const stack = [...changes]
  while (stack.length > 0) {
    const change = stack.pop()!
    if (change.old.length > 0 && change.new.length > 0) for (const old of change.old) if (!map.has(old)) map.set(old, change.new[0]!)
    stack.push(...change.subs)
  }
  map.set('title', 'title')
  return map
}

/** Footnote changes in the new version's order, removed ones after. */
export function footnoteChanges(before: Resolution, after: Resolution, changes: Change[], old = footnotesOf(before), next = footnotesOf(after)): FootnoteChange[] {
  if (old.notes.size === 0 && next.notes.size === 0) return []
  // Markdown conversions often drop the footnotes the PDF text keeps: with
  // none at all on one side in another format, there is nothing to compare.
  if ((old.notes.size === 0 || next.notes.size === 0) && before.format !== after.format) return []
  const toNew = labelPairs(changes)
  const oldByNewLabel = new Map<string, string[]>()
  for (const [label, ids] of old.byLabel) {
    const target = toNew.get(label)
    if (target === undefined) continue
    const list = oldByNewLabel.get(target) ?? []
    list.push(...ids)
    oldByNewLabel.set(target, list)
  }
  const used = new Set<string>()
  const result: FootnoteChange[] = []
  const ids = [...next.notes.keys()]
  const paired = new Map<string, string>()
  const pair = (newId: string, oldId: string): void => {
    paired.set(newId, oldId)
    used.add(oldId)
  }
  // 1. Equal text in the paired paragraph.
  for (const newId of ids) {
    const label = next.labelOf.get(newId)
    if (label === undefined) continue
    const key = next.notes.get(newId)!.key
    const equal = (oldByNewLabel.get(label) ?? []).find((id) => !used.has(id) && old.notes.get(id)?.key === key)
    if (equal !== undefined) pair(newId, equal)
  }
  // 2. Equal text anywhere: a marker lost on one side does not make a footnote new.
  const unusedByKey = new Map<string, string[]>()
  for (const [id, note] of old.notes) if (!used.has(id)) unusedByKey.set(note.key, [...(unusedByKey.get(note.key) ?? []), id])
  for (const newId of ids) {
    if (paired.has(newId)) continue
    const oldId = unusedByKey.get(next.notes.get(newId)!.key)?.shift()
    if (oldId !== undefined && !used.has(oldId)) pair(newId, oldId)
  }
  // 3. What is left in a paragraph, in order: the k-th footnote left with the k-th (a changed text).
  for (const [label, mine] of next.byLabel) {
    const theirs = (oldByNewLabel.get(label) ?? []).filter((id) => !used.has(id))
    const left = mine.filter((id) => !paired.has(id) && next.notes.has(id))
    left.forEach((newId, index) => {
      const oldId = theirs[index]
      if (oldId !== undefined) pair(newId, oldId)
    })
  }
  // 4. No marker on either side: the same number.
  for (const newId of ids) {
    if (paired.has(newId) || next.labelOf.has(newId)) continue
    if (old.notes.has(newId) && !old.labelOf.has(newId) && !used.has(newId)) pair(newId, newId)
  }
  for (const newId of ids) {
    const note = next.notes.get(newId)!
    const oldId = paired.get(newId)
    const label = next.labelOf.get(newId) ?? ''
    if (oldId === undefined) {
      result.push({kind: 'added', label, newId, new: note.text})
      continue
    }
    const was = old.notes.get(oldId)
    if (!was) {
      result.push({kind: 'added', label, newId, new: note.text})
      continue
    }
    if (was.key === note.key) continue
    const change: FootnoteChange = {kind: 'changed', label, oldId, newId, old: was.text, new: note.text}
    const removed = was.symbols.filter((symbol) => !note.symbols.includes(symbol))
    const added = note.symbols.filter((symbol) => !was.symbols.includes(symbol))
    if (removed.length > 0) change.citationsRemoved = removed
    if (added.length > 0) change.citationsAdded = added
    result.push(change)
  }
  for (const [oldId, note] of old.notes) {
    if (used.has(oldId)) continue
    const oldLabel = old.labelOf.get(oldId)
    result.push({kind: 'removed', label: oldLabel === undefined ? '' : toNew.get(oldLabel) ?? oldLabel, oldId, old: note.text})
  }
  return result
}
