/**
 * Nothing lost, nothing invented: the text of a paragraph's nodes, joined,
 * gives back the paragraph's source text (line breaks read as spaces).
 */
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {parse} from '../src/index.js'
import {ownText, paragraphs, walk} from '../src/grammar/paragraphs.js'

const words = ['Decides', 'Recalling', 'also', 'that', 'the', 'Secretary-General', 'resolution', '74/247', 'of', '27', 'December', '2019',
  'paragraphs', '5', 'and', '6', 'above', 'article', '56', 'Convention', '[agreed ad referendum]', '[to ensure]', '[xx/xxx]', 'Security', 'Council',
  '2231', '(2015)', 'A/RES/75/282', 'with', 'concern', 'Member', 'States', 'report', 'in', 'accordance']

/** A sentence of words, broken over lines at random, never starting a line with a digit or a bracket. */
const sentence = fc.array(fc.constantFrom(...words), {minLength: 3, maxLength: 30}).chain((list) =>
  fc.array(fc.boolean(), {minLength: list.length, maxLength: list.length}).map((breaks) =>
    list.map((word, index) => (index > 0 && breaks[index] && /^[a-z]/.test(word) ? '\n' : index > 0 ? ' ' : '') + word).join('')
  )
)

const paragraph = fc.tuple(fc.constantFrom('pp', 'op'), sentence, fc.constantFrom(',', ';', '.'))
const resolution = fc.array(paragraph, {minLength: 1, maxLength: 12}).map((list) => {
  let number = 0
  const blocks = ['The General Assembly,']
  for (const [kind, text, end] of list) blocks.push(kind === 'op' ? ++number + '. Decides ' + text + end : 'Recalling ' + text + end)
  return blocks.join('\n\n') + '\n'
})

const collapse = (text: string): string => text.replace(/\s+/g, ' ').trim()

describe('paragraph text', () => {
  for (const format of ['text', 'markdown'] as const) {
    it('joins back to the source (' + format + ')', () => {
      fc.assert(
        fc.property(resolution, (source) => {
          const {tree} = parse(source, {format})
          const all = paragraphs(tree)
          expect(all.length).toBeGreaterThan(0)
          for (const paragraph of all) {
            const {start, end} = paragraph.position!
            expect(collapse(ownText(paragraph))).toBe(collapse(source.slice(start.offset, end.offset)))
          }
        }),
        {numRuns: 300}
      )
    })
  }

  it('gives each leaf the exact source span of its value', () => {
    fc.assert(
      fc.property(resolution, (source) => {
        const {tree} = parse(source, {format: 'text'})
        for (const node of walk(tree)) {
          if (node.type !== 'text' && node.type !== 'actionPhrase' && node.type !== 'citation') continue
          if (!node.position) continue
          const span = source.slice(node.position.start.offset, node.position.end.offset)
          expect(collapse(span)).toBe(collapse(node.value))
        }
      }),
      {numRuns: 300}
    )
  })
})
