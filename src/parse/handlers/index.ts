/**
 * One handler per construct, as mdast-util-to-hast has one per node type:
 * each turns a construct the first pass recognised (src/parse/classify.ts)
 * into nodes. A new construct is a recognizer, a handler and a row here.
 */
import type {BuildState, Construct, ConstructKind} from '../state.js'
import {annex, block, closing} from './other.js'
import {operative, preambular} from './paragraph.js'
import {part, partHeading} from './part.js'

export type Handler = (state: BuildState, construct: Construct) => void

export const handlers: Record<ConstructKind, Handler> = {
  preambular,
  operative,
  // Sub-paragraphs are built by their paragraph's handler.
  sub: () => {},
  part,
  partHeading,
  closing,
  annex,
  block
}

export {footnote} from './other.js'
