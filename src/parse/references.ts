/**
 * References inside the text ("paragraphs 5 and 6 above", "subparagraph (a)
 * above"), resolved once every label is known: each keeps the labels that
 * exist (`targets`) and those that do not (`missing`, and a diagnostic).
 */
import type {Content, Resolution} from '../tree.js'
import {operativeLabel, paragraphOf} from '../grammar/index.js'
import type {BuildState} from './state.js'

/** Every paragraph label of the tree. */
function labelsOf(tree: Resolution): Set<string> {
  const labels = new Set<string>()
  const stack: Content[] = [tree]
  while (stack.length > 0) {
    const node = stack.pop()!
    if (node.type === 'operativeParagraph' || node.type === 'preambularParagraph' || node.type === 'subParagraph') labels.add(node.label)
    if ('children' in node) for (const child of node.children as Content[]) stack.push(child)
  }
  return labels
}

/** Resolve the references the builder collected. */
export function resolveReferences(state: BuildState): void {
  if (state.references.length === 0) return
  const labels = labelsOf(state.tree)
  for (const {node, ref, prefix, label} of state.references) {
    const wanted: string[] = []
    for (const paragraph of ref.paragraphs) wanted.push(operativeLabel(prefix, paragraph.number) + (paragraph.sub ?? ''))
    for (const sub of ref.subs) wanted.push(paragraphOf(label) + sub)
    node.targets = wanted.filter((target) => labels.has(target))
    const missing = wanted.filter((target) => !labels.has(target))
    if (missing.length === 0) continue
    node.missing = missing
    state.report('"' + node.value + '" points at ' + missing.join(', ') + ', which does not exist: check the paragraph numbers', node.position!, 'dangling-reference', 'warning')
  }
}
