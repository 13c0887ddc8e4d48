/**
 * The reso tree: a unist dialect for United Nations resolutions.
 *
 * Specified in `docs/tree.md`; this file and that one change together.
 * Every node has a `type`; nodes made from the source carry a `position`.
 * The tree holds only plain data, so it survives a JSON round trip unchanged.
 */
import type {Literal, Node, Parent, Position} from 'unist'

export type {Position}

declare module 'unist' {
  interface Point {
    /** The page of a PDF the point stands on, 1-based: set in every point of a tree read from a PDF, absent otherwise. */
    page?: number | undefined
  }
}

/** Whether the text is a draft (an L. document, a placeholder number) or adopted. */
export type DocumentKind = 'draft' | 'adopted' | 'unknown'

/** The format the source was read as. */
export type SourceFormat = 'markdown' | 'text' | 'pdf'

/**
 * The root: one resolution (or decision) with the metadata of its header.
 * Fields are absent when the header does not give them.
 */
export interface Resolution extends Parent {
  type: 'resolution'
  /** Draft or adopted, judged from the header. */
  kind: DocumentKind
  /** The format the source was read as. */
  format: SourceFormat
  /** The organ that issues the text, as written: "General Assembly". */
  organ?: string
  /** The document symbol: "A/C.3/79/L.15", "A/RES/80/20", "S/RES/1445 (2002)". */
  symbol?: string
  /** Distribution: "Limited", "General". */
  distribution?: string
  /** The date of the document as written: "7 August 2024". */
  date?: string
  /** The original language: "English". */
  language?: string
  /** The session as written: "Seventy-ninth session". */
  session?: string
  /** The agenda item as written: "Agenda item 97 (b)". */
  agendaItem?: string
  /** Sponsors of a draft, in the order written. */
  sponsors?: string[]
  /**
   * For an adopted text, the symbol of the draft or report it was adopted
   * on, as its header names it: "A/80/L.4" from "[without reference to a
   * Main Committee (A/80/L.4)]", "A/80/540" from "[on the report of the
   * Third Committee (A/80/540)]".
   */
  adoptedFrom?: string
  /** The resolution number or its placeholder as written: "80/20", "[xx/xxx]", "661 (1990)". */
  number?: string
  /** The title without its number. */
  title?: string
  /** The subtitle, where the title has one. */
  subtitle?: string
  /** The enacting formula as written: "The General Assembly,". */
  enactingFormula?: string
  /** True for a decision ("the General Assembly ... decided"), which has no enacting formula. */
  decision?: boolean
  /** Whether a preambular paragraph reads "Acting under Chapter VII of the Charter". */
  chapterVII?: boolean
  children: ResolutionContent[]
}

/** What the root may contain, in document order. */
export type ResolutionContent =
  | Header
  | Heading
  | EnactingFormula
  | Preamble
  | Operative
  | Part
  | Block
  | Closing
  | Annex
  | FootnoteDefinition

/** The lines before the title: organ, symbol, distribution, date, session. */
export interface Header extends Parent {
  type: 'header'
  children: Text[]
}

/** A title, subtitle or the heading of a lettered part. */
export interface Heading extends Parent {
  type: 'heading'
  /** What the heading heads. */
  role: 'title' | 'subtitle' | 'part'
  /** The number before a title ("80/20", "[xx/xxx]") or a part's letter ("I", "A"). */
  label?: string
  children: PhrasingContent[]
}

/** "The General Assembly,": the organ that speaks. */
export interface EnactingFormula extends Parent {
  type: 'enactingFormula'
  /** The organ named: "General Assembly". */
  organ: string
  children: Text[]
}

/** The preambular paragraphs of the resolution or of one part. */
export interface Preamble extends Parent {
  type: 'preamble'
  children: PreambularParagraph[]
}

/** The operative paragraphs of the resolution or of one part. */
export interface Operative extends Parent {
  type: 'operative'
  children: OperativeParagraph[]
}

/** A lettered or numbered part ("I", "A") with its own heading and paragraphs. */
export interface Part extends Parent {
  type: 'part'
  /** The part's letter or numeral as written: "I", "B". */
  label: string
  /** The full label including enclosing parts: "I.A". */
  path: string
  children: Array<Heading | EnactingFormula | Preamble | Operative | Part | Block>
}

/** Fields shared by the three kinds of labelled paragraph. */
interface LabelledParagraph extends Parent {
  /**
   * The label negotiators use: "PP3", "OP5", "OP2(a)", "OP2(a)(i)".
   * In a lettered part it is prefixed by the part's path: "I.A.OP5".
   */
  label: string
  children: Array<PhrasingContent | SubParagraph>
}

/** An unnumbered paragraph of the preamble, opened by a participle or adjective. */
export interface PreambularParagraph extends LabelledParagraph {
  type: 'preambularParagraph'
  /** Its place in the preamble, from 1; an alternative has the index of the paragraph before it. */
  index: number
  /** Marked as an alternative or an insertion ("PP5 bis"): outside the numbering, labelled by its marker. */
  alternative?: true
}

/** A numbered paragraph of the operative part, opened by a verb. */
export interface OperativeParagraph extends LabelledParagraph {
  type: 'operativeParagraph'
  /** The number as written, or null when it has none (the only operative paragraph, a decision's text, an alternative). */
  number: number | null
  /** Marked as an alternative or an insertion ("[OP3 alt]"): outside the numbering, labelled by its marker. */
  alternative?: true
}

