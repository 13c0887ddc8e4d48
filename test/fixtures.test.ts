/**
 * Every fixture under fixtures/parse: its outline and its full tree against
 * the committed expected files, and the counts each fixture was written for.
 */
import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {Chalk} from 'chalk'
import {describe, expect, it} from 'vitest'
import {parse} from '../src/index.js'
import {citationsOf, paragraphs, phraseOf, walk} from '../src/query/paragraphs.js'
import {outline} from '../src/render/outline.js'
import {expectFile, fixtureDirs} from './helpers.js'

const plain = new Chalk({level: 0})

describe.each(fixtureDirs('parse'))('fixture $name', ({dir, input}) => {
  const source = readFileSync(input, 'utf8')
  const {tree} = parse(source, {format: input.endsWith('.md') ? 'markdown' : 'auto'})

  it('matches its expected outline', () => {
    const actual = outline(tree, plain).join('\n') + '\n'
    expect(actual).toBe(expectFile(join(dir, 'expected.outline.txt'), actual))
  })

  it('matches its expected tree', () => {
    const actual = JSON.stringify(tree, null, 1) + '\n'
    expect(actual).toBe(expectFile(join(dir, 'expected.tree.json'), actual))
  })
})

/** What each fixture was written to contain. */
function counts(name: string) {
  const input = fixtureDirs('parse').find((fixture) => fixture.name === name)!.input
  const {tree, diagnostics} = parse(readFileSync(input, 'utf8'))
  const all = paragraphs(tree)
  const nodes = [...walk(tree)]
  return {
    tree,
    diagnostics,
    pp: all.filter((p) => p.type === 'preambularParagraph').map((p) => p.label),
    op: all.filter((p) => p.type === 'operativeParagraph').map((p) => p.label),
    sub: all.filter((p) => p.type === 'subParagraph').map((p) => p.label),
    phrases: all.filter((p) => p.type !== 'subParagraph').map((p) => phraseOf(p)?.value),
    parts: nodes.filter((n) => n.type === 'part').map((n) => (n as {path: string}).path),
    footnotes: nodes.filter((n) => n.type === 'footnoteDefinition').length,
    footnoteRefs: nodes.filter((n) => n.type === 'footnoteReference').length
  }
}

describe('fixture contents', () => {
  it('seed as PDF text equals the Markdown seed in paragraphs, phrases and citations', () => {
    const pdf = counts('seed-pdf')
    const md = counts('seed')
    expect(pdf.pp).toEqual(md.pp)
    expect(pdf.op).toEqual(md.op)
    expect(pdf.phrases).toEqual(md.phrases)
    const cites = (tree: typeof pdf.tree) =>
      paragraphs(tree).flatMap((p) => citationsOf(p).map((c) => [p.label, c.kind, c.symbol ?? c.article, c.date, c.targets]))
    expect(cites(pdf.tree)).toEqual(cites(md.tree))
    expect(pdf.footnotes).toBe(1)
    expect(pdf.footnoteRefs).toBe(1)
    expect(pdf.tree.symbol).toBe('A/AC.291/L.15')
  })

  it('Security Council resolution acts under Chapter VII and remains seized', () => {
    const sc = counts('security-council')
    expect(sc.pp).toHaveLength(8)
    expect(sc.op).toHaveLength(8)
    expect(sc.tree.chapterVII).toBe(true)
    expect(sc.tree.organ).toBe('Security Council')
    expect(sc.phrases.at(-1)).toBe('Decides')
    expect(sc.phrases).toContain('Acting under Chapter VII')
  })

  it('sub-paragraphs follow the ladder, (i) after (h) is a letter', () => {
    const sub = counts('subparagraphs')
    expect(sub.sub).toHaveLength(15)
    expect(sub.sub).toContain('OP3(b)(i)')
    expect(sub.sub).toContain('OP3(b)(ii)')
    expect(sub.sub).toContain('OP5(i)')
    expect(sub.sub).toContain('OP5(j)')
    expect(sub.footnotes).toBe(1)
  })

  it('lettered parts restart their numbering', () => {
    const parts = counts('parts')
    expect(parts.parts).toEqual(['I', 'II', 'II.A', 'II.B'])
    expect(parts.pp).toHaveLength(7)
    expect(parts.op).toEqual(['I.OP1', 'I.OP2', 'I.OP3', 'I.OP4', 'II.A.OP1', 'II.A.OP2', 'II.A.OP3', 'II.B.OP1', 'II.B.OP2', 'II.B.OP3'])
    expect(parts.diagnostics.filter((d) => d.ruleId === 'operative-numbering')).toEqual([])
  })

  it('an annex keeps its articles out of the operative part', () => {
    const annex = counts('annex')
    expect(annex.pp).toHaveLength(3)
    expect(annex.op).toEqual(['OP1', 'OP2', 'OP3'])
    expect(annex.tree.children.filter((n) => n.type === 'annex')).toHaveLength(1)
  })

  it('a single operative paragraph is unnumbered', () => {
    const one = counts('one-paragraph')
    expect(one.pp).toEqual([])
    expect(one.op).toEqual(['OP1'])
    const paragraph = paragraphs(one.tree)[0]!
    expect(paragraph.type === 'operativeParagraph' && paragraph.number).toBeNull()
    expect(one.phrases).toEqual(['Decides'])
  })

  it('a decision keeps its sub-paragraphs and footnote', () => {
    const decision = counts('decision')
    expect(decision.sub).toEqual(['OP1(a)', 'OP1(b)', 'OP1(c)'])
    expect(decision.footnotes).toBe(1)
    expect(decision.tree.number).toBe('80/512')
  })

  it('a draft with brackets keeps its notes and its alternative', () => {
    const draft = counts('draft-brackets')
    expect(draft.pp).toHaveLength(5)
    expect(draft.op).toEqual(['OP1', 'OP2', 'OP3', 'OP3 alt', 'OP4', 'OP5', 'OP6'])
    expect(draft.tree.sponsors).toEqual(['Argentina', 'Brazil', 'Chile', 'Mexico'])
    const kinds = [...walk(draft.tree)].filter((n) => n.type === 'bracketedNote').map((n) => (n as {kind: string}).kind)
    expect(kinds.filter((k) => k === 'status')).toHaveLength(6)
    expect(kinds).toContain('placeholder')
    expect(kinds).toContain('alternative')
  })
})
