/**
 * Footnotes compared through the paragraphs that carry their markers: the
 * n-th marker of a paragraph is paired with the n-th marker of the
 * paragraph it was paired with, so that a footnote renumbered by an
 * insertion before it (4 becoming 5) is not a change, and only its text
 * counts. A footnote that now cites another report, or one added or
 * removed, is a change. Footnotes no marker points at (a marker lost in
 * text extraction) are paired by number among themselves, and what is left
 * by equal text. Asterisk footnotes ("* Any changes to the list of sponsors
 * ...") belong to the masthead, which adoption changes, and are not compared.
 * A version with no footnotes at all, in another format than
 * the other (a Markdown conversion against the PDF text), is not compared:
 * conversions drop footnotes.
 */
import {toString} from 'mdast-util-to-string'
import type {FootnoteDefinition, Resolution} from '../tree.js'
import type {Change, FootnoteChange} from './types.js'
import {collapse} from './passages.js'

interface Note {
  id: string
  text: string
  /** Comparison key: the text with quotes and spaces normalised. */
  key: string
  symbols: string[]
}

interface Footnotes {
  notes: Map<string, Note>
  /** Footnote numbers by the label of the paragraph whose marker carries them, in order. */
  byLabel: Map<string, string[]>
  /** The label carrying each footnote number. */
  labelOf: Map<string, string>
}

type Walked = {type: string; children?: Walked[]; label?: string; identifier?: string; symbol?: string; value?: string}

function collect(tree: Resolution): Footnotes {
  const notes = new Map<string, Note>()
  const byLabel = new Map<string, string[]>()
  const labelOf = new Map<string, string>()
  const stack: Array<{node: Walked; label: string}> = [{node: tree as unknown as Walked, label: ''}]
  while (stack.length > 0) {
    const {node, label} = stack.pop()!
    if (node.type === 'footnoteDefinition') {
      const definition = node as unknown as FootnoteDefinition
      // Asterisk footnotes belong to the masthead (the list of sponsors may change; reissued for technical reasons).
      if (/^\*+$/.test(definition.identifier)) continue
      const text = collapse(toString(definition))
      const symbols: string[] = []
      const inner: Walked[] = [...(node.children ?? [])]
      while (inner.length > 0) {
        const child = inner.pop()!
        if (child.type === 'citation') symbols.unshift(child.symbol ?? collapse(child.value ?? ''))
        if (child.children) inner.push(...child.children)
      }
      if (!notes.has(definition.identifier)) notes.set(definition.identifier, {id: definition.identifier, text, key: keyOf(text), symbols})
      continue
    }
    if (node.type === 'footnoteReference' && node.identifier !== undefined) {
      if (labelOf.has(node.identifier)) continue
      labelOf.set(node.identifier, label)
      const list = byLabel.get(label) ?? []
      list.push(node.identifier)
      byLabel.set(label, list)
      continue
    }
    const own = node.type === 'heading' ? 'title' : typeof node.label === 'string' && /Paragraph$/.test(node.type) ? node.label : label
    const children = node.children ?? []
    for (let index = children.length - 1; index >= 0; index--) stack.push({node: children[index]!, label: own})
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
export function footnoteChanges(before: Resolution, after: Resolution, changes: Change[]): FootnoteChange[] {
  const old = collect(before)
  const next = collect(after)
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
  const pairOf = (newId: string): string | undefined => {
    const label = next.labelOf.get(newId)
    if (label !== undefined) {
      const mine = next.byLabel.get(label)!
      const theirs = oldByNewLabel.get(label) ?? []
      const note = next.notes.get(newId)
      // Equal text anywhere in the paired paragraph first, then the same place.
      const equal = theirs.find((id) => !used.has(id) && old.notes.get(id)?.key === note?.key)
      if (equal !== undefined) return equal
      const same = theirs[mine.indexOf(newId)]
      if (same !== undefined && !used.has(same)) return same
      return undefined
    }
    // No marker: the same number among the markerless.
    return old.notes.has(newId) && !old.labelOf.has(newId) && !used.has(newId) ? newId : undefined
  }
  const ids = [...next.notes.keys()]
  const paired = new Map<string, string>()
  for (const newId of ids) {
    const oldId = pairOf(newId)
    if (oldId !== undefined) {
      paired.set(newId, oldId)
      used.add(oldId)
    }
  }
  // Then equal text anywhere: a marker lost on one side does not make a footnote new.
  const unusedByKey = new Map<string, string[]>()
  for (const [id, note] of old.notes) if (!used.has(id)) unusedByKey.set(note.key, [...(unusedByKey.get(note.key) ?? []), id])
  for (const newId of ids) {
    if (paired.has(newId)) continue
    const oldId = unusedByKey.get(next.notes.get(newId)!.key)?.shift()
    if (oldId === undefined) continue
    paired.set(newId, oldId)
    used.add(oldId)
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
