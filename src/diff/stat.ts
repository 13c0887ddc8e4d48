/**
 * The figures of a change list: paragraphs by kind (overall and per part),
 * words inserted and deleted, phrases weakened and strengthened.
 */
import type {Change, ChangeKind, DiffStat, PartStat} from './types.js'

const letterOrDigit = /^[\p{L}\p{N}]/u
const space = /^\s/

/** Words in a text: whitespace-separated pieces with a letter or digit in them (one pass, no piece copied). */
export function countWords(text: string): number {
  let count = 0
  let counted = false
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code < 0x80) {
      if (code === 32 || (code >= 9 && code <= 13)) counted = false
      else if (!counted && ((code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122))) {
        count++
        counted = true
      }
    } else if (space.test(text.slice(index, index + 1))) counted = false
    else if (!counted && letterOrDigit.test(text.slice(index, index + 2))) {
      count++
      counted = true
    }
  }
  return count
}

/**
 * The part a change counts under: a lettered part as a whole ("II.A
 * operative" and "II.A heading" count under "II.A"), else the preamble, the
 * operative part or the annex.
 */
function partOf(part: string): string {
  return part.replace(/ (?:preamble|operative|heading)$/, '')
}

function emptyPart(part: string): PartStat {
  return {part, added: 0, removed: 0, changed: 0, moved: 0, renumbered: 0, split: 0, merged: 0, unchanged: 0}
}

/**
 * Count a change list. Every paragraph counts once under its kind, sub-
 * paragraphs too, except those of an added or removed paragraph (they came
 * or went with it); their words are counted all the same.
 */
export function statOf(changes: Change[]): DiffStat {
  const total = emptyPart('')
  const parts = new Map<string, PartStat>()
  let wordsInserted = 0
  let wordsDeleted = 0
  let weakened = 0
  let strengthened = 0
  const visit = (change: Change, part: PartStat, counted: boolean): void => {
    const kind: ChangeKind = change.kind
    if (counted) {
      part[kind]++
      total[kind]++
    }
    for (const run of change.words) {
      if (run.op === 'insert') wordsInserted += countWords(run.text)
      if (run.op === 'delete') wordsDeleted += countWords(run.text)
    }
    for (const note of change.notes) {
      if (note.type !== 'phrase') continue
      if (note.direction === 'weaker') weakened++
      if (note.direction === 'stronger') strengthened++
    }
    const inner = counted && kind !== 'added' && kind !== 'removed'
    for (const sub of change.subs) visit(sub, part, inner)
  }
  for (const change of changes) {
    const name = partOf(change.part)
    let part = parts.get(name)
    if (!part) parts.set(name, (part = emptyPart(name)))
    visit(change, part, true)
  }
  const {part: _, ...counts} = total
  return {...counts, wordsInserted, wordsDeleted, weakened, strengthened, parts: [...parts.values()]}
}