/** A sub-paragraph: (a), (i), a., i. */
export interface SubParagraph extends LabelledParagraph {
  type: 'subParagraph'
  /** The marker as written: "(a)", "(ii)", "a.", or a bullet: "—". */
  marker: string
  /** Depth below its paragraph: 1 for (a) and bullets, 2 for (i), 3 for a., 4 for i. */
  depth: number
}

/** A block the parser could not classify; its text is kept. */
export interface Block extends Parent {
  type: 'block'
  children: PhrasingContent[]
}

/** The closing lines of an adopted text: "82nd plenary meeting", "29 November 1979". */
export interface Closing extends Parent {
  type: 'closing'
  /** The meeting as written: "82nd plenary meeting". */
  meeting?: string
  /** The date as written. */
  date?: string
  children: Text[]
}

/** An annexed text (a convention, a declaration). Its articles are not operative paragraphs. */
export interface Annex extends Parent {
  type: 'annex'
  /** The annex heading as written: "Annex", "Annex I". */
  label: string
  children: Block[]
}

/** A footnote, kept apart from paragraph text. */
export interface FootnoteDefinition extends Parent {
  type: 'footnoteDefinition'
  /** The footnote's number or label: "1". */
  identifier: string
  children: PhrasingContent[]
}

/** Plain text. */
export interface Text extends Literal {
  type: 'text'
  value: string
}

/** Emphasis (italics) where the source marks it. */
export interface Emphasis extends Parent {
  type: 'emphasis'
  children: PhrasingContent[]
}

/** Which part of a resolution an action phrase's form belongs to. */
export type PhraseForm = 'preambular' | 'operative'

/** The phrase that opens a paragraph: "Also decides", "Recalling also", "Deeply concerned". */
export interface ActionPhrase extends Literal {
  type: 'actionPhrase'
  /** The phrase as written. */
  value: string
  /** The head's lemma: "decide", "call upon", "take note", "concerned". */
  head: string
  /** Modifiers, lower case, in order: ["also"], ["strongly", "also"], ["with concern"]. */
  modifiers: string[]
  /** Preambular (participle, adjective) or operative (present indicative) form. */
  form: PhraseForm
  /** Whether the head is in the lexicon; false when only the grammar recognised it. */
  known: boolean
}

/** What a citation points at. */
export type CitationKind = 'resolution' | 'decision' | 'document' | 'article' | 'internal'

/** A reference to another text, or to a paragraph of this one. */
export interface Citation extends Literal {
  type: 'citation'
  kind: CitationKind
  /** The text as written: "resolution 74/247 of 27 December 2019". */
  value: string
  /**
   * Canonical symbol for resolutions, decisions and documents:
   * "A/RES/74/247", "S/RES/2231(2015)", "A/RES/1514(XV)", "A/DEC/73/546".
   */
  symbol?: string
  /** The organ whose text is cited, where known: "General Assembly". */
  organ?: string
  /** The date that follows, as written: "27 December 2019". */
  date?: string
  /** A pinpoint inside the cited text: "paragraph 5", "section VI", "paragraph 5 (g)". */
  pinpoint?: string
  /** For articles: the article number as written ("56", "III"). */
  article?: string
  /**
   * For articles: the instrument, by its name as the text writes it in full
   * ("Convention on the Rights of Persons with Disabilities"). A short form
   * ("the Convention", "the Covenant") or none ("its article 14", "thereof")
   * is the instrument the text names: the nearest full name before it in the
   * paragraph, else the one the resolution adopts or names most; a short
   * form the text never names in full stays as written ("the Convention").
   */
  instrument?: string
  /** For internal references: the labels pointed at that exist ("OP5"); empty when none does. */
  targets?: string[]
  /** For internal references: the labels pointed at that do not exist ("OP9"); absent when all exist. */
  missing?: string[]
  /** For internal references: a paragraph ("paragraph 5 above") or the document ("the present resolution"). */
  refersTo?: 'paragraph' | 'document'
}

/** What a bracketed note is. */
export type BracketKind = 'status' | 'placeholder' | 'alternative' | 'text'

/** Square-bracketed material: "[agreed ad referendum]", "[xx/xxx]", "[to ensure]". */
export interface BracketedNote extends Parent {
  type: 'bracketedNote'
  kind: BracketKind
  /** The text inside the brackets, without markup, whitespace collapsed. */
  note: string
  /** The brackets themselves are text children, so the text reads as written. */
  children: PhrasingContent[]
}

/** A footnote marker in running text ("[^4]" in Markdown, a glued "1" in PDF text). */
export interface FootnoteReference extends Node {
  type: 'footnoteReference'
  identifier: string
}

/** Phrasing content. */
export type PhrasingContent =
  | Text
  | Emphasis
  | ActionPhrase
  | Citation
  | BracketedNote
  | FootnoteReference

/** Any paragraph with a label. */
export type Paragraph = PreambularParagraph | OperativeParagraph | SubParagraph

/** Any node of the dialect. */
export type Content =
  | Resolution
  | ResolutionContent
  | Paragraph
  | PhrasingContent

/** A problem found while parsing: shaped like a vfile message. */
export interface Diagnostic {
  /** What looked wrong, and what to do. */
  reason: string
  /** Where: a point or a range. */
  place: Position
  /** A stable id: "operative-numbering", "page-break-continuation". */
  ruleId: string
  /** Always "reso". */
  source: 'reso'
  /** How serious. */
  severity: 'info' | 'warning' | 'error'
}

/** What `parse` returns. */
export interface ParseResult {
  tree: Resolution
  diagnostics: Diagnostic[]
}
