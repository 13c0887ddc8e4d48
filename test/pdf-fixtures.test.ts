/**
 * The PDF fixtures are made by scripts/make-pdf-fixtures.js: running it
 * again gives the committed bytes, so a fixture never drifts from its script.
 */
import {spawnSync} from 'node:child_process'
import {mkdtempSync, readFileSync, readdirSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {PDFDocument} from 'pdf-lib'
import {afterAll, describe, expect, it} from 'vitest'
import {fixtureDirs, root} from './helpers.js'

const dir = mkdtempSync(join(tmpdir(), 'reso-pdf-fixtures-'))
afterAll(() => rmSync(dir, {recursive: true, force: true}))

const pages: Record<string, number> = {seed: 3, subparagraphs: 2, 'subparagraphs-draft': 2, 'security-council': 2}

describe('PDF fixtures', () => {
  it('are what the script writes, byte for byte', () => {
    const result = spawnSync(process.execPath, [join(root, 'scripts/make-pdf-fixtures.js'), dir], {encoding: 'utf8'})
    expect(result.stderr).toBe('')
    expect(result.status).toBe(0)
    const made = readdirSync(dir).sort()
    expect(made).toEqual(fixtureDirs('pdf').map((fixture) => fixture.name).sort())
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
