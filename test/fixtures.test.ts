/**
 * Every fixture against its expected outputs, found by walking fixtures/:
 * each expected.<command>[.<variant>].<ext> file of a document
 * (fixtures/documents/<name>/), of a corpus (fixtures/corpora/<name>/, its
 * documents together) and of a pair (fixtures/pairs/<name>/, old then new)
 * is compared with what the view it names prints. Adding an expectation to a
 * document is adding a file; a new view is one row in `views`. Then what
 * each document was written to contain.
 */
import {readFileSync} from 'node:fs'
import {join, relative} from 'node:path'
import {Chalk} from 'chalk'
import {describe, expect, it} from 'vitest'
import {parse} from '../src/index.js'
import {parseInput} from '../src/parse/index.js'
import {citationsOf, paragraphs, phraseOf, walk} from '../src/grammar/paragraphs.js'
import {outline} from '../src/render/outline.js'
import {documentInput, documents, expectFile, groups, run} from './helpers.js'

const plain = new Chalk({level: 0})

/** Paths as a user in the repository types them, so expected outputs do not depend on the machine. */
const rel = (path: string): string => relative(process.cwd(), path)

/** The tree of an input: text as the CLI reads it (Markdown by its extension), any other format through its reader. */
async function treeOf(input: string) {
  const bytes = readFileSync(input)
  if (/\.(md|txt)$/.test(input)) return parse(bytes.toString('utf8'), {format: input.endsWith('.md') ? 'markdown' : 'auto'}).tree
  return (await parseInput({name: input, bytes})).tree
}

/**
 * What an expected file holds, by its name without "expected.": the
 * arguments of `reso` (the files follow them) and the exit codes allowed, or
 * a function of the library for what the CLI does not print as such (the
 * parse views are the library's outline and the tree at indent 1).
 */
type View = {args: string[]; codes?: number[]} | {library: (inputs: string[]) => Promise<string>}

const views: Record<string, View> = {
  'parse.outline.txt': {library: async ([input]) => outline(await treeOf(input!), plain).join('\n') + '\n'},
  'parse.tree.json': {library: async ([input]) => JSON.stringify(await treeOf(input!), null, 1) + '\n'},
  'verbs.txt': {args: ['verbs']},
  'verbs.csv': {args: ['verbs', '--csv']},
  'verbs.all.txt': {args: ['verbs', '--all']},
  'verbs.all.json': {args: ['verbs', '--all', '--json']},
  'verbs.count.txt': {args: ['verbs', '--count']},
  'verbs.count.json': {args: ['verbs', '--count', '--json']},
  'verbs.count.csv': {args: ['verbs', '--count', '--csv']},
  'verbs.by-phrase-all.txt': {args: ['verbs', '--by', 'phrase', '--all']},
  'refs.table.txt': {args: ['refs']},
  'refs.json': {args: ['refs', '--json']},
  'refs.unique.txt': {args: ['refs', '--unique']},
  'refs.dangling.txt': {args: ['refs', '--dangling']},
  'refs.graph.json': {args: ['refs', '--graph', 'json']},
  'refs.graph.dot': {args: ['refs', '--graph', 'dot']},
  'refs.graph.mmd': {args: ['refs', '--graph', 'mermaid']},
  'refs.graph.csv': {args: ['refs', '--graph', 'csv']},
  'notes.txt': {args: ['notes']},
  'notes.json': {args: ['notes', '--json']},
  'lint.txt': {args: ['lint'], codes: [0, 1]},
  'diff.json': {args: ['diff', '--json']}
}

/** Check each expected file of a fixture against the view it names, run on `inputs`. */
function checkExpected(dir: string, expected: string[], inputs: string[]): void {
  for (const file of expected) {
    it(file, async () => {
      const view = views[file.slice('expected.'.length)]
      if (!view) throw new Error(file + ' names no view: add one to `views` in test/fixtures.test.ts')
      let actual: string
      if ('library' in view) actual = await view.library(inputs)
      else {
        const {stdout, stderr, code} = await run([...view.args, ...inputs.map(rel)])
        expect(stderr).toBe('')
        expect(view.codes ?? [0]).toContain(code)
        actual = stdout
      }
      expect(actual).toBe(expectFile(join(dir, file), actual))
    })
  }
}

describe('documents', () => {
  it('each holds one input, and each group names documents that exist', () => {
    expect(documents().length).toBeGreaterThanOrEqual(20)
    for (const group of [...groups('corpora'), ...groups('pairs')]) expect(group.inputs.length, group.name).toBeGreaterThan(0)
  })

  for (const {name, dir, input, expected} of documents()) {
    if (expected.length > 0) describe(name, () => checkExpected(dir, expected, [input]))
  }
})

describe('corpora', () => {
  for (const {name, dir, inputs, expected} of groups('corpora')) {
    describe(name, () => checkExpected(dir, expected, inputs))
  }
})

describe('pairs', () => {
  for (const {name, dir, inputs, expected} of groups('pairs')) {
    it(name + ' is two documents, old then new', () => expect(inputs).toHaveLength(2))
    describe(name, () => checkExpected(dir, expected, inputs))
  }
})

/** What each document was written to contain. */
function counts(name: string) {
  const {tree, diagnostics} = parse(readFileSync(documentInput(name), 'utf8'))
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
