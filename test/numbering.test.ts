/**
 * Paragraph numbers as real texts write them, slips included: A/C.3/80/L.2
 * prints "25 Condemns" and "26 Affirms" without the full stop after the
 * number; a number that runs on across lettered parts is no gap.
 */
import {describe, expect, it} from 'vitest'
import {parse} from '../src/parse/index.js'
import {paragraphs} from '../src/grammar/paragraphs.js'

const draft = `The General Assembly,

Recalling its resolution 79/160 of 17 December 2024,

24. Recalls the recommendation of the Special Rapporteur;

25 Condemns without reservation any denial of or attempt to deny the Holocaust;

26 Affirms its deep commitment to the duty of remembrance;

27. Recalls the conclusions of the Special Rapporteur.
`

describe('operative numbers', () => {
  it('reads a number whose full stop the source dropped, when it is the next number and a verb follows', () => {
    const {tree, diagnostics} = parse(draft.replace('24.', '1.').replace('25 ', '2 ').replace('26 ', '3 ').replace('27.', '4.'), {format: 'text'})
    expect(paragraphs(tree).map((paragraph) => paragraph.label)).toEqual(['PP1', 'OP1', 'OP2', 'OP3', 'OP4'])
    expect(diagnostics.filter((diagnostic) => diagnostic.ruleId === 'operative-numbering')).toEqual([])
  })

  it('does not take a number without its full stop that is not the next one, or is not followed by a verb', () => {
    const skipped = parse(draft.replace('24.', '1.').replace('25 ', '7 ').replace('26 ', '8 ').replace('27.', '2.'), {format: 'text'})
    expect(paragraphs(skipped.tree).map((paragraph) => paragraph.label)).toEqual(['PP1', 'OP1', 'OP2'])
    const noun = parse('The General Assembly,\n\n1. Decides to act;\n\n2 States parties are invited to act.\n', {format: 'text'})
    expect(paragraphs(noun.tree).map((paragraph) => paragraph.label)).toEqual(['OP1'])
  })
})
