/**
 * Where the picture puts each node: in a column of years, oldest at the
 * left, so that time reads left to right; columns as many as an A3 page
 * (1191 by 842 points, landscape) holds side by side, each no taller than
 * the page. The DOT (and so the SVG) makes each column one rank of
 * Graphviz; the Mermaid flowchart has no ranks and does without.
 *
 * A column starts as one year; while the columns are wider together than
 * the page, or wider for the tallest of them than the page is for its
 * height, the two neighbours shortest together merge ("1990–1994"), as long
 * as the merged column still fits the page's height. A year taller
 * than the page alone is cut into several columns ("2025", "2025 (2)").
 * Nodes whose year is not known stand in the last column, "year not known".
 */
import type {GraphNode, RefGraph} from '../../query/refs.js'
import {nodeLines} from './shared.js'

/** The page the picture is made for: A3 landscape, in points. */
export const page = {width: 1191, height: 842}

/** Font sizes, in points: a document of the corpus, a symbol it cites, a column's heading, a group's label. */
export const fontSize = {document: 8, cited: 6.5, column: 10, group: 9}

/** The room kept for the column headings and the group labels, in points. */
const headroom = 70

/** The gap between columns (Graphviz ranksep) and between nodes of a column (nodesep), in points. */
export const gap = {column: 12, node: 2}

/** One column of the picture. */
export interface Column {
  /** Its heading: "2019", "1946–1969", "2025 (2)", "year not known". */
  label: string
  /** The nodes in it, in the graph's order. */
  ids: string[]
}

/** Whether a node is a document of the corpus (drawn large) rather than a symbol cited only. */
export function isDocument(node: GraphNode): boolean {
  return node.file !== undefined
}

/** The height a node takes in its column (with the gap below it), in points, as Graphviz will draw it. */
function nodeHeight(node: GraphNode): number {
  const lines = nodeLines(node).length
  const size = isDocument(node) ? fontSize.document : fontSize.cited
  return lines * size * 1.2 + (isDocument(node) ? 6 : 1) + gap.node
}

/** The width of a node, in points: Helvetica averages a little over half its size per character. */
function nodeWidth(node: GraphNode): number {
  const size = isDocument(node) ? fontSize.document : fontSize.cited
  return Math.max(...nodeLines(node).map((line) => line.length)) * size * 0.56 + (isDocument(node) ? 12 : 4)
}

interface Pile {
  first: number
  last: number
  /** 1 for the first column of a year cut into several, 2 for the next... */
  piece: number
  nodes: GraphNode[]
  height: number
  width: number
}

/** The columns of the picture, oldest at the left; every node of the graph stands in exactly one. */
export function columns(graph: RefGraph): Column[] {
  const capacity = page.height - headroom
  const byYear = new Map<number, GraphNode[]>()
  const unknown: GraphNode[] = []
  for (const node of graph.nodes) {
    if (node.year === undefined) unknown.push(node)
    else {
      const year = byYear.get(node.year)
      if (year) year.push(node)
      else byYear.set(node.year, [node])
    }
  }
  // One pile per year, a year taller than the page cut into pieces.
  const piles: Pile[] = []
  const cut = (nodes: GraphNode[], year: number): Pile[] => {
    const made: Pile[] = []
    for (const node of nodes) {
      let pile = made[made.length - 1]
      const height = nodeHeight(node)
      if (!pile || pile.height + height > capacity) {
        pile = {first: year, last: year, piece: made.length + 1, nodes: [], height: 0, width: 0}
        made.push(pile)
      }
      pile.nodes.push(node)
      pile.height += height
      pile.width = Math.max(pile.width, nodeWidth(node))
    }
    return made
  }
  for (const year of [...byYear.keys()].sort((a, b) => a - b)) piles.push(...cut(byYear.get(year)!, year))
  const unknownPiles = cut(unknown, 0)
  // Merge the two neighbours shortest together while the columns are wider than the page; or,
  // sparing the columns of documents of the corpus (what a document cites should stand beside it,
  // not under it), while they are wider for their height than the page is (a small graph is not a strip).
  const all = (): Pile[] => [...piles, ...unknownPiles]
  const documents = (pile: Pile): boolean => pile.nodes.some(isDocument)
  for (;;) {
    const width = all().reduce((sum, pile) => sum + pile.width + gap.column, -gap.column)
    const overWidth = width > page.width
    if (!overWidth && width * page.height <= Math.max(...all().map((pile) => pile.height)) * page.width) break
    let best = -1
    for (let index = 0; index + 1 < piles.length; index++) {
      const [left, right] = [piles[index]!, piles[index + 1]!]
      if (!overWidth && (documents(left) || documents(right))) continue
      const height = left.height + right.height
      if (height <= capacity && (best === -1 || height < piles[best]!.height + piles[best + 1]!.height)) best = index
    }
    if (best === -1) break
    const [left, right] = [piles[best]!, piles[best + 1]!]
    piles.splice(best, 2, {
      first: left.first,
      last: right.last,
      piece: left.piece,
      nodes: [...left.nodes, ...right.nodes],
      height: left.height + right.height,
      width: Math.max(left.width, right.width)
    })
  }
  const label = (pile: Pile): string =>
    (pile.first === pile.last ? String(pile.first) : pile.first + '\u2013' + pile.last) + (pile.piece > 1 ? ' (' + pile.piece + ')' : '')
  return [
    ...piles.map((pile) => ({label: label(pile), ids: pile.nodes.map((node) => node.id)})),
    ...unknownPiles.map((pile) => ({label: 'year not known' + (pile.piece > 1 ? ' (' + pile.piece + ')' : ''), ids: pile.nodes.map((node) => node.id)}))
  ]
}
