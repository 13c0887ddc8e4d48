/**
 * What `--exit-code` means: the text changed. Paragraphs and sub-paragraphs
 * (anything but a renumbering), footnotes, annexes, the title and the subtitle count.
 * Header facts that change by the nature of adoption do not: the symbol
 * (A/C.3/80/L.15 -> A/RES/80/190), the date, the distribution (Limited ->
 * General), the number ("[xx/xxx]" -> "80/190"), the sponsors, the session
 * and agenda item lines, and the closing (meeting and date). They are still
 * shown.
 */
import type {Change, DiffResult, HeaderChange} from './types.js'

/** Header fields whose change is a change of the text. */
export const substantialFields: ReadonlySet<HeaderChange['field']> = new Set(['title', 'subtitle'])

/** Whether a change (or one inside it) is more than a renumbering. */
export function substantive(change: Change): boolean {
  return (change.kind !== 'unchanged' && change.kind !== 'renumbered') || change.subs.some(substantive)
}

/** Whether the text changed between the two versions (the `--exit-code` rule). */
export function ofSubstance(result: Omit<DiffResult, 'differs' | 'stat'>): boolean {
  return result.header.some((change) => substantialFields.has(change.field))
    || result.changes.some(substantive)
    || (result.footnotes?.length ?? 0) > 0
    || (result.annexes?.length ?? 0) > 0
}
