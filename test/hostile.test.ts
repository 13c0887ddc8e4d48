/**
 * Hostile and broken input: each case yields a correct tree (or, at the
 * CLI, one clear line and exit 2), never a hang, a crash or a stack trace.
 */
import {describe, expect, it} from 'vitest'
import {findCitations, lint, parse} from '../src/index.js'
import {paragraphs, phraseOf, walk} from '../src/grammar/paragraphs.js'
import {seed} from './helpers.js'

function count(text: string, type: string, format: 'markdown' | 'text' | 'auto' = 'auto'): number {
  let n = 0
  for (const node of walk(parse(text, {format}).tree)) if (node.type === type) n++
  return n
}

// Heavy cases on a shared 2-core machine: a generous time, never a timing assertion.
describe('hostile input', {timeout: 120_000}, () => {
  it('reads 10 MB on one line', () => {
    const line = 'Recalling its resolution 74/247 of 27 December 2019, '.repeat(200_000)
    expect(line.length).toBeGreaterThan(10_000_000)
    const {tree} = parse('The General Assembly,\n\n' + line, {format: 'text'})
    expect(paragraphs(tree)).toHaveLength(1)
  })

  it('reads 100,000 paragraphs', () => {
    const parts = ['The General Assembly,', '']
    for (let i = 1; i <= 100_000; i++) parts.push(i + '. Decides to act;', '')
    const {tree, diagnostics} = parse(parts.join('\n'), {format: 'text'})
    const all = paragraphs(tree)
    expect(all).toHaveLength(100_000)
    expect(all.at(-1)!.label).toBe('OP100000')
    expect(diagnostics.filter((d) => d.ruleId === 'operative-numbering')).toEqual([])
  })

  it('survives 10,000 nested brackets and serialises the tree', () => {
    const text = 'The General Assembly,\n\n1. Decides ' + '['.repeat(10_000) + 'to act' + ']'.repeat(10_000) + ';\n'
    for (const format of ['markdown', 'text'] as const) {
      const {tree} = parse(text, {format})
      expect(() => JSON.stringify(tree)).not.toThrow()
      expect(count(text, 'bracketedNote', format)).toBeLessThanOrEqual(32)
      expect(count(text, 'bracketedNote', format)).toBeGreaterThan(0)
    }
  })

  // Work done, not time: the tree spans every character of the input, or the input is marks that
  // read as nothing. "[" as Markdown costs some 30 ms a kilobyte in remark (linear, but slow on
  // a shared machine), so it reads a quarter of a megabyte; the rest read 1 MB.
  it.each(['(', '[', '1/1/', '*', '_', '`', 'resolution 1/', 'A/', '1.'])('reads 1 MB of %j', (unit) => {
    for (const format of ['markdown', 'text'] as const) {
      const size = unit === '[' && format === 'markdown' ? 250_000 : 1_000_000
      const text = unit.repeat(Math.ceil(size / unit.length))
      const {tree, diagnostics} = parse(text, {format})
      expect(tree.type).toBe('resolution')
      if (/[A-Za-z0-9(\[]/.test(unit)) expect(tree.position?.end.offset).toBe(text.length)
      else expect(tree.children.length === 0 || tree.position?.end.offset === text.length).toBe(true)
      expect(diagnostics.length).toBeLessThan(2_000_000)
    }
  }, 120_000)

  // Each "x/y.1" is a symbol's own number after its full stop, not footnote 1: the check of the word
  // before a run once read the whole paragraph before it at every run (96 KB took 2.3 s, 1 MB minutes).
  it('reads a 1 MB paragraph of "x/y.1 " above a footnote 1, in PDF text', () => {
    const text = 'The General Assembly,\n\n1. Decides ' + 'x/y.1 '.repeat(170_000) + 'end.\n\n___\n1 A note.\n'
    const {tree} = parse(text, {format: 'text'})
    expect(paragraphs(tree)).toHaveLength(1)
    expect(count(text, 'footnoteReference', 'text')).toBe(0)
    expect(count(text, 'footnoteDefinition', 'text')).toBe(1)
  })

  // A line of PDF text in many pieces: spread into push(), 240,000 of them overran the call stack.
  it('reads a 720 KB line of PDF text that breaks into 240,000 pieces', () => {
    const text = 'The General Assembly,\n\n1. Decides ' + '1AB/C '.repeat(120_000) + 'end.'
    const {tree} = parse(text, {format: 'text'})
    expect(paragraphs(tree)).toHaveLength(1)
    expect(tree.position?.end.offset).toBe(text.length)
  })

  it('finds no citation in 1 MB of "1/1/1/"', () => {
    expect(findCitations('1/1/1/'.repeat(200_000))).toEqual([])
    // 18 s of it is 1 MB of "[" as Markdown: generous, so a loaded machine does not fail it.
  }, 120_000)

  it('takes a paragraph of 150,000 lines and 100,000 sub-paragraphs (no argument spreading)', () => {
    const long = parse('1. Decides\n' + 'x\n'.repeat(150_000), {format: 'text'})
    expect(paragraphs(long.tree)).toHaveLength(1)
    const subs = parse('The General Assembly,\n\n1. Decides:\n\n' + '(a) x;\n\n'.repeat(100_000), {format: 'text'})
    expect(paragraphs(subs.tree)).toHaveLength(100_001)
    const bullets = parse('The General Assembly,\n\n1. Decides:\n\n' + '- y;\n\n'.repeat(40_000), {format: 'text'})
    expect(paragraphs(bullets.tree).at(-1)!.label).toBe('OP1(40000)')
    const numerals = parse('The General Assembly,\n\n1. Decides:\n\n' + '(i) y;\n\n'.repeat(40_000), {format: 'text'})
    expect(paragraphs(numerals.tree)).toHaveLength(40_001)
  })

  it('lints 150,000 stray brackets', () => {
    const result = parse('The General Assembly,\n\nRecalling ' + '] '.repeat(150_000) + ',\n', {format: 'text'})
    expect(lint(result).filter((d) => d.ruleId === 'unbalanced-bracket')).toHaveLength(150_000)
  })

  it('scans symbol-like runs in linear time ("A.A/A.A/...")', () => {
    const reads = (text: string): number => {
      const stats = {reads: 0}
      findCitations(text, {stats})
      return stats.reads
    }
    const small = 'A.A/'.repeat(10_000)
    expect(reads(small + small + small + small + small + small + small + small + small + small) / reads(small)).toBeLessThan(11)
  })

  it('takes paragraph numbers up to 10^9', () => {
    const {tree} = parse('The General Assembly,\n\n999999999. Decides to act;\n\n1000000000. Requests a report.\n', {format: 'text'})
    expect(paragraphs(tree).map((p) => p.label)).toEqual(['OP999999999', 'OP1000000000'])
  })

  it('reads CRLF, lone CR, no-break spaces and hyphens, soft hyphens and zero-width characters', () => {
    const crlf = seed.replace(/\n/g, '\r\n')
    const cr = seed.replace(/\n/g, '\r')
    const base = paragraphs(parse(seed).tree).map((p) => phraseOf(p)?.value)
    expect(paragraphs(parse(crlf).tree).map((p) => phraseOf(p)?.value)).toEqual(base)
    expect(paragraphs(parse(cr, {format: 'markdown'}).tree).map((p) => phraseOf(p)?.value)).toEqual(base)
    const odd = 'The\u00a0General Assembly,\n\n1. De\u00adcides\u200b that the Ad\u00a0Hoc Committee, under resolution\u00a074/247, and the non\u2011proliferation regime;\n'
    const {tree} = parse(odd, {format: 'text'})
    const op = paragraphs(tree)[0]!
    expect(phraseOf(op)).toMatchObject({value: 'Decides', head: 'decide'})
    const citation = [...walk(tree)].find((n) => n.type === 'citation')
    expect(citation).toMatchObject({symbol: 'A/RES/74/247'})
  })

  it('keeps positions right after a UTF-8 BOM', () => {
    const plain = paragraphs(parse(seed).tree).find((p) => p.label === 'OP1')!
    const bom = paragraphs(parse('\ufeff' + seed).tree).find((p) => p.label === 'OP1')!
    expect(bom.position!.start.line).toBe(plain.position!.start.line)
    expect(bom.position!.start.offset).toBe(plain.position!.start.offset! + 1)
  })
})
