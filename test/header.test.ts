/** Header lines as the sources print them. */
import {describe, expect, it} from 'vitest'
import {matchFormula, matchTitle, readHeader} from '../src/parse/header.js'
import {parse} from '../src/index.js'

describe('titles and numbers', () => {
  it('reads the number before a title in every form', () => {
    expect(matchTitle('[xx/xxx]. United Nations Convention against Cybercrime')).toEqual({number: '[xx/xxx]', title: 'United Nations Convention against Cybercrime'})
    expect(matchTitle('80/20. No first placement of weapons in outer space')).toEqual({number: '80/20', title: 'No first placement of weapons in outer space'})
    expect(matchTitle('ES-11/1. Aggression against Ukraine')).toMatchObject({number: 'ES-11/1'})
    expect(matchTitle('3350 (XXIX). Role of the co-operative movement')).toMatchObject({number: '3350 (XXIX)'})
    expect(matchTitle('2200 A (XXI). International Covenant on Civil and Political Rights')).toMatchObject({number: '2200 A (XXI)'})
    expect(matchTitle('Resolution 1445 (2002)')).toEqual({number: '1445 (2002)', title: ''})
    expect(matchTitle('RESOLUTION 781 (1992)')).toEqual({number: '781 (1992)', title: ''})
    expect(matchTitle('1 (1946). Resolution of 25 January 1946')).toEqual({number: '1 (1946)', title: ''})
    // The Security Council's older texts: the draft's symbol in brackets after the date (an OCR brace for its bracket), or "Resolution N (YEAR) of DATE".
    expect(matchTitle('44 (1948). Resolution of 27 January 1948 [S/663]')).toEqual({number: '44 (1948)', title: ''})
    expect(matchTitle('62 (1948). Resolution of 16 November 1948 [S/1080}')).toEqual({number: '62 (1948)', title: ''})
    expect(matchTitle('Resolution 212 (1965) of 20 September 1965')).toEqual({number: '212 (1965)', title: ''})
    expect(matchTitle('Resolution 212 (1965) of the Council')).toBeUndefined()
    expect(matchTitle('44 (1948). Resolution of 27 January 1948 [S/663] and more')).toBeUndefined()
    expect(matchTitle('Recalling its resolution 74/247,')).toBeUndefined()
  })

  it('reads the enacting formula and nothing else', () => {
    expect(matchFormula('The General Assembly,')).toBe('General Assembly')
    expect(matchFormula('The Economic and Social Council,')).toBe('Economic and Social Council')
    expect(matchFormula('The General Assembly decides,')).toBeUndefined()
    expect(matchFormula('The Secretary-General notes that the Assembly,')).toBeUndefined()
  })

  it('takes the organ from "Adopted by the Security Council" when no line names it first', () => {
    expect(readHeader(['RESOLUTION 781 (1992)', 'Adopted by the Security Council at its 3122nd meeting, on 9 October 1992'], {}).organ).toBe('Security Council')
    const {tree} = parse('RESOLUTION 781 (1992)\n\nAdopted by the Security Council at its 3122nd meeting, on 9 October 1992\n\nReaffirming its resolution 713 (1991),\n\n1. Decides to establish a ban;\n', {format: 'text'})
    expect(tree).toMatchObject({organ: 'Security Council', number: '781 (1992)', date: '9 October 1992', kind: 'adopted'})
  })

  it('completes a title the source cut short from the front matter', () => {
    const source = '---\ntitle: "Implementation of the Convention on the Prohibition of Chemical Weapons :"\n---\n\n80/34. Implementation of the Convention on the\n\nThe General Assembly,\n\n1. Decides to continue;\n'
    expect(parse(source).tree.title).toBe('Implementation of the Convention on the Prohibition of Chemical Weapons')
  })

  it('takes no number line from the front matter for a title, and no comma-less formula for a subtitle', () => {
    const council = '---\ntitle: "Resolution 2799 (2025)"\n---\n\nResolution 2799 (2025)\n\nAdopted by the Security Council at its 9950th meeting, on 12 March 2025\n\nThe Security Council,\n\n1. Decides to remain seized of the matter.\n'
    expect(parse(council).tree).toMatchObject({number: '2799 (2025)'})
    expect(parse(council).tree.title).toBeUndefined()
    const budget = '[on the report of the Fifth Committee (A/80/568, para. 19)]\n\n80/246. Working Capital Fund for 2026\n\nThe General Assembly\n\nResolves that:\n\n1. The Working Capital Fund shall be established for 2026;\n'
    const {tree} = parse(budget, {format: 'text'})
    expect(tree.title).toBe('Working Capital Fund for 2026')
    expect(tree.subtitle).toBeUndefined()
    // The formula without its comma is still the formula: its line is neither dropped nor taken for a paragraph.
    expect(tree.enactingFormula).toBe('The General Assembly')
    expect(tree.children.map((node) => node.type)).toEqual(['header', 'heading', 'enactingFormula', 'operative'])
    expect(tree.children.find((node) => node.type === 'enactingFormula')).toMatchObject({organ: 'General Assembly'})
  })

  it('takes a sentence before the body for no formula', () => {
    const {tree} = parse('80/5. A title\n\nThe Fund is established here\n\nResolves that:\n\n1. The Fund shall be established;\n', {format: 'text'})
    expect(tree.enactingFormula).toBeUndefined()
    expect(tree.children.some((node) => node.type === 'enactingFormula')).toBe(false)
  })
})
