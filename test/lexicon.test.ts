/** The lexicon data: every head well formed, ranked, and its forms found by the matcher. */
import {describe, expect, it} from 'vitest'
import {lexicon, matchPhrase, strengths} from '../src/index.js'

describe('the lexicon', () => {
  it('gives every head a strength on the scale, forms and a rank', () => {
    const lemmas = new Set<string>()
    for (const entry of lexicon) {
      expect(strengths).toContain(entry.strength)
      expect(entry.operative.length + entry.preambular.length).toBeGreaterThan(0)
      expect(lemmas.has(entry.lemma)).toBe(false)
      lemmas.add(entry.lemma)
    }
    const counts = lexicon.map((entry) => entry.count)
    expect(counts).toEqual([...counts].sort((a, b) => b - a))
    expect(lexicon[0]!.count).toBeGreaterThan(1000)
  })

  it('finds each form as written, in capitals, with its lemma and form', () => {
    for (const entry of lexicon) {
      for (const [list, form] of [[entry.operative, 'operative'], [entry.preambular, 'preambular']] as const) {
        for (const {form: text} of list) {
          const written = text.charAt(0).toUpperCase() + text.slice(1) + ' the report'
          expect(matchPhrase(written, 0, 'any'), written).toMatchObject({head: entry.lemma, form, known: true})
          expect(matchPhrase(written.toUpperCase(), 0, 'any'), written).toMatchObject({head: entry.lemma, form})
        }
      }
    }
  })
})
