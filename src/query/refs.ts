/**
 * What a resolution cites: one row per citation with where it stands (the
 * paragraph label, or "footnote 1", "title", "annex"), what it points at and
 * the action phrase of the citing paragraph; the distinct symbols with their
 * counts; references inside the text that point at nothing; and the citation
 * graph of many documents (documents and the symbols they cite, edges
 * labelled by the citing paragraph and its phrase head).
 */
import {asOrgan, citationFields, findCitations, organOfSymbol, yearOfSymbol} from '../recognize/citations/index.js'
import {ownPlace} from '../grammar/index.js'
import type {
  ActionPhrase,
  Citation,
  CitationKind,
  Content,
  Paragraph,
  Resolution
} from '../tree.js'
import {descendants, phraseOf} from '../grammar/paragraphs.js'

/**
 * One citation, where it stands and what it points at: the citation node's
 * fields (see Citation in src/tree.ts) with its place and citing phrase.
 */
export interface RefRow
  extends Pick<Citation, 'kind' | (typeof citationFields)[number] | 'targets' | 'missing' | 'refersTo'> {
  /** The file name as given ("<stdin>" for stdin). */
  file: string
  /** Where the citation stands (src/grammar/place.ts): "PP1", "OP5", "OP1(b)", "footnote 1", "title", "heading I", "Annex", "text". */
  label: string
  /** The citation as written: "resolution 74/247 of 27 December 2019" (the node's value). */
  text: string
  /** The action phrase of the citing paragraph as written ("Recalling also"); for a footnote, of the paragraph that carries its marker. */
  phrase?: string
  /** The lemma of that phrase's head: "recall". */
  head?: string
  /** The paragraph that carries a footnote's marker, for rows of a footnote. */
  via?: string
  /** 1-based line and column of the citation's start. */
  line: number
  column: number
  /** The page of a PDF it stands on; absent for text formats. */
  page?: number
}

/** Where a citation stands: its place (src/grammar/place.ts), the phrase of its paragraph, and the paragraph carrying its footnote. */
interface Place {
  label: string
  phrase?: ActionPhrase | undefined
  via?: string | undefined
  /** Whether it stands in a labelled paragraph (where references inside the text are resolved). */
  inParagraph: boolean
  /** The path of the part it stands in ("I.A"), or "". */
  part: string
}

/** Every citation of a tree as a row, in document order (footnotes last, as in the tree). */
export function citationRows(tree: Resolution, file: string): RefRow[] {
  const rows: RefRow[] = []
  const markers = footnoteCarriers(tree)
  const own = documentSymbol(tree)
  // Depth-first, each node with the place it stands in and its paragraph's phrase (a sub-paragraph without one takes its owner's).
  const stack: Array<{node: Content; place: Place}> = [{node: tree, place: {label: 'text', inParagraph: false, part: ''}}]
  while (stack.length > 0) {
    const {node, place: outer} = stack.pop()!
    let place = outer
    const label = ownPlace(node, outer.part)
    if (node.type === 'preambularParagraph' || node.type === 'operativeParagraph' || node.type === 'subParagraph') {
      place = {label: node.label, phrase: phraseOf(node) ?? (node.type === 'subParagraph' ? outer.phrase : undefined), inParagraph: true, part: outer.part}
    } else if (node.type === 'footnoteDefinition') {
      const carrier = markers.get(node.identifier)
      place = {label: label!, phrase: carrier?.phrase, via: carrier?.label, inParagraph: false, part: ''}
    } else if (node.type === 'part') {
      place = {label: 'text', inParagraph: false, part: node.path}
    } else if (label !== undefined && node.type !== 'header' && node.type !== 'enactingFormula' && node.type !== 'closing') {
      place = {label, inParagraph: false, part: outer.part}
    }
    if (node.type === 'citation') {
      // "Resolution 2799 (2025)" as a title names the document itself; it cites nothing.
      if (!(place.label === 'title' && own !== undefined && node.symbol === own)) rows.push(row(node, file, place))
      continue
    }
    if (!('children' in node)) continue
    const children = node.children as Content[]
    for (let index = children.length - 1; index >= 0; index--) stack.push({node: children[index]!, place})
  }
  return rows
}

/** For each footnote identifier, the first labelled paragraph whose own text carries its marker, with its phrase. */
function footnoteCarriers(tree: Resolution): Map<string, {label: string; phrase: ActionPhrase | undefined}> {
  const carriers = new Map<string, {label: string; phrase: ActionPhrase | undefined}>()
  const visit = (node: Paragraph, inherited: ActionPhrase | undefined): void => {
    const phrase = phraseOf(node) ?? inherited
    for (const reference of descendants(node, 'footnoteReference', true)) {
      if (!carriers.has(reference.identifier)) carriers.set(reference.identifier, {label: node.label, phrase})
    }
    for (const child of node.children) if (child.type === 'subParagraph') visit(child, phrase)
  }
  const stack: Content[] = [tree]
  while (stack.length > 0) {
    const node = stack.pop()!
    if (node.type === 'preambularParagraph' || node.type === 'operativeParagraph') {
      visit(node, undefined)
      continue
    }
    if ('children' in node) for (let index = node.children.length - 1; index >= 0; index--) stack.push(node.children[index] as Content)
  }
  return carriers
}

