/**
 * The change list `diff` returns: what every view of `reso diff` (inline,
 * side by side, stat, Markdown) is drawn from, and what `--json` prints.
 * Plain data, so it survives a JSON round trip unchanged.
 */
import type {BracketKind} from '../tree.js'

/**
 * What happened to a paragraph between the two versions.
 *
 * - `unchanged`: same text, same label.
 * - `renumbered`: same text, new label (OP5 became OP6 because of an insertion before it).
 * - `changed`: paired by content, words differ (the label may differ too).
 * - `moved`: paired by content but out of order, or into another part (PP3 became OP4).
 * - `added`, `removed`: only in the new, only in the old version.
 * - `split`: one old paragraph became several consecutive new ones.
 * - `merged`: several consecutive old paragraphs became one.
 */
export type ChangeKind = 'unchanged' | 'renumbered' | 'changed' | 'moved' | 'added' | 'removed' | 'split' | 'merged'

/** A run of words inside a paragraph, kept, deleted or inserted, with its leading space as written. */
export interface WordChange {
  op: 'equal' | 'delete' | 'insert'
  text: string
}

/** Where an action phrase went on the strength scale of `reso verbs`. */
export type Direction = 'stronger' | 'weaker' | 'same' | 'unknown'

/** The phrase that opens the paragraph changed: "Urges -> Encourages: weaker". */
export interface PhraseAnnotation {
  type: 'phrase'
  old: string
  new: string
  direction: Direction
}

/** A citation gained or lost. */
export interface CitationAnnotation {
  type: 'citation'
  change: 'added' | 'removed'
  /** As written: "resolution 75/282 of 26 May 2021". */
  text: string
  /** Canonical symbol, where the citation has one: "A/RES/75/282". */
  symbol?: string
}

/** A bracketed note (status or alternative) gained or lost: "[agreed ad referendum]". */
export interface BracketedNoteAnnotation {
  type: 'note'
  change: 'added' | 'removed'
  kind: Exclude<BracketKind, 'text'>
  /** Inside the brackets: "agreed ad referendum". */
  note: string
}

/** A placeholder filled ("[xx/xxx]" -> "79/243"), or one removed or added. */
export interface PlaceholderAnnotation {
  type: 'placeholder'
  change: 'filled' | 'removed' | 'added'
  /** The placeholder with its brackets ("[date]"); for `added`, the new one. */
  old: string
  /** What took its place; empty unless filled. */
  new: string
}

/** Square-bracketed negotiating text: resolved (brackets dropped, the text kept or dropped) or added. */
export interface NegotiationAnnotation {
  type: 'brackets'
  change: 'kept' | 'dropped' | 'added'
  /** The bracketed text, without its brackets. */
  text: string
}

/**
 * An internal reference ("paragraphs 5 and 6 above") against the
 * renumbering: rewritten to point at the same paragraphs as before
 * (`updated`), or left pointing at other paragraphs (`stale`).
 */
export interface ReferenceAnnotation {
  type: 'reference'
  change: 'updated' | 'stale'
  /** As written in the new version. */
  text: string
  /** As written in the old version, when updated. */
  old?: string
  /** The labels it points at now. */
  targets: string[]
  /** The new labels of the paragraphs it pointed at; empty when they were removed. */
  meant: string[]
}

/**
 * What a change means, said of it: an annotation (`type` tells which).
 * In the change list they are a change's `notes`.
 */
export type Annotation = PhraseAnnotation | CitationAnnotation | BracketedNoteAnnotation | PlaceholderAnnotation | NegotiationAnnotation | ReferenceAnnotation

/** One paragraph (or group, for splits and merges) and what happened to it. */
export interface Change {
  kind: ChangeKind
  /** Labels in the old version ("OP5"); several when merged, none when added. */
  old: string[]
  /** Labels in the new version ("OP6"); several when split, none when removed. */
  new: string[]
  /** Where it sits, new side first: "preamble", "operative", "II.A operative", "Annex". */
  part: string
  /** The part it came from, when it moved between parts. */
  oldPart?: string
  /** The paragraph's own text as runs (sub-paragraphs are in `subs`). */
  words: WordChange[]
  /** What the change means: its annotations (named `notes` in the JSON, which stays as it was). */
  notes: Annotation[]
  /** Its sub-paragraphs, paired inside it the same way. */
  subs: Change[]
}

