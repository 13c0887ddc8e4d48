/**
 * The first pass of the tree builder: group the body's blocks into
 * constructs. Each block is offered to the recognizers below, in order; the
 * first that takes it decides what it is: the start of an annex, a closing
 * line, an alternative paragraph, the continuation of a paragraph cut by a
 * page break, a numbered operative paragraph, a sub-paragraph, a lettered
 * part or its heading, a paragraph opened by an action phrase, or a block
 * reso cannot classify. A new construct is one recognizer and one row.
 */
import {blockText, type RawBlock} from '../read/blocks.js'
import {matchPhrase, type PhraseMatch} from '../recognize/phrase.js'
import {
  alternativeAt,
  bulletAt,
  isPartLabel,
  Ladder,
  leadingSpace,
  markerAt,
  numberAt,
  partAt
} from '../grammar/index.js'
import type {BuildState, Construct} from './state.js'

/** One block as the recognizers see it, with what was read of it so far. */
interface Candidate {
  block: RawBlock
  text: string
  trimmed: string
  /** The action phrase at the block's start (read once, when first asked for). */
  opening(): PhraseMatch | undefined
}

/** What the recognizers share while grouping. */
interface Grouping {
  state: BuildState
  constructs: Construct[]
  /** The paragraph that sub-paragraphs and continuations join. */
  paragraph: Construct | undefined
  /** Ladders of the paragraphs, for their sub-paragraphs' depths. */
  ladders: Map<Construct, Ladder>
  /** Bulleted items of the paragraphs so far. */
  bullets: Map<Construct, number>
  /** Inside an annex: everything after its heading is the annex's. */
  annex: Construct | undefined
  /** Whether the text has an enacting formula (a decision has none). */
  formula: boolean
  /** The last operative paragraph in the numbering (not an alternative) since the last part began. */
  operative: Construct | undefined
}

/** A recognizer: takes the block (returning true) or lets the next one try. */
type Recognizer = (candidate: Candidate, grouping: Grouping) => boolean

const annexHeading = /^Annex(?:es)?(?: [IVX]{1,6}| [A-Z]| \d{1,2})?$/
const closingLine = /^\d{1,4}(?:st|nd|rd|th)(?: \(resumed\))? plenary meeting|^Adopted (?:unanimously |without (?:a )?vote |by consensus )?(?:at|by|on)\b/
const closingDate = /^\d{1,2} [A-Z][a-z]+ \d{4}$/

/** Everything after an annex heading belongs to the annex. */
const inAnnex: Recognizer = ({block}, grouping) => {
  if (!grouping.annex) return false
  grouping.annex.blocks.push(block)
  return true
}

/** "Annex", "Annex I": an annexed text starts. */
const annex: Recognizer = ({block, trimmed}, grouping) => {
  if (trimmed.length > 20 || !annexHeading.test(trimmed.slice(0, 20))) return false
  const construct: Construct = {kind: 'annex', blocks: [block], contentStart: 0, label: trimmed}
  grouping.constructs.push(construct)
  grouping.annex = construct
  grouping.paragraph = undefined
  return true
}

/** "82nd plenary meeting", "Adopted by the Security Council at ...", and the date after it. */
const closing: Recognizer = ({block, trimmed}, grouping) => {
  if (closingLine.test(trimmed.slice(0, 80))) {
    grouping.constructs.push({kind: 'closing', blocks: [block], contentStart: 0})
    grouping.paragraph = undefined
    return true
  }
  const previous = grouping.constructs[grouping.constructs.length - 1]
  if (previous?.kind === 'closing' && closingDate.test(trimmed.slice(0, 40))) {
    previous.blocks.push(block)
    return true
  }
  return false
}

/** "[OP3 alt]", "PP5 bis": a paragraph outside the numbering. */
const alternative: Recognizer = ({block, text}, grouping) => {
  const found = alternativeAt(text)
  if (!found) return false
  const kind = found.kind === 'pp' ? 'preambular' : 'operative'
  const construct: Construct = {kind, blocks: [block], contentStart: leadingSpace(text, 0), label: found.label, alternative: true, subs: []}
  construct.phrase = matchPhrase(text, phraseStart(text, construct.contentStart), kind)
  if (kind === 'operative') construct.number = null
  grouping.constructs.push(construct)
  grouping.paragraph = construct
  return true
}

