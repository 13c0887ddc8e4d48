/** What stands outside the paragraphs: the closing, annexes, blocks reso cannot classify, and footnotes. */
import type {Annex, Block, Closing, FootnoteDefinition, Text} from '../../tree.js'
import {TextMap, type RawBlock} from '../../read/blocks.js'
import type {BuildState, Construct} from '../state.js'

const meetingLine = /^\d{1,4}(?:st|nd|rd|th)(?: \(resumed\))? plenary meeting/
const dateText = /\d{1,2} [A-Z][a-z]+ \d{4}/

/** "82nd plenary meeting / 29 November 1979": the closing of an adopted text; it ends any part. */
export function closing(state: BuildState, construct: Construct): void {
  const children: Text[] = construct.blocks.map((block) => {
    const map = new TextMap(block.pieces)
    return {type: 'text', value: map.text, position: state.position(map.start, map.end)}
  })
  const node: Closing = {type: 'closing', children, position: {start: children[0]!.position!.start, end: children[children.length - 1]!.position!.end}}
  const meeting = meetingLine.exec(children[0]!.value)
  if (meeting) node.meeting = meeting[0]
  const date = dateText.exec(children.map((child) => child.value).join(' ').slice(0, 200))
  if (date) node.date = date[0]
  const {tree} = state
  tree.children.push(node)
  if (tree.kind === 'unknown') tree.kind = 'adopted'
  state.parent = tree
  state.parts.length = 0
}

/** An annex: its heading, then each block of the annexed text as it stands. */
export function annex(state: BuildState, construct: Construct): void {
  const [first, ...rest] = construct.blocks
  const heading = new TextMap(first!.pieces)
  const node: Annex = {type: 'annex', label: construct.label!, children: [], position: state.position(heading.start, heading.end)}
  for (const block of rest) {
    const map = new TextMap(block.pieces)
    node.children.push({type: 'block', children: state.phrasing(map), position: state.position(map.start, map.end)})
    node.position = {start: node.position!.start, end: state.lines.point(map.end)}
  }
  state.tree.children.push(node)
}

/** A block reso could not classify: its text is kept where it stands. */
export function block(state: BuildState, construct: Construct): void {
  const map = state.map(construct)
  const node: Block = {type: 'block', children: state.phrasing(map), position: state.position(map.start, map.end)}
  ;(state.parent.children as Block[]).push(node)
}

/** A footnote: kept apart from the paragraph text, after the body. */
export function footnote(state: BuildState, raw: RawBlock): void {
  const map = new TextMap(raw.pieces)
  const node: FootnoteDefinition = {type: 'footnoteDefinition', identifier: raw.footnote ?? '', children: state.phrasing(map), position: state.position(map.start, map.end)}
  state.tree.children.push(node)
}
