/**
 * The PDF fixtures are made by scripts/make-pdf-fixtures.js: running it
 * again gives the committed bytes, so a fixture never drifts from its script.
 * Read back, each is the text it was set from: `reso diff` of that text
 * against the PDF finds no paragraph changed (expected.diff.txt).
 */
import {spawnSync} from 'node:child_process'
import {mkdtempSync, readFileSync, readdirSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {PDFDocument} from 'pdf-lib'
import {afterAll, describe, expect, it} from 'vitest'
import {parse, parseInput} from '../src/parse/index.js'
import {readers} from '../src/read/index.js'
import type {Content, Resolution} from '../src/tree.js'
import {expectFile, root, run} from './helpers.js'

const dir = mkdtempSync(join(tmpdir(), 'reso-pdf-fixtures-'))
afterAll(() => rmSync(dir, {recursive: true, force: true}))

const hasPdfReader = readers.some((reader) => String(reader.format) === 'pdf')

/** Each PDF fixture and the text fixture it was set from. */
const sources: Record<string, string> = {
  seed: 'fixtures/documents/seed/input.md',
  subparagraphs: 'fixtures/documents/subparagraphs/input.md',
  'subparagraphs-draft': 'fixtures/documents/subparagraphs/input.md',
  'security-council': 'fixtures/documents/security-council/input.txt'
}

const pages: Record<string, number> = {seed: 3, subparagraphs: 2, 'subparagraphs-draft': 2, 'security-council': 2}

describe('PDF fixtures', () => {
  it('are what the script writes, byte for byte', () => {
    const result = spawnSync(process.execPath, [join(root, 'scripts/make-pdf-fixtures.js'), dir], {encoding: 'utf8'})
    expect(result.stderr).toBe('')
    expect(result.status).toBe(0)
    const made = readdirSync(dir).sort()
    expect(made).toEqual(readdirSync(join(root, 'fixtures/pdf')).sort())
    for (const name of made) {
      const fresh = readFileSync(join(dir, name, 'input.pdf'))
      const committed = readFileSync(join(root, 'fixtures/pdf', name, 'input.pdf'))
      expect(fresh.equals(committed), name + ': run `npm run fixtures:pdf` and commit its output').toBe(true)
    }
  }, 60_000)

  it.each(Object.entries(pages))('%s is a PDF of %i pages', async (name, count) => {
    const bytes = readFileSync(join(root, 'fixtures/pdf', name, 'input.pdf'))
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-')
    const pdf = await PDFDocument.load(bytes, {updateMetadata: false})
    expect(pdf.getPageCount()).toBe(count)
    expect(pdf.getCreationDate()?.toISOString()).toBe('2025-01-01T00:00:00.000Z')
  })
})

describe.skipIf(!hasPdfReader)('PDF fixtures read back', () => {
  it.each(Object.entries(sources))('%s reads as %s: no paragraph changed', async (name, source) => {
    const pdf = 'fixtures/pdf/' + name + '/input.pdf'
    const {stdout, stderr, code} = await run(['diff', source, pdf])
    expect(stderr).toBe('')
    expect(code).toBe(0)
    expect(stdout).toMatch(/unchanged paragraphs/)
    expect(stdout.split('\n')).toEqual(expectFile(join(root, 'fixtures/pdf', name, 'expected.diff.txt'), stdout).split('\n'))
  })
})

/** Every node of a tree with its label or type and the pages its position starts and ends on. */
function pagesOf(tree: Resolution): Array<{node: string; start: number | undefined; end: number | undefined}> {
  const rows: Array<{node: string; start: number | undefined; end: number | undefined}> = []
  const stack: Array<Resolution | Content> = [tree]
  while (stack.length > 0) {
    const node = stack.pop()!
    const name = 'label' in node && typeof node.label === 'string' ? node.label : node.type === 'footnoteDefinition' ? 'footnote ' + node.identifier : node.type
    rows.push({node: name, start: node.position?.start.page, end: node.position?.end.page})
    if ('children' in node) for (let index = node.children.length - 1; index >= 0; index--) stack.push(node.children[index] as Content)
  }
  return rows
}

describe.skipIf(!hasPdfReader)('PDF positions name their page', () => {
  const parsed = async (name: string): Promise<Resolution> => {
    const path = join(root, 'fixtures/pdf', name, 'input.pdf')
    return (await parseInput({name: path, bytes: readFileSync(path)})).tree
  }

  it('every node of a PDF points at its page, and a paragraph cut by a page break spans both', async () => {
    const rows = pagesOf(await parsed('seed'))
    expect(rows.filter((row) => row.start === undefined || row.end === undefined)).toEqual([])
    // PP4 runs from the foot of page 1 onto page 2 (see the picture of the fixture); OP1 stands on page 2, OP10 on page 3.
    expect(rows.find((row) => row.node === 'PP4')).toEqual({node: 'PP4', start: 1, end: 2})
    expect(rows.find((row) => row.node === 'OP1')).toMatchObject({start: 2, end: 2})
    expect(rows.find((row) => row.node === 'OP10')).toMatchObject({start: 3, end: 3})
    expect(rows[0]).toEqual({node: 'resolution', start: 1, end: 3})
  })

  it('a footnote keeps the page it was printed on, though its text comes after the body', async () => {
    const rows = pagesOf(await parsed('subparagraphs'))
    expect(rows.filter((row) => row.node.startsWith('footnote '))).toEqual([{node: 'footnote 1', start: 1, end: 1}])
    expect(rows.find((row) => row.node === 'OP3(a)')).toEqual({node: 'OP3(a)', start: 1, end: 2})
  })

  it('a text format has no pages', () => {
    const rows = pagesOf(parse(readFileSync(join(root, sources.seed!), 'utf8')).tree)
    expect(rows.length).toBeGreaterThan(100)
    expect(rows.filter((row) => row.start !== undefined || row.end !== undefined)).toEqual([])
  })
})
