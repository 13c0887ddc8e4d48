/** Properties of `diff` on generated resolutions (fast-check). */
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {parse} from '../src/index.js'
import {diff, type Change, type DiffResult} from '../src/diff/index.js'

const words = (
  'international cooperation development sustainable national regional capacity assistance relevant efforts measures ' +
  'implementation programmes support States Member organizations Governments women children migrants refugees ' +
  'climate disaster resilience health education water sanitation poverty hunger financing partnerships technology ' +
  'information monitoring reporting accountability transparency coordination mechanisms institutions communities ' +
  'the of and to in for with on by within among towards including'
).split(' ')
const preambular = ['Recalling', 'Reaffirming', 'Noting with concern', 'Welcoming', 'Stressing', 'Bearing in mind', 'Deeply concerned']
const operative = ['Decides', 'Requests', 'Urges', 'Encourages', 'Invites', 'Calls upon', 'Welcomes', 'Emphasizes']

interface Draft {
  pp: string[]
  op: string[]
}

const body = fc.array(fc.constantFrom(...words), {minLength: 6, maxLength: 24}).map((list) => list.join(' '))
const ppText = fc.tuple(fc.constantFrom(...preambular), body).map(([phrase, text]) => phrase + ' ' + text)
const opText = fc.tuple(fc.constantFrom(...operative), body).map(([phrase, text]) => phrase + ' ' + text)
const draft: fc.Arbitrary<Draft> = fc.record({pp: fc.array(ppText, {maxLength: 8}), op: fc.array(opText, {minLength: 1, maxLength: 12})})

/** The draft as Markdown, operative paragraphs numbered from `first`. */
function markdown(d: Draft, first = 1): string {
  const lines = ['General Assembly', '', 'Distr.: Limited', '', 'The General Assembly,', '']
  for (const text of d.pp) lines.push(text + ',', '')
  d.op.forEach((text, index) => lines.push(first + index + '. ' + text + (index === d.op.length - 1 ? '.' : ';'), ''))
  return lines.join('\n')
}

/** The draft as PDF text: hard-wrapped at `width`, page numbers and a running header between paragraphs. */
function pdfText(d: Draft, width: number): string {
  const wrap = (text: string): string => {
    const out: string[] = []
    let line = ''
    for (const word of text.split(' ')) {
      if (line && line.length + word.length + 1 > width) {
        out.push(line)
        line = word
      } else line = line ? line + ' ' + word : word
    }
    out.push(line)
    return out.join('\n')
  }
  const blocks = ['General Assembly Distr.: Limited', 'The General Assembly,']
  d.pp.forEach((text) => blocks.push(wrap(text + ',')))
  d.op.forEach((text, index) => {
    blocks.push(wrap(index + 1 + '. ' + text + (index === d.op.length - 1 ? '.' : ';')))
    if (index === 2) blocks.push('25-01234 2/3', 'A/80/L.99')
  })
  return blocks.join('\n\n') + '\n'
}

const tree = (text: string, format: 'markdown' | 'text' = 'markdown') => parse(text, {format}).tree
const all = (changes: Change[]): Change[] => changes.flatMap((change) => [change, ...all(change.subs)])
const ofKind = (result: DiffResult, kind: Change['kind']): Change[] => all(result.changes).filter((change) => change.kind === kind)

