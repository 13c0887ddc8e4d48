/** Properties of the parser on any string (fast-check). */
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {parse} from '../src/index.js'
import {walk} from '../src/grammar/paragraphs.js'

/** Strings that look like resolutions: their pieces shuffled with noise. */
const pieces = [
  'The General Assembly,\n\n', 'Recalling its resolution 74/247 of 27 December 2019,\n\n',
  '1. *Decides* that ', '2. Requests the Secretary-General:\n\n', '(a) To report;\n\n', '(i) ',
  '[agreed ad referendum]', '[xx/xxx]. Title\n\n', 'paragraphs 5 and 6 above', 'resolution 2231 (2015)',
  'A/RES/80/1\n', '25-15106 2/4\n', '____\n1 A/79/1.\n', '[', ']', '*', '\n', '\n\n', '\r\n', '\f', ' ',
  'Annex\n\n', 'I\n\n', 'A.\n\n', 'articles 57, paragraph 5 (g), 61 and 62 of the Convention', '\u00ad', '\u00a0', '[^1]'
]
const resolutionLike = fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({maxLength: 12})), {maxLength: 40}).map((parts) => parts.join(''))
const anyText = fc.oneof(fc.string({maxLength: 300}), fc.string({unit: 'binary', maxLength: 200}), resolutionLike)

describe('parse on any string', () => {
  it('never throws, in either format', () => {
    fc.assert(
      fc.property(anyText, fc.constantFrom('markdown' as const, 'text' as const, 'auto' as const), (text, format) => {
        parse(text, {format})
      }),
      {numRuns: 400}
    )
  })

  it('puts every position inside the input, start before end', () => {
    fc.assert(
      fc.property(anyText, fc.constantFrom('markdown' as const, 'text' as const), (text, format) => {
        const {tree, diagnostics} = parse(text, {format})
        for (const node of walk(tree)) {
          if (!node.position) continue
          const {start, end} = node.position
          expect(start.offset).toBeGreaterThanOrEqual(0)
          expect(end.offset!).toBeLessThanOrEqual(text.length)
          expect(start.offset!).toBeLessThanOrEqual(end.offset!)
        }
        for (const diagnostic of diagnostics) expect(diagnostic.place.start.offset!).toBeLessThanOrEqual(text.length)
      }),
      // Found by this property: a footnote before the body made the root end before it started.
      {numRuns: 300, examples: [['____\n1 A/79/1.\nA/RES/80/1\n', 'text']]}
    )
  })

  it('survives a JSON round trip unchanged', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const {tree} = parse(text)
        expect(JSON.parse(JSON.stringify(tree))).toEqual(tree)
      }),
      {numRuns: 200}
    )
  })
})