/**
 * A header fact that differs, or that one version gives and the other does
 * not (only `new`: added; only `old`: removed).
 */
export interface HeaderChange {
  field: 'symbol' | 'date' | 'number' | 'title' | 'subtitle' | 'sponsors' | 'distribution' | 'language' | 'session' | 'agendaItem' | 'adoptedFrom'
  /** As the old version gives it; absent when it does not. */
  old?: string
  /** As the new version gives it; absent when it does not. */
  new?: string
  /** The old value was a placeholder ("[xx/xxx]") and is now filled. */
  filled?: boolean
  /** Sponsors joined and left. */
  added?: string[]
  removed?: string[]
}

/** Counts of one part (or of the whole). */
export interface PartStat {
  /** "preamble", "operative", a lettered part as a whole ("II.A"), an annex. */
  part: string
  added: number
  removed: number
  changed: number
  moved: number
  renumbered: number
  split: number
  merged: number
  unchanged: number
}

/** The figures of `--stat`. */
export interface DiffStat extends Omit<PartStat, 'part'> {
  wordsInserted: number
  wordsDeleted: number
  weakened: number
  strengthened: number
  parts: PartStat[]
}

/** What `diff` returns. */
export interface DiffResult {
  /** Header facts that differ, once, at the top. */
  header: HeaderChange[]
  /** Every paragraph, in the new version's order, removed ones where they stood. */
  changes: Change[]
  stat: DiffStat
  /**
   * Whether the text changed: a paragraph or sub-paragraph (anything but
   * renumbering), a footnote, an annex, the title. Header facts that change
   * by the nature of adoption (symbol, date, distribution, number, sponsors,
   * session, agenda item, closing) are shown but do not count (substance.ts).
   */
  differs: boolean
  /** Footnotes changed, added or removed; absent when none. */
  footnotes?: FootnoteChange[]
  /** The closing lines, when they differ (or one version only has them). */
  closing?: ClosingChange
  /** Annexes added, removed or changed; absent when none. */
  annexes?: AnnexChange[]
}

/**
 * A footnote that changed, came or went, told at the paragraph whose marker
 * carries it ("PP3 footnote 4: A/79/123 -> A/80/456"). Footnotes are paired
 * through their paragraphs (the n-th marker of a paragraph with the n-th
 * marker of its pair), so a footnote renumbered by an insertion is not a
 * change; only its text counts.
 */
export interface FootnoteChange {
  kind: 'changed' | 'added' | 'removed'
  /** The paragraph carrying the marker, new label first ("PP3"); empty when no paragraph carries it. */
  label: string
  /** The footnote's number in the old and the new version. */
  oldId?: string
  newId?: string
  /** Its text, whitespace collapsed. */
  old?: string
  new?: string
  /** Document symbols cited in the old text and not the new, and the reverse. */
  citationsRemoved?: string[]
  citationsAdded?: string[]
}

/** The closing lines ("52nd plenary meeting, 1 December 2025") when the versions differ in them; one side only when the other has none. */
export interface ClosingChange {
  /** As the old version closes; absent when it has no closing. */
  old?: string
  /** As the new version closes; absent when it has no closing. */
  new?: string
}

/** The size of an annex: its articles and its paragraphs (blocks). */
export interface AnnexSize {
  articles: number
  paragraphs: number
}

/**
 * An annex as one unit: added or removed whole (its title and size), or
 * changed (which articles), with its paragraphs paired inside it as the
 * resolution's are (`changes`, drawn by `--annex`).
 */
export interface AnnexChange {
  kind: 'added' | 'removed' | 'changed'
  /** The annex heading: "Annex", "Annex I". */
  label: string
  /** Its first line when that reads as a title ("Declaration on ..."). */
  title: string
  old?: AnnexSize
  new?: AnnexSize
  /** Articles with a change, as labelled ("article 3"); none for an annex without articles or a change before the first. */
  articles: string[]
  /** Paragraphs that changed, came, went or moved. */
  changed: number
  /** Its blocks paired; empty for an annex added or removed whole. */
  changes: Change[]
}