/** Whether a text ends without closing punctuation: the sentence goes on. */
function endsOpen(text: string): boolean {
  const trimmed = text.trimEnd()
  const last = trimmed.charAt(trimmed.length - 1)
  return !(last === '.' || last === ';' || last === ',' || last === ':' || last === ']' || last === ')' || last === '')
}

function isLowerStart(text: string): boolean {
  const code = text.charCodeAt(leadingSpace(text, 0))
  return code >= 97 && code <= 122
}

/**
 * A paragraph cut by a page break: the reader knows it goes on (`continues`),
 * or its second half starts in lower case, or follows an open sentence.
 */
const continuation: Recognizer = (candidate, grouping) => {
  const {block, text, trimmed} = candidate
  const paragraph = grouping.paragraph
  if (!paragraph || (!block.continues && (numberOf(candidate) || markerAt(text)))) return false
  const target = paragraph.subs?.length ? paragraph.subs[paragraph.subs.length - 1]! : paragraph
  const previousText = blockText(target.blocks[target.blocks.length - 1]!)
  if (!(block.continues || isLowerStart(text) || (endsOpen(previousText) && !matchPhrase(text, leadingSpace(text, 0), 'any')?.known && !isPartLabel(trimmed)))) return false
  target.blocks.push(block)
  const start = block.pieces[0]?.start ?? 0
  grouping.state.report(describe(paragraph, target) + ' continues here after a page break: joined to it', grouping.state.position(start, start), 'page-break-continuation', 'info')
  return true
}

function describe(paragraph: Construct, target: Construct): string {
  const base = paragraph.kind === 'operative' ? 'Operative paragraph ' + (paragraph.number ?? '') : 'Preambular paragraph'
  return target === paragraph ? base.trim() : base.trim() + ' ' + (target.marker ?? '')
}

/** The paragraph number a block starts with: a Markdown list item's, or "12. " in its text. */
function numberOf({block, text}: Candidate): {number: number; start: number} | undefined {
  return block.number !== undefined ? {number: block.number, start: leadingSpace(text, 0)} : numberAt(text)
}

/** "12. Decides ...": a numbered operative paragraph. */
const numbered: Recognizer = (candidate, grouping) => {
  const found = candidate.block.continues ? undefined : numberOf(candidate) ?? unstopped(candidate, grouping)
  if (!found) return false
  const construct: Construct = {kind: 'operative', blocks: [candidate.block], contentStart: found.start, number: found.number, subs: []}
  construct.phrase = matchPhrase(candidate.text, phraseStart(candidate.text, found.start), 'operative')
  grouping.constructs.push(construct)
  grouping.paragraph = construct
  grouping.operative = construct
  return true
}

/**
 * "25 Condemns ..." where the source dropped the full stop after the
 * number: read as paragraph 25 only when 25 is the next operative number
 * and a verb the lexicon knows follows.
 */
function unstopped({text}: Candidate, grouping: Grouping): {number: number; start: number} | undefined {
  const digits = /^(\d{1,4}) (?=[A-Z])/.exec(text.slice(0, 6))
  if (!digits) return undefined
  const last = grouping.operative?.number
  const number = Number(digits[1])
  if (typeof last !== 'number' || number !== last + 1) return undefined
  const phrase = matchPhrase(text, digits[0].length, 'operative')
  return phrase?.known && phrase.form === 'operative' ? {number, start: digits[0].length} : undefined
}

function ladderOf(grouping: Grouping, paragraph: Construct): Ladder {
  let ladder = grouping.ladders.get(paragraph)
  if (!ladder) grouping.ladders.set(paragraph, (ladder = new Ladder()))
  return ladder
}

/** "— text", "• text" under a paragraph: a bulleted item. */
const bullet: Recognizer = ({block, text}, grouping) => {
  const paragraph = grouping.paragraph
  const found = paragraph && !markerAt(text) ? bulletAt(text) : undefined
  if (!paragraph || !found) return false
  const count = (grouping.bullets.get(paragraph) ?? 0) + 1
  grouping.bullets.set(paragraph, count)
  const sub: Construct = {kind: 'sub', blocks: [block], contentStart: found.start, marker: found.marker, depth: ladderOf(grouping, paragraph).bullet(), bullet: count}
  sub.phrase = subPhrase(text, found.start)
  paragraph.subs!.push(sub)
  return true
}

/** "(a) text", "(ii) text", "a. text" under a paragraph: a sub-paragraph. */
const subParagraph: Recognizer = ({block, text}, grouping) => {
  const paragraph = grouping.paragraph
  const found = paragraph && !block.continues ? markerAt(text) : undefined
  if (!paragraph || !found) return false
  const sub: Construct = {kind: 'sub', blocks: [block], contentStart: found.start, marker: found.marker, depth: ladderOf(grouping, paragraph).depth(found)}
  sub.phrase = subPhrase(text, found.start)
  paragraph.subs!.push(sub)
  return true
}