/** A row's optional fields, between its fixed head (file, label, kind, text) and tail (line, column). */
type RowDetails = Omit<RefRow, 'file' | 'label' | 'kind' | 'text' | 'line' | 'column' | 'page'>

function row(citation: Citation, file: string, place: Place): RefRow {
  const details: RowDetails = {}
  for (const field of citationFields) {
    const value = citation[field]
    if (value !== undefined) (details as Record<string, unknown>)[field] = value
  }
  if (citation.refersTo !== undefined) details.refersTo = citation.refersTo
  if (citation.targets !== undefined) details.targets = [...citation.targets]
  if (citation.kind === 'internal' && citation.refersTo === 'paragraph' && place.inParagraph) details.missing = [...(citation.missing ?? [])]
  if (place.phrase) {
    details.phrase = place.phrase.value
    details.head = place.phrase.head
  }
  if (place.via !== undefined) details.via = place.via
  const start = citation.position?.start
  const made: RefRow = {file, label: place.label, kind: citation.kind, text: citation.value, ...details, line: start?.line ?? 0, column: start?.column ?? 0}
  if (start?.page !== undefined) made.page = start.page
  return made
}

/** The rows of the given kinds; all rows when no kind is given. */
export function ofKinds<Row extends Pick<RefRow, 'kind'>>(rows: Row[], kinds: readonly CitationKind[] | undefined): Row[] {
  if (!kinds || kinds.length === 0) return rows
  const keep = new Set(kinds)
  return rows.filter((row) => keep.has(row.kind))
}

/** Rows whose internal reference points at a paragraph that does not exist. */
export function danglingRows<Row extends Pick<RefRow, 'missing'>>(rows: readonly Row[]): Row[] {
  return rows.filter((item) => item.missing !== undefined && item.missing.length > 0)
}

/** One distinct thing cited, with every place that cites it. */
export interface UniqueRef {
  /** The canonical symbol, or for an article "article 57 of the Convention". */
  name: string
  kind: CitationKind
  /** How many citations. */
  count: number
  /** The first date given with it, if any. */
  date?: string
  /** The places that cite it, in order: file, label, phrase head. */
  citedBy: Array<{file: string; label: string; head?: string}>
}

/** The key a row is counted under: its symbol, or the article and instrument; none for internal references. */
export function uniqueName(item: RefRow): string | undefined {
  if (item.symbol !== undefined) return item.symbol
  if (item.kind === 'article' && item.article !== undefined) {
    return 'article ' + item.article + (item.instrument ? ' of ' + item.instrument : '')
  }
  return undefined
}

/** Names in order with their numbers read as numbers: A/RES/48/13 before A/RES/1514(XV). */
/** Symbols in numeric order (A/RES/9/1 before A/RES/10/1); made on first use, as an ICU collator costs milliseconds. */
let byNumber: Intl.Collator | undefined

/**
 * The distinct symbols (and articles) cited, most cited first, then by name.
 * Internal references are not symbols and are left out.
 */
export function uniqueRefs(rows: readonly RefRow[]): UniqueRef[] {
  const byName = new Map<string, UniqueRef>()
  for (const item of rows) {
    const name = uniqueName(item)
    if (name === undefined) continue
    let entry = byName.get(name)
    if (!entry) byName.set(name, (entry = {name, kind: item.kind, count: 0, citedBy: []}))
    entry.count++
    if (entry.date === undefined && item.date !== undefined) entry.date = item.date
    const place: {file: string; label: string; head?: string} = {file: item.file, label: item.label}
    if (item.head !== undefined) place.head = item.head
    entry.citedBy.push(place)
  }
  return [...byName.values()].sort((a, b) => b.count - a.count || (byNumber ??= new Intl.Collator('en', {numeric: true})).compare(a.name, b.name))
}

