/** What the citation graph's formats share: the words on nodes and edges, and input text made safe. */
import type {GraphEdge, GraphNode} from '../../query/refs.js'
import {firstWords} from '../../query/paragraphs.js'
import {escapeControl} from '../escape.js'

/** The text on an edge: its phrase head and the citing labels, "recall: PP1", "decide: OP5, OP6". */
export function edgeLabel(edge: GraphEdge): string {
  return (edge.head ? edge.head + ': ' : '') + edge.labels.join(', ')
}

/** The text in a node: its id, and for a document of the corpus the first words of its title. */
export function nodeLines(node: GraphNode): string[] {
  return node.file !== undefined && node.title ? [node.id, firstWords(node.title, 6)] : [node.id]
}

/** Input text made safe for a graph format: no control characters, whitespace collapsed. */
export function plain(text: string): string {
  return escapeControl(text).replace(/\s+/g, ' ')
}
