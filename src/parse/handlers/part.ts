/** Lettered parts ("I", "A", "II. Title") and their headings: parts nest, roman outside, letters inside. */
import type {Heading, Part, Resolution} from '../../tree.js'
import {isOuterPart, isRomanPart} from '../../grammar/index.js'
import type {BuildState, Construct} from '../state.js'

/** A part: closes the parts it cannot stand in, opens itself, and restarts the counters. */
export function part(state: BuildState, construct: Construct): void {
  const label = construct.label!
  const {parts} = state
  if (isOuterPart(label, parts[parts.length - 1]?.label)) parts.length = 0
  else while (parts.length > 0 && !isRomanPart(parts[parts.length - 1]!.label)) parts.pop()
  const owner: Resolution | Part = parts.length > 0 ? parts[parts.length - 1]! : state.tree
  const path = parts.length > 0 ? parts[parts.length - 1]!.path + '.' + label : label
  const whole = state.map(construct, 0)
  const node: Part = {type: 'part', label, path, children: [], position: state.position(whole.start, whole.end)}
  if (construct.contentStart > 0) {
    const map = state.map(construct)
    node.children.push({type: 'heading', role: 'part', label, children: state.phrasing(map), position: state.position(map.start, map.end)})
  }
  ;(owner.children as Part[]).push(node)
  parts.push(node)
  state.parent = node
  state.preambular = 0
  state.lastNumber = 0
}

/** The heading of the part just opened, on a line of its own. */
export function partHeading(state: BuildState, construct: Construct): void {
  const map = state.map(construct)
  const heading: Heading = {type: 'heading', role: 'part', children: state.phrasing(map), position: state.position(map.start, map.end)}
  const owner = state.parts[state.parts.length - 1]
  if (owner) {
    heading.label = owner.label
    owner.children.push(heading)
  }
}