/** A document of the corpus, or a symbol one of them cites. */
export interface GraphNode {
  /** The node's id: the document's own symbol, its file name, or the cited symbol. */
  id: string
  /** What it is: a resolution, a decision or another document. */
  kind: 'resolution' | 'decision' | 'document'
  /** For a document of the corpus: its file. */
  file?: string
  /** For a document of the corpus: its title. */
  title?: string
  /**
   * The year it belongs to, which orders the picture left to right: for a
   * document of the corpus the year of its date, else of its symbol; for a
   * cited symbol the year its form gives (src/recognize/citations/organs.ts,
   * `yearOfSymbol`: "S/RES/2231(2015)" 2015, "A/RES/74/247" 2019, the year
   * session 74 opened); absent when neither says one ("S/4434", "CD/1999").
   */
  year?: number
  /** For a document of the corpus: the group it is drawn in, its organ and session ("General Assembly, eightieth session", "Security Council"). */
  group?: string
}

/** Citations from one document to one symbol with one phrase head; or a draft joined to the text adopted on it. */
export interface GraphEdge {
  from: string
  to: string
  /** "adopted as" for an edge from a draft (or report) of the corpus to the adopted text whose header names it; absent for citations. */
  relation?: 'adopted as'
  /** The phrase head of the citing paragraphs ("recall"); absent where they have none. */
  head?: string
  /** The citing places, in order, each once: "PP1", "OP5", "footnote 1"; ["adopted as"] for an "adopted as" edge. */
  labels: string[]
  /** How many citations. */
  count: number
}

/** What the graph needs of a citation row (and what finds it dangling). */
export type GraphRow = Pick<RefRow, 'kind' | 'symbol' | 'head' | 'label' | 'missing'>

/** A row cut to what the graph needs: a corpus sends one per citation from its worker threads. */
export function graphRow(row: RefRow): GraphRow {
  const cut: GraphRow = {kind: row.kind, label: row.label}
  if (row.symbol !== undefined) cut.symbol = row.symbol
  if (row.head !== undefined) cut.head = row.head
  if (row.missing !== undefined) cut.missing = row.missing
  return cut
}

/** The citation graph. */
export interface RefGraph {
  nodes: GraphNode[]
  edges: GraphEdge[]
}

/**
 * A document's own symbol: the header's symbol without spaces, or for an
 * adopted text the symbol its number and organ give ("80/20" of the General
 * Assembly is A/RES/80/20); undefined when neither is known.
 */
export function documentSymbol(tree: Resolution): string | undefined {
  if (tree.symbol) return tree.symbol.replace(/\s+/g, '')
  if (tree.kind !== 'adopted' || !tree.number) return undefined
  const organ = asOrgan(tree.organ)
  const word = tree.decision ? 'decision ' : 'resolution '
  const match = findCitations(word + tree.number, {organ})[0]
  return match?.from === 0 && match.to === word.length + tree.number.length ? match.symbol : undefined
}

function documentKind(tree: Resolution, symbol: string | undefined): GraphNode['kind'] {
  if (tree.decision || symbol?.includes('/DEC/')) return 'decision'
  if (symbol === undefined || symbol.includes('/RES/')) return 'resolution'
  return 'document'
}

/** What the graph needs of a document: its own symbol, kind and title. */
export interface GraphDocument {
  symbol?: string
  /** For an adopted text, the draft or report it was adopted on (the root's adoptedFrom, without spaces). */
  adoptedFrom?: string
  kind: GraphNode['kind']
  title?: string
  /** The year of its date, else of its symbol. */
  year?: number
  /** Its organ, with the session for the General Assembly: "General Assembly, eightieth session". */
  group?: string
}

/** A document's summary for the graph. */
export function graphDocument(tree: Resolution): GraphDocument {
  const symbol = documentSymbol(tree)
  const document: GraphDocument = {kind: documentKind(tree, symbol)}
  if (symbol !== undefined) document.symbol = symbol
  if (tree.adoptedFrom) document.adoptedFrom = tree.adoptedFrom.replace(/\s+/g, '')
  if (tree.title) document.title = tree.title
  const year = /\b(\d{4})\s*$/.exec(tree.date ?? '')
  const yearOf = year ? Number(year[1]) : symbol === undefined ? undefined : yearOfSymbol(symbol)
  if (yearOf !== undefined) document.year = yearOf
  const group = documentGroup(tree, symbol)
  if (group !== undefined) document.group = group
  return document
}

/**
 * The group a document of the corpus is drawn in: its organ (from its
 * symbol, which tells a Human Rights Council text from the General Assembly
 * its masthead names; else its header or enacting formula) and, for the
 * organs that meet in numbered sessions, the session its header names
 * ("General Assembly, eightieth session", "Human Rights Council, fifty-ninth
 * session"); undefined when no organ is known.
 */
function documentGroup(tree: Resolution, symbol: string | undefined): string | undefined {
  const organ = organOfSymbol(symbol) ?? tree.organ
  if (organ === undefined) return undefined
  const sessions = organ === 'General Assembly' || organ === 'Human Rights Council'
  const session = sessions && tree.session ? /^([A-Za-z-]+)\s+session$/.exec(tree.session.trim()) : null
  return session ? organ + ', ' + session[1]!.toLowerCase() + ' session' : organ
}

