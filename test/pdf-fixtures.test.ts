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
import {readers} from '../src/read/index.js'
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
