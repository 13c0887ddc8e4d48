/**
 * The negotiation state of a draft: every bracketed note with the paragraph
 * it stands in, and a summary: which paragraphs are agreed ad referendum,
 * the placeholders still to fill, the bracketed text still open, the
 * alternatives on the table, and brackets without their partner.
 */
import type {BracketKind, BracketedNote, Content, Diagnostic, ParseResult} from '../tree.js'
import {placed} from '../grammar/index.js'
import {notesOf} from '../grammar/paragraphs.js'

/** One bracketed note. */
export interface NoteEntry {
  /**
   * The paragraph it stands in ("PP2", "OP2(a)"), or the place
   * (src/grammar/place.ts): "title", "subtitle", "heading I.A" (a part's
   * heading), "footnote 1", "closing", an annex's label, or "text".
   */
  label: string
  kind: BracketKind
  /** The text inside the brackets, whitespace collapsed. */
  text: string
  line: number
  column: number
  /** Inside another bracketed note. */
  nested: boolean
}

/** A bracket without its partner, as the parser found it. */
export interface Unbalanced {
  line: number
  column: number
  reason: string
}

/** The notes of one text and what they add up to. */
export interface NotesReport {
  /** Every bracketed note, in document order. */
  notes: NoteEntry[]
  /** How many paragraphs (preambular and operative, alternatives included) the text has. */
  paragraphs: number
  /** Labels of the paragraphs agreed ad referendum, in order. */
  agreed: string[]
  /** Placeholders still to fill. */
  placeholders: NoteEntry[]
  /** Bracketed negotiating text still open. */
  open: NoteEntry[]
  /** Alternative and inserted paragraphs: "OP3 alt", "PP2 bis". */
  alternatives: string[]
  /** Brackets without their partner. */
  unbalanced: Unbalanced[]
}

/** "[agreed ad referendum]", "[ad ref]", "[agreed ad ref.]", "[agreed]". */
const agreement = /^(?:agreed(?: ad ref(?:erendum|\.)?)?|ad ref(?:erendum|\.)?)$/i

/** Whether a status note says the paragraph is agreed. */
export function isAgreement(note: string): boolean {
  return agreement.test(note.trim())
}

/** The last note of a paragraph, when nothing but spaces follows it. */
function trailingNote(node: Content): BracketedNote | undefined {
  let current: Content = node
  for (;;) {
    if (!('children' in current)) return undefined
    const children = current.children as Content[]
    let index = children.length - 1
    while (index >= 0 && children[index]!.type === 'text' && (children[index] as {value: string}).value.trim() === '') index--
    const last = children[index]
    if (!last) return undefined
    if (last.type === 'bracketedNote') return last
    if (last.type !== 'subParagraph' && last.type !== 'emphasis') return undefined
    current = last
  }
}

/**
 * Notes and their summary. A paragraph is agreed when an agreement note
 * stands in its own text, or ends it (after its last sub-paragraph).
 */
export function notesReport({tree, diagnostics}: ParseResult): NotesReport {
  const notes: NoteEntry[] = []
  const agreed: string[] = []
  const alternatives: string[] = []
  let count = 0
  for (const {node, place, notes: depth} of placed(tree)) {
    if (node.type === 'preambularParagraph' || node.type === 'operativeParagraph') {
      count++
      if (node.alternative) alternatives.push(node.label)
      const own = notesOf(node).some((note) => note.kind === 'status' && isAgreement(note.note))
      const last = trailingNote(node)
      if (own || (last?.kind === 'status' && isAgreement(last.note))) agreed.push(node.label)
    } else if (node.type === 'bracketedNote') {
      const start = node.position?.start
      notes.push({label: place ?? 'text', kind: node.kind, text: node.note, line: start?.line ?? 0, column: start?.column ?? 0, nested: depth > 0})
    }
  }
  return {
    notes,
    paragraphs: count,
    agreed,
    placeholders: notes.filter((note) => note.kind === 'placeholder'),
    open: notes.filter((note) => note.kind === 'text'),
    alternatives,
    unbalanced: unbalanced(diagnostics)
  }
}

function unbalanced(diagnostics: Diagnostic[]): Unbalanced[] {
  return diagnostics
    .filter((diagnostic) => diagnostic.ruleId === 'unbalanced-bracket')
    .map((diagnostic) => ({line: diagnostic.place.start.line, column: diagnostic.place.start.column, reason: diagnostic.reason}))
}
