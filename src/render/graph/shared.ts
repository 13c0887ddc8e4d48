/** What the citation graph's formats share: the words on nodes and edges, and input text made safe. */
import type {GraphEdge, GraphNode} from '../../query/refs.js'
import {firstWords} from '../../grammar/paragraphs.js'
import {escapeControl} from '../escape.js'

/** The text on an edge: its phrase head and the citing labels, "recall: PP1", "decide: OP5, OP6". */
export function edgeLabel(edge: GraphEdge): string {
  return (edge.head ? edge.head + ': ' : '') + edge.labels.join(', ')
}

/**
 * The text in a node: its id (for a document of the corpus without a symbol,
 * its file's name without the folders), and for a document of the corpus the
 * first eight words of its title on at most two lines of about 30 characters.
 */
export function nodeLines(node: GraphNode): string[] {
  const name = node.file !== undefined && node.id === node.file ? node.file.slice(Math.max(node.file.lastIndexOf('/'), node.file.lastIndexOf('\\')) + 1) : node.id
  if (node.file === undefined || !node.title) return [name]
  const words = firstWords(node.title, 8).split(' ')
  const lines: string[] = []
  for (const word of words) {
    const last = lines.length - 1
    if (last >= 0 && lines[last]!.length + 1 + word.length <= 30) lines[last] += ' ' + word
    else if (lines.length < 2) lines.push(word)
    else {
      lines[last] = lines[last]!.replace(/\u2026$/, '') + '\u2026'
      break
    }
  }
  return [name, ...lines]
}

/** Input text made safe for a graph format: no control characters, whitespace collapsed. */
export function plain(text: string): string {
  return escapeControl(text).replace(/\s+/g, ' ')
}