describe('diff properties', () => {
  it('diff(a, a) is empty: every paragraph unchanged, no notes, no header change', () => {
    fc.assert(
      fc.property(draft, (d) => {
        const result = diff(tree(markdown(d)), tree(markdown(d)))
        expect(result.header).toEqual([])
        expect(all(result.changes).every((change) => change.kind === 'unchanged' && change.notes.length === 0)).toBe(true)
        expect(result.changes).toHaveLength(d.pp.length + d.op.length)
        expect(result.differs).toBe(false)
      }),
      {numRuns: 200}
    )
  })

  it('the same text as Markdown and as wrapped PDF text with page furniture compares equal', () => {
    fc.assert(
      fc.property(draft, fc.integer({min: 40, max: 90}), (d, width) => {
        const result = diff(tree(markdown(d)), tree(pdfText(d, width), 'text'))
        expect(all(result.changes).map((change) => change.kind + ' ' + change.new.join())).toEqual(all(result.changes).map((change) => 'unchanged ' + change.new.join()))
        expect(result.differs).toBe(false)
      }),
      {numRuns: 150}
    )
  })

  it('inserting one paragraph yields exactly one insertion plus the renumbering of the ones after it', () => {
    const insertion = fc.record({part: fc.constantFrom('pp' as const, 'op' as const), at: fc.nat(), text: body})
    fc.assert(
      fc.property(draft, insertion, (d, {part, at, text}) => {
        const list = d[part]
        const index = at % (list.length + 1)
        const inserted = (part === 'pp' ? 'Welcoming' : 'Decides') + ' newly inserted provisions on ' + text
        const next: Draft = {...d, [part]: [...list.slice(0, index), inserted, ...list.slice(index)]}
        const result = diff(tree(markdown(d)), tree(markdown(next)))
        const prefix = part === 'pp' ? 'PP' : 'OP'
        expect(ofKind(result, 'added').map((change) => change.new)).toEqual([[prefix + (index + 1)]])
        const others = all(result.changes).filter((change) => change.kind !== 'added')
        expect(others.every((change) => change.kind === 'unchanged' || change.kind === 'renumbered')).toBe(true)
        const renumbered = ofKind(result, 'renumbered').map((change) => change.old[0])
        const after = list.slice(index).map((_, offset) => prefix + (index + offset + 1))
        expect(renumbered).toEqual(after)
        expect(result.stat.added).toBe(1)
      }),
      {numRuns: 200}
    )
  })

  it('swapping the two inputs swaps insertions and deletions, and turns every pair around', () => {
    const edit = fc.record({kind: fc.constantFrom('insert', 'delete', 'reword', 'move'), part: fc.constantFrom('pp' as const, 'op' as const), at: fc.nat(), to: fc.nat(), text: body})
    fc.assert(
      fc.property(draft, fc.array(edit, {maxLength: 5}), (d, edits) => {
        const next: Draft = {pp: [...d.pp], op: [...d.op]}
        for (const {kind, part, at, to, text} of edits) {
          const list = next[part]
          if (kind === 'insert') list.splice(at % (list.length + 1), 0, (part === 'pp' ? 'Stressing' : 'Requests') + ' ' + text)
          else if (list.length === 0 || (part === 'op' && list.length === 1)) continue
          else if (kind === 'delete') list.splice(at % list.length, 1)
          else if (kind === 'reword') {
            const tokens = list[at % list.length]!.split(' ')
            tokens.splice(1 + (to % tokens.length), 1, 'reworded')
            list[at % list.length] = tokens.join(' ')
          } else list.splice(to % list.length, 0, ...list.splice(at % list.length, 1))
        }
        const forward = diff(tree(markdown(d)), tree(markdown(next)))
        const backward = diff(tree(markdown(next)), tree(markdown(d)))
        const labels = (result: DiffResult, kind: Change['kind'], side: 'old' | 'new'): string[] => ofKind(result, kind).flatMap((change) => change[side]).sort()
        expect(labels(backward, 'removed', 'old')).toEqual(labels(forward, 'added', 'new'))
        expect(labels(backward, 'added', 'new')).toEqual(labels(forward, 'removed', 'old'))
        const pairs = (result: DiffResult, flip: boolean): string[] =>
          all(result.changes)
            .filter((change) => change.old.length > 0 && change.new.length > 0)
            .map((change) => (flip ? change.new.join('+') + '>' + change.old.join('+') : change.old.join('+') + '>' + change.new.join('+')))
            .sort()
        expect(pairs(backward, true)).toEqual(pairs(forward, false))
        expect(forward.stat.wordsInserted).toBe(backward.stat.wordsDeleted)
      }),
      {numRuns: 200}
    )
  })

  it('renumbering alone yields only renumberings, which are not a difference in substance', () => {
    fc.assert(
      fc.property(draft, fc.integer({min: 2, max: 40}), (d, first) => {
        const result = diff(tree(markdown(d)), tree(markdown(d, first)))
        expect(ofKind(result, 'renumbered').map((change) => change.new[0])).toEqual(d.op.map((_, index) => 'OP' + (first + index)))
        expect(all(result.changes).every((change) => change.kind === 'renumbered' || change.kind === 'unchanged')).toBe(true)
        expect(result.differs).toBe(false)
      }),
      {numRuns: 100}
    )
  })

  it('never throws on any two strings', () => {
    const pieces = ['The General Assembly,\n\n', 'Recalling its resolution 74/247,\n\n', '1. Decides that ', '2. Requests:\n\n', '(a) To report;\n\n',
      '[agreed ad referendum]', '[xx/xxx]', '[to ensure][in order to ensure]', 'paragraphs 5 and 6 above', '[', ']', '\n', '\n\n', ' ', 'Annex\n\n', 'I\n\n', '*']
    const text = fc.oneof(fc.string({maxLength: 200}), fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({maxLength: 10})), {maxLength: 30}).map((list) => list.join('')))
    fc.assert(
      fc.property(text, text, (a, b) => {
        const result = diff(tree(a), tree(b, 'text'))
        expect(JSON.parse(JSON.stringify(result))).toEqual(result)
      }),
      {numRuns: 300}
    )
  })
})