/**
 * Builds the citation graph one document at a time, so a corpus never has
 * to be held in memory: nodes are the documents (by their own symbol, else
 * their file name) and the symbols they cite; a cited symbol that is one of
 * the documents is that document's node. A draft (or report) of the corpus
 * and the adopted text whose header names it are joined by an edge
 * "adopted as", so drafts and resolutions make one graph.
 */
export class GraphBuilder {
  private readonly nodes = new Map<string, GraphNode>()
  private readonly edges: GraphEdge[] = []
  /** Adopted texts by the symbol of the draft or report they name, until that document arrives: "A/80/L.4" -> "A/RES/80/3". */
  private readonly adoptedOn = new Map<string, string[]>()
  /** The documents of the corpus by their own symbol. */
  private readonly documents = new Map<string, string>()
  /**
   * One copy of each symbol, head and label: rows from worker threads arrive
   * as fresh strings, and a corpus repeats the same few thousand of them.
   */
  private readonly strings = new Map<string, string>()

  private intern(value: string): string {
    const known = this.strings.get(value)
    if (known !== undefined) return known
    this.strings.set(value, value)
    return value
  }

  /** Add one document and its citation rows (rows without a symbol are left out). */
  add(tree: Resolution, file: string, rows: readonly GraphRow[]): void {
    this.addDocument(graphDocument(tree), file, rows)
  }

  /** The same, from a document's summary (as a worker thread sends it). */
  addDocument(document: GraphDocument, file: string, rows: readonly GraphRow[]): void {
    const own = document.symbol
    const taken = own !== undefined && this.nodes.get(own)?.file !== undefined
    const id = own !== undefined && !taken ? own : file
    const node: GraphNode = {id, kind: document.kind, file}
    if (document.title) node.title = document.title
    if (document.year !== undefined) node.year = document.year
    if (document.group !== undefined) node.group = document.group
    // A symbol cited earlier becomes this document's node (keeping its place in the order).
    this.nodes.set(id, node)
    // A draft and what it became, when both are in the corpus, in whichever order they come.
    if (own !== undefined && !this.documents.has(own)) {
      this.documents.set(own, id)
      for (const adopted of this.adoptedOn.get(own) ?? []) this.adoptedAs(id, adopted)
      this.adoptedOn.delete(own)
    }
    if (document.adoptedFrom !== undefined) {
      const draft = this.documents.get(document.adoptedFrom)
      if (draft !== undefined) this.adoptedAs(draft, id)
      else this.adoptedOn.set(document.adoptedFrom, [...(this.adoptedOn.get(document.adoptedFrom) ?? []), id])
    }
    // A document's edges come in this one call: merge them here, keep nothing per edge after.
    const edges = new Map<string, {edge: GraphEdge; labels: Set<string>}>()
    for (const item of rows) {
      if (item.symbol === undefined || item.kind === 'internal' || item.kind === 'article' || item.symbol === id) continue
      const symbol = this.intern(item.symbol)
      if (!this.nodes.has(symbol)) {
        const cited: GraphNode = {id: symbol, kind: item.kind}
        const year = yearOfSymbol(symbol)
        if (year !== undefined) cited.year = year
        this.nodes.set(symbol, cited)
      }
      const key = symbol + '\u0000' + (item.head ?? '')
      let entry = edges.get(key)
      if (!entry) {
        const edge: GraphEdge = {from: id, to: symbol, labels: [], count: 0}
        if (item.head !== undefined) edge.head = this.intern(item.head)
        entry = {edge, labels: new Set()}
        edges.set(key, entry)
        this.edges.push(edge)
      }
      entry.edge.count++
      entry.labels.add(this.intern(item.label))
    }
    // Arrays made at their final size: one pushed onto from empty reserves
    // room for 16 labels, and most edges have one.
    for (const {edge, labels} of edges.values()) edge.labels = [...labels]
  }

  /** An edge from a draft to the text adopted on it. */
  private adoptedAs(draft: string, adopted: string): void {
    this.edges.push({from: draft, to: adopted, relation: 'adopted as', labels: ['adopted as'], count: 1})
  }

  /** The graph so far: nodes in the order first seen, edges in the order first seen. */
  graph(): RefGraph {
    return {nodes: [...this.nodes.values()], edges: [...this.edges]}
  }
}

/** The citation graph of parsed documents with their rows. */
export function refGraph(documents: Iterable<{tree: Resolution; file: string; rows: readonly RefRow[]}>): RefGraph {
  const builder = new GraphBuilder()
  for (const {tree, file, rows} of documents) builder.add(tree, file, rows)
  return builder.graph()
}
