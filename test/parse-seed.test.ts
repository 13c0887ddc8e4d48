/** The seed, the draft that adopts the Convention against Cybercrime: the parse issue's "done when". */
import {describe, expect, it} from 'vitest'
import {parse} from '../src/index.js'
import {citationsOf, notesOf, paragraphs, phraseOf, ownText, walk} from '../src/grammar/paragraphs.js'
import type {OperativeParagraph, PreambularParagraph} from '../src/tree.js'
import {seed} from './helpers.js'

const {tree, diagnostics} = parse(seed)
const all = paragraphs(tree)
const preambular = all.filter((p): p is PreambularParagraph => p.type === 'preambularParagraph')
const operative = all.filter((p): p is OperativeParagraph => p.type === 'operativeParagraph')

describe('the seed', () => {
  it('is read as Markdown with its header', () => {
    expect(tree.format).toBe('markdown')
    expect(tree.kind).toBe('draft')
    expect(tree.title).toBe('United Nations Convention against Cybercrime')
    expect(tree.subtitle).toMatch(/^Strengthening International Cooperation for Combating Certain Crimes/)
    expect(tree.date).toBe('7 August 2024')
    expect(tree.distribution).toBe('Limited')
    expect(tree.number).toBe('[xx/xxx]')
    expect(tree.enactingFormula).toBe('The General Assembly,')
  })

  it('has 4 preambular and 12 operative paragraphs', () => {
    expect(preambular.map((p) => p.label)).toEqual(['PP1', 'PP2', 'PP3', 'PP4'])
    expect(operative.map((p) => p.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12])
  })

  it('reads the phrases in order', () => {
    expect(all.map((p) => phraseOf(p)?.value)).toEqual([
      'Recalling', 'Recalling also', 'Strongly convinced', 'Strongly convinced also',
      'Takes note', 'Adopts', 'Urges', 'Decides', 'Also decides', 'Further decides', 'Urges',
      'Requests', 'Requests', 'Also requests', 'Further requests', 'Decides'
    ])
    const also = phraseOf(operative[4]!)!
    expect(also).toMatchObject({head: 'decide', modifiers: ['also'], form: 'operative', known: true})
    expect(phraseOf(preambular[3]!)).toMatchObject({head: 'convinced', modifiers: ['strongly', 'also'], form: 'preambular'})
    expect(phraseOf(operative[0]!)).toMatchObject({head: 'take note'})
  })

  it('joins operative paragraph 6 across the page break', () => {
    const op6 = ownText(operative[5]!)
    expect(op6).toMatch(/rules of procedure of the Conference of the States Parties to the Convention and of other rules described in article 57/)
    expect(op6.endsWith('at its first session;')).toBe(true)
    expect(operative[6]!.number).toBe(7)
    expect(diagnostics.some((d) => d.ruleId === 'page-break-continuation' && d.place.start.line === 50)).toBe(true)
    expect(diagnostics.filter((d) => d.ruleId === 'operative-numbering')).toEqual([])
  })

  it('resolves the resolution citations to symbols, with dates', () => {
    const cited: Record<string, string[]> = {}
    for (const paragraph of all) {
      for (const citation of citationsOf(paragraph)) {
        if (citation.kind !== 'resolution') continue
        ;(cited[citation.symbol!] ??= []).push(paragraph.label)
      }
    }
    expect(cited).toEqual({'A/RES/74/247': ['PP1', 'OP5', 'OP6'], 'A/RES/75/282': ['PP2', 'OP5', 'OP6']})
    expect(citationsOf(preambular[0]!)[0]).toMatchObject({value: 'resolution 74/247 of 27 December 2019', date: '27 December 2019'})
    expect(citationsOf(preambular[1]!)[0]).toMatchObject({date: '26 May 2021'})
  })

  it('resolves "paragraphs 5 and 6 above" in OP10', () => {
    const internal = citationsOf(operative[9]!).find((c) => c.kind === 'internal')
    expect(internal).toMatchObject({value: 'paragraphs 5 and 6 above', targets: ['OP5', 'OP6']})
  })

  it('finds the articles of the Convention', () => {
    const articles = all.flatMap((p) => citationsOf(p)).filter((c) => c.kind === 'article')
    expect(articles.map((c) => c.article)).toEqual(['56', '57', '61', '62', '57', '58'])
    expect(articles[1]).toMatchObject({pinpoint: 'paragraph 5 (g)', instrument: 'United Nations Convention against Cybercrime'})
  })

  it('keeps six "agreed ad referendum" notes on their paragraphs and two placeholders', () => {
    const agreed = all.filter((p) => notesOf(p).some((n) => n.kind === 'status' && n.note === 'agreed ad referendum'))
    expect(agreed.map((p) => p.label)).toEqual(['PP1', 'PP2', 'OP1', 'OP2', 'OP11', 'OP12'])
    const placeholders = [...walk(tree)].filter((n) => n.type === 'bracketedNote' && n.kind === 'placeholder')
    expect(placeholders.map((n) => (n as {note: string}).note)).toEqual(['xx/xxx', 'date of adoption of the Convention by the General Assembly'])
  })

  it('survives a JSON round trip', () => {
    expect(JSON.parse(JSON.stringify(tree))).toEqual(tree)
  })
})

describe('sponsors', () => {
  it('split at commas and the last "and", keeping names that contain "and"', async () => {
    const {splitSponsors} = await import('../src/parse/header.js')
    expect(splitSponsors('Argentina, Antigua and Barbuda, Chile and Trinidad and Tobago')).toEqual(['Argentina', 'Antigua and Barbuda', 'Chile', 'Trinidad and Tobago'])
    expect(splitSponsors('Bosnia and Herzegovina and Saint Vincent and the Grenadines')).toEqual(['Bosnia and Herzegovina', 'Saint Vincent and the Grenadines'])
    expect(splitSponsors('Brazil, Chile and Mexico')).toEqual(['Brazil', 'Chile', 'Mexico'])
  })
})
