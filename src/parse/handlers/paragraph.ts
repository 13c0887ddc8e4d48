/**
 * Preambular and operative paragraphs and their sub-paragraphs: label,
 * phrase (as classified), phrasing, and the ladder of sub-paragraphs.
 */
import type {Operative, OperativeParagraph, PhraseForm, Preamble, PreambularParagraph, Position, SubParagraph} from '../../tree.js'
import {blockText} from '../../read/blocks.js'
import {matchPhrase, type PhraseMatch} from '../../recognize/phrase.js'
import {leadingSpace, operativeLabel, preambularLabel, subLabel} from '../../grammar/index.js'
import {append} from '../../array.js'
import {phraseStart} from '../classify.js'
import {extend, type BuildState, type Construct} from '../state.js'

/**
 * The phrase of a construct, by offsets into its text from the content
 * start: the one it was classified by. Only when a page break cut the
 * phrase itself (it reaches the end of the first block) is it read again,
 * on the joined text.
 */
function phraseIn(construct: Construct, text: string, from: number, where: PhraseForm | 'any'): PhraseMatch | undefined {
  const found = construct.phrase
  if (construct.blocks.length > 1 && found && found.to >= blockText(construct.blocks[0]!).trimEnd().length) {
    const again = matchPhrase(text, phraseStart(text, from), where)
    return construct.kind === 'sub' && !again?.known ? undefined : again
  }
  if (!found) return undefined
  const shift = construct.contentStart
  return {...found, from: found.from - shift, to: found.to - shift}
}

/** A paragraph's phrasing and position. */
function content(state: BuildState, construct: Construct, where: PhraseForm | 'any', label: string): {children: PreambularParagraph['children']; position: Position; phrase: PhraseMatch | undefined} {
  const map = state.map(construct)
  const from = leadingSpace(map.text, 0)
  let to = map.text.length
  while (to > from && map.text.charCodeAt(to - 1) === 32) to--
  const phrase = phraseIn(construct, map.text, from, where)
  const children = state.phrasing(map, from, to, phrase, label)
  return {children, position: state.position(map.start, map.end), phrase}
}

/** The sub-paragraphs of a paragraph, nested by depth. */
function subParagraphs(state: BuildState, construct: Construct, label: string): SubParagraph[] {
  const result: SubParagraph[] = []
  const stack: SubParagraph[] = []
  for (const sub of construct.subs ?? []) {
    const depth = sub.depth ?? 1
    while (stack.length >= depth) stack.pop()
    const owner = stack[stack.length - 1]
    const ownLabel = subLabel(owner ? owner.label : label, sub.marker!, sub.bullet)
    const {children, position} = content(state, sub, 'any', label)
    const node: SubParagraph = {type: 'subParagraph', label: ownLabel, marker: sub.marker!, depth, children, position}
    if (owner) {
      owner.children.push(node)
      owner.position = {start: owner.position!.start, end: position.end}
    } else result.push(node)
    stack.push(node)
  }
  return result
}

/** The preamble or operative container at the end of the current parent, made when missing. */
function container<T extends Preamble | Operative>(state: BuildState, type: T['type']): T {
  const {parent} = state
  const last = parent.children[parent.children.length - 1]
  if (last && last.type === type) return last as T
  const node = {type, children: []} as unknown as T
  ;(parent.children as T[]).push(node)
  return node
}

/** A preambular paragraph. */
export function preambular(state: BuildState, construct: Construct): void {
  if (!construct.alternative) state.preambular++
  const label = state.prefix() + (construct.label ?? preambularLabel('', state.preambular))
  const {children, position, phrase} = content(state, construct, 'preambular', label)
  const node: PreambularParagraph = {type: 'preambularParagraph', label, index: Math.max(state.preambular, 1), children, position}
  if (construct.alternative) node.alternative = true
  if (phrase?.head === 'act under Chapter VII') state.tree.chapterVII = true
  append<PreambularParagraph['children'][number]>(node.children, subParagraphs(state, construct, label))
  extend(node)
  const preamble = container<Preamble>(state, 'preamble')
  preamble.children.push(node)
  extend(preamble, node)
}

/** An operative paragraph, numbered or not. */
export function operative(state: BuildState, construct: Construct): void {
  const number = construct.number ?? null
  const label = state.prefix() + (construct.label ?? operativeLabel('', number ?? state.lastNumber + 1))
  const {children, position} = content(state, construct, 'operative', label)
  if (!construct.alternative) state.lastNumber = number ?? state.lastNumber + 1
  const node: OperativeParagraph = {type: 'operativeParagraph', label, number, children, position}
  if (construct.alternative) node.alternative = true
  append<OperativeParagraph['children'][number]>(node.children, subParagraphs(state, construct, label))
  extend(node)
  const list = container<Operative>(state, 'operative')
  list.children.push(node)
  extend(list, node)
}
