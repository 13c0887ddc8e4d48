/**
 * Where a node stands, named the same way by every command: a paragraph by
 * its label ("PP2", "OP5", "OP2(a)", "I.A.OP3"); elsewhere by the place:
 * "header", "title", "subtitle", "formula", "heading I.A" (a part's
 * heading), "footnote 2", "closing", an annex by its heading as written
 * ("Annex", "Annex I"), "text" (a block the parser could not classify,
 * outside an annex).
 * A node without a place of its own stands in its parent's.
 */
import type {Content, Resolution} from '../tree.js'

/** The place a node gives itself and what it holds, or undefined when it stands in its parent's. */
export function ownPlace(node: Content, partPath = ''): string | undefined {
  switch (node.type) {
    case 'preambularParagraph':
    case 'operativeParagraph':
    case 'subParagraph':
      return node.label
    case 'heading':
      return node.role === 'part' ? (partPath ? 'heading ' + partPath : 'heading') : node.role
    case 'header':
      return 'header'
    case 'enactingFormula':
      return 'formula'
    case 'closing':
      return 'closing'
    case 'annex':
      return node.label
    case 'footnoteDefinition':
      return 'footnote ' + node.identifier
    case 'part':
      return node.path
    default:
      return undefined
  }
}

/** A node on a walk with its place. */
export interface Placed {
  node: Content
  /** Its place, or its nearest ancestor's; undefined at the root. */
  place: string | undefined
  /** The path of the innermost part it stands in ("I.A"), or "". */
  part: string
  /** How many bracketed notes it stands inside (not counting itself). */
  notes: number
}

/** Every node in document order with its place: iterative, so no depth of nesting can overflow the stack. */
export function* placed(root: Resolution | Content): Generator<Placed> {
  const stack: Placed[] = [{node: root, place: undefined, part: '', notes: 0}]
  while (stack.length > 0) {
    const item = stack.pop()!
    const {node} = item
    yield item
    if (!('children' in node)) continue
    const part = node.type === 'part' ? node.path : item.part
    const notes = node.type === 'bracketedNote' ? item.notes + 1 : item.notes
    const children = node.children as Content[]
    for (let index = children.length - 1; index >= 0; index--) {
      const child = children[index]!
      const place = ownPlace(child, part) ?? (child.type === 'block' && !inAnnex(node) ? 'text' : item.place)
      stack.push({node: child, place, part: child.type === 'part' ? child.path : part, notes})
    }
  }
}

/** Whether a block's parent is an annex (its blocks stand in the annex's place). */
function inAnnex(parent: Content): boolean {
  return parent.type === 'annex'
}
