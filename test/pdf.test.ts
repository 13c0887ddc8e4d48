/**
 * The PDF reader on real pages of the official PDFs in ../shared/corpus-pdf
 * (skipped when that folder is absent): lines, markers and italics, page
 * furniture, footnotes, paragraphs over page breaks, the masthead, and a
 * sample of the corpus parsed whole.
 */
import {existsSync, readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {parseSource} from '../src/parse/index.js'
import {diff, substantive} from '../src/diff/index.js'
import {blockText} from '../src/read/blocks.js'
import {InputError, read} from '../src/read/index.js'
import {normalize} from '../src/read/normalize.js'
import {isPdf, looksGarbled, readPages, readPdf} from '../src/read/pdf/index.js'
import {findFurniture} from '../src/read/pdf/furniture.js'
import {measure} from '../src/read/pdf/measure.js'
import type {Resolution} from '../src/tree.js'

const corpus = fileURLToPath(new URL('../../shared/corpus-pdf/', import.meta.url))
const present = existsSync(corpus + 'A_C.3_80_L.10.pdf')
if (!present) console.warn('test/pdf.test.ts: ' + corpus + ' is absent; the tests on real PDFs are skipped')

function bytes(name: string): Uint8Array {
  return new Uint8Array(readFileSync(corpus + name))
}

function nodes(tree: Resolution, type: string): Array<{type: string; [key: string]: unknown}> {
  const found: Array<{type: string; [key: string]: unknown}> = []
  const stack: unknown[] = [tree]
  while (stack.length > 0) {
    const node = stack.pop() as {type: string; children?: unknown[]}
    if (node.type === type) found.push(node)
    if (node.children) for (let index = node.children.length - 1; index >= 0; index--) stack.push(node.children[index])
  }
  return found
}

describe('detecting a PDF', () => {
  it('goes by the %PDF- signature, not the name', () => {
    expect(isPdf(new TextEncoder().encode('%PDF-1.7\n'))).toBe(true)
    expect(isPdf(new TextEncoder().encode('The General Assembly, %PDF-'))).toBe(false)
  })

  it('reports a truncated PDF in one line', async () => {
    const broken = new TextEncoder().encode('%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R')
    await expect(read({name: 'cut.pdf', bytes: broken})).rejects.toThrow(InputError)
    await expect(read({name: 'cut.pdf', bytes: broken})).rejects.toThrow(/^cut\.pdf: /)
  })

  it('says a PDF without text is an image to OCR', async () => {
    const pdf = '%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n' +
      '3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n'
    await expect(read({name: 'scan.pdf', bytes: new TextEncoder().encode(pdf)})).rejects.toThrow('scan.pdf: no text layer: this PDF is an image; run OCR first, e.g. ocrmypdf')
  })

  it('tells garbled text from words', () => {
    expect(looksGarbled('The General Assembly, recalling its resolution of the year and the plan for peace, '.repeat(20))).toBe(false)
    expect(looksGarbled('Tho Gonoral Assombly, rocalling ito rosolution oq tho yoar anb tho plan qor poaco, '.repeat(20))).toBe(true)
  })
})

describe.skipIf(!present)('the PDF reader on real pages', () => {
  it('reads lines with raised markers and italic phrases (A/C.3/80/L.10, page 1)', async () => {
    const pages = await readPages('L.10', bytes('A_C.3_80_L.10.pdf'))
    const page = pages[0]!
    const recalling = page.lines.find((line) => line.text.startsWith('Recalling the World Summit'))!
    expect(recalling.runs[0]).toMatchObject({text: 'Recalling', italic: true})
    expect(recalling.runs[1]!.italic).toBe(false)
    // "Development 1 and its implementation": the raised 1 is a marker, not text.
    const marked = page.lines.find((line) => line.text.startsWith('Development') && line.runs.some((run) => run.raised))!
    expect(marked.runs.find((run) => run.raised)!.text).toBe('1')
  })

  it('sets aside the running header and the footer by position and repetition', async () => {
    const pages = await readPages('L.10', bytes('A_C.3_80_L.10.pdf'))
    const ranges = findFurniture(pages, measure(pages), 'A/C.3/80/L.10')
    const page2 = pages[1]!
    const removed = [...page2.lines.slice(0, ranges[1]!.from), ...page2.lines.slice(ranges[1]!.to)].map((line) => line.text)
    expect(removed).toEqual(['A/C.3/80/L.10', '2/8 25-16620'])
    // A two-line running title on odd pages (A/RES/79/226, page 3).
    const long = await readPages('226', bytes('A_RES_79_226.pdf'))
    const longRanges = findFurniture(long, measure(long), 'A/RES/79/226')
    expect(long[2]!.lines.slice(0, longRanges[2]!.from).map((line) => line.text)).toEqual([
      'Quadrennial comprehensive policy review of operational activities',
      'for development of the United Nations system A/RES/79/226'
    ])
  })

  it('reads the masthead by position and the body into blocks', async () => {
    const source = await readPdf({name: 'L.10', bytes: bytes('A_C.3_80_L.10.pdf')})
    expect(source.format).toBe('pdf')
    expect(source.front).toMatchObject({symbol: 'A/C.3/80/L.10', distribution: 'Limited', date: '14 October 2025', language: 'English', session: 'Eightieth session', agendaItem: 'Agenda item 25 (b)', title: 'Promoting social integration through social inclusion'})
    const texts = source.blocks.map(blockText)
    expect(texts).toContain('Peru: draft resolution')
    expect(texts).toContain('The General Assembly,')
    // Every piece points into the text it says it is (where lines join, the text's line break reads as a space).
    for (const block of source.blocks) {
      for (const piece of block.pieces) {
        if (piece.footnote !== undefined) expect(source.text.slice(piece.start, piece.end)).toBe('[^' + piece.footnote + ']')
        else expect(normalize(source.text.slice(piece.start, piece.end)).replace(/\n/g, ' ')).toBe(piece.text)
      }
    }
    // A paragraph's plain words are one piece, not one for each run and space.
    const plain = source.blocks.find((block) => blockText(block).startsWith('Reaffirming its resolution 70/1'))!
    expect(plain.pieces.length).toBeLessThan(blockText(plain).split(' ').length / 4)
    // The page-1 paragraph that runs onto page 2 is one block, whatever word page 2 starts with.
    const reaffirming = source.blocks.find((block) => blockText(block).startsWith('Reaffirming its resolution 70/1'))!
    expect(blockText(reaffirming)).toContain('and to building upon the achievements of the Millennium Development Goals')
    expect(new Set(reaffirming.pieces.map((piece) => piece.page))).toEqual(new Set([1, 2]))
    // Italic phrase, marker where it stands, footnotes after the body.
    expect(reaffirming.pieces[0]).toMatchObject({text: 'Reaffirming', emphasis: true})
    const welcoming = source.blocks.find((block) => blockText(block).startsWith('Welcoming the outcomes of the Second World Summit'))!
    expect(welcoming.pieces.filter((piece) => piece.footnote).map((piece) => piece.footnote)).toEqual(['1', '2'])
    const footnotes = source.blocks.filter((block) => block.kind === 'footnote')
    expect(footnotes[0]).toMatchObject({footnote: '1'})
    expect(blockText(footnotes[0]!)).toBe('Report of the World Summit for Social Development, Copenhagen, 6–12 March 1995 (United Nations publication, Sales No. E.96.IV.8), chap. I, resolution 1, annexes I and II.')
    // No page furniture in the body.
    const formula = texts.indexOf('The General Assembly,')
    for (const text of texts.slice(formula)) expect(text).not.toMatch(/25-16620|^A\/C\.3\/80\/L\.10$/)
  })

  it('keeps a footnote that runs onto the next page as one footnote (A/RES/80/3)', async () => {
    const source = await readPdf({name: '80/3', bytes: bytes('A_RES_80_3.pdf')})
    const {tree} = parseSource(source)
    expect(tree.symbol).toBe('A/RES/80/3')
    expect(tree.title).toBe('Awaza Political Declaration')
    const closing = nodes(tree, 'closing')[0] as unknown as {meeting: string; date: string}
    expect(closing).toMatchObject({meeting: '18th plenary meeting', date: '14 October 2025'})
    const annex = nodes(tree, 'annex')
    expect(annex).toHaveLength(1)
    expect(nodes(tree, 'operativeParagraph').map((node) => node.label)).toEqual(['OP1', 'OP2'])
    const definitions = nodes(tree, 'footnoteDefinition').map((node) => node.identifier)
    expect(new Set(definitions).size).toBe(definitions.length)
  })
})

/** A sample of the corpus: drafts and adopted texts, parts, annexes, footnotes on every page. */
const sample = ['A_80_L.4.pdf', 'A_C.1_80_L.44.pdf', 'A_C.3_80_L.10.pdf', 'A_C.6_80_L.19.pdf', 'A_RES_78_219.pdf', 'A_RES_80_3.pdf', 'A_RES_80_234.pdf', 'A_RES_79_226.pdf']

describe.skipIf(!present)('a sample of the corpus', () => {
  for (const name of sample) {
    it(name + ': no numbering gap, a title, no furniture in paragraphs, every marker has its footnote', async () => {
      const source = await readPdf({name, bytes: bytes(name)})
      const {tree, diagnostics} = parseSource(source)
      expect(diagnostics.filter((diagnostic) => diagnostic.ruleId === 'operative-numbering').map((diagnostic) => diagnostic.reason)).toEqual([])
      expect(tree.title).toBeTruthy()
      expect(nodes(tree, 'operativeParagraph').length).toBeGreaterThan(0)
      const symbol = tree.symbol!
      for (const type of ['preambularParagraph', 'operativeParagraph', 'subParagraph']) {
        for (const node of nodes(tree, type)) {
          const text = JSON.stringify(node)
          expect(text).not.toMatch(/\b\d{2}-\d{5}\b|\*\d{7}\*/)
          expect(text).not.toContain('"' + symbol + '"')
        }
      }
      const defined = new Set(nodes(tree, 'footnoteDefinition').map((node) => node.identifier))
      const missing = nodes(tree, 'footnoteReference').map((node) => node.identifier as string).filter((id) => !defined.has(id))
      expect(missing).toEqual([])
    }, 30_000)
  }
})

describe.skipIf(!present)('a draft and its adoption with identical bodies', () => {
  for (const [draft, adopted] of [['A_80_L.21.pdf', 'A_RES_80_174.pdf'], ['A_C.6_80_L.21.pdf', 'A_RES_80_164.pdf']] as const) {
    it(draft + ' -> ' + adopted + ': no paragraph changes, only the header', async () => {
      const before = parseSource(await readPdf({name: draft, bytes: bytes(draft)})).tree
      const after = parseSource(await readPdf({name: adopted, bytes: bytes(adopted)})).tree
      const result = diff(before, after)
      expect(result.changes.filter(substantive).map((change) => change.kind + ' ' + JSON.stringify(change).slice(0, 200))).toEqual([])
    }, 30_000)
  }
})
