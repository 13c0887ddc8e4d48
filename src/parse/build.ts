/**
 * From blocks to the resolution tree. A short driver: the head (header,
 * title, enacting formula), then the body grouped into constructs
 * (classify.ts) and each construct built by its handler (handlers/), then
 * footnotes, references inside the text, the numbering check, and the
 * root's position.
 */
import type {Diagnostic, Resolution} from '../tree.js'
import {blockText, type RawBlock} from '../read/blocks.js'
import {numberingProblems} from '../grammar/index.js'
import {classify} from './classify.js'
import {footnote, handlers} from './handlers/index.js'
import {buildHead} from './head.js'
import {resolveReferences} from './references.js'
import {BuildState, type BuildOptions} from './state.js'
import {lazyInstruments} from '../recognize/citations/index.js'

export type {BuildOptions} from './state.js'

/** Build the tree from blocks. */
export function build(blocks: RawBlock[], options: BuildOptions): {tree: Resolution; diagnostics: Diagnostic[]} {
  const tree: Resolution = {type: 'resolution', kind: 'unknown', format: options.format, children: []}
  const state = new BuildState(tree, options.lines)
  const footnotes = blocks.filter((block) => block.kind === 'footnote')
  const body = blocks.filter((block) => block.kind !== 'footnote')
  const texts = body.map(blockText)
  // What "the Convention" stands for: the instrument the whole text names most.
  state.instruments = lazyInstruments(() => [...texts, ...footnotes.map(blockText)])
  const head = buildHead(body, texts, state, options)
  for (const construct of classify(body.slice(head.bodyStart), state, head.formula)) handlers[construct.kind](state, construct)
  for (const raw of footnotes) footnote(state, raw)
  resolveReferences(state)
  for (const problem of numberingProblems(tree)) state.report(problem.reason, problem.place, 'operative-numbering', 'warning')
  spanChildren(tree)
  if (!head.formula && !tree.decision && tree.symbol === undefined && tree.number === undefined) {
    const place = tree.position ?? options.lines.position(0, 0)
    state.report('No resolution structure found (no enacting formula, document symbol or resolution number): is this the text of a resolution or a draft?', {start: place.start, end: place.start}, 'no-resolution', 'warning')
  }
  // In the order of the text (a stable sort keeps the order of what stands at one place).
  const diagnostics = state.diagnostics.sort((a, b) => (a.place.start.offset ?? 0) - (b.place.start.offset ?? 0))
  return {tree, diagnostics}
}

/** The root spans all its children; footnotes come last in the tree but may stand anywhere in the source. */
function spanChildren(tree: Resolution): void {
  for (const child of tree.children) {
    const place = child.position
    if (!place) continue
    if (!tree.position) tree.position = {start: place.start, end: place.end}
    else {
      if (place.start.offset! < tree.position.start.offset!) tree.position = {start: place.start, end: tree.position.end}
      if (place.end.offset! > tree.position.end.offset!) tree.position = {start: tree.position.start, end: place.end}
    }
  }
}