/** A sub-paragraph's own phrase: only one the lexicon knows. */
function subPhrase(text: string, start: number): PhraseMatch | undefined {
  const phrase = matchPhrase(text, phraseStart(text, start), 'any')
  return phrase?.known ? phrase : undefined
}

/** "I", "A.", "II. Title": a lettered part. */
const part: Recognizer = ({block, text, trimmed}, grouping) => {
  const found = partAt(trimmed)
  if (!found || /[,;]$/.test(trimmed) || (found.title !== undefined && matchPhrase(found.title, 0, 'any')?.known)) return false
  const construct: Construct = {kind: 'part', blocks: [block], contentStart: found.title === undefined ? -1 : text.indexOf(found.title), label: found.label}
  grouping.constructs.push(construct)
  grouping.paragraph = undefined
  grouping.operative = undefined
  return true
}

/** The line after a part's letter that is not a sentence: the part's heading. */
const partHeading: Recognizer = ({block, trimmed}, grouping) => {
  const previous = grouping.constructs[grouping.constructs.length - 1]
  if (previous?.kind !== 'part' || previous.contentStart !== -1 || trimmed.length >= 300 || /[.;,:]$/.test(trimmed)) return false
  grouping.constructs.push({kind: 'partHeading', blocks: [block], contentStart: 0})
  return true
}

/** A paragraph opened by an action phrase: preambular or operative by the phrase's form; a decision's "... decided:". */
const opened: Recognizer = (candidate, grouping) => {
  const {block, text} = candidate
  const phrase = candidate.opening()
  const decided = !grouping.formula && /\bdecided\b/.test(text.slice(0, 600))
  if (!phrase && !decided) return false
  // A short line with no closing punctuation whose first word only the grammar took for a verb
  // ("Investments of the United Nations Joint Staff Pension Fund") is a heading, not a paragraph.
  if (phrase && !phrase.known && !decided && candidate.trimmed.length < 120 && !/[.,;:]$/.test(candidate.trimmed)) return false
  const kind = phrase?.form === 'preambular' ? 'preambular' : 'operative'
  const construct: Construct = {kind, blocks: [block], contentStart: leadingSpace(text, 0), subs: [], phrase}
  if (kind === 'operative') {
    construct.number = null
    grouping.operative = construct
  }
  if (decided && !phrase) {
    const {tree} = grouping.state
    tree.decision = true
    if (tree.kind === 'unknown') tree.kind = 'adopted'
  }
  grouping.constructs.push(construct)
  grouping.paragraph = construct
  return true
}

/** Anything else: a block whose text is kept. */
const other: Recognizer = ({block}, grouping) => {
  grouping.constructs.push({kind: 'block', blocks: [block], contentStart: 0})
  grouping.paragraph = undefined
  return true
}

/** The recognizers, in the order they are tried. */
const recognizers: readonly Recognizer[] = [inAnnex, annex, closing, alternative, continuation, numbered, bullet, subParagraph, part, partHeading, opened, other]

/** Where an action phrase may start: after spaces, an alternative's marker, and opening brackets. */
export function phraseStart(text: string, from: number): number {
  let index = leadingSpace(text, from)
  const found = alternativeAt(text.slice(index, index + 40))
  if (found) index += found.length
  while (index < text.length && (text.charCodeAt(index) === 91 || text.charCodeAt(index) === 32)) index++
  return index
}

/** Group the body's blocks into constructs. */
export function classify(blocks: readonly RawBlock[], state: BuildState, formula: boolean): Construct[] {
  const grouping: Grouping = {state, constructs: [], paragraph: undefined, ladders: new Map(), bullets: new Map(), annex: undefined, formula, operative: undefined}
  for (const block of blocks) {
    if (block.kind === 'artefact') continue
    const text = blockText(block)
    const trimmed = text.trim()
    if (trimmed === '') continue
    let opening: PhraseMatch | undefined | null = null
    const candidate: Candidate = {
      block,
      text,
      trimmed,
      opening: () => (opening === null ? (opening = matchPhrase(text, phraseStart(text, 0), 'any')) : opening)
    }
    for (const recognize of recognizers) if (recognize(candidate, grouping)) break
  }
  return grouping.constructs
}
