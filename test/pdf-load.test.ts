/**
 * How reso loads PDF.js (src/read/pdf/load.ts): the documents reso opens
 * skip the rebuilding of their TrueType font programs, which only drawing
 * needs, and a document that another user of PDF.js opens in the same
 * process keeps them, so that it can still be drawn (on a real PDF of
 * ../shared/corpus-pdf, skipped when that folder is absent). The Brotli
 * decoder, made only when a stream needs it, still decodes. Reading a PDF
 * loads neither fetch (undici) nor @napi-rs/canvas, and a damaged code
 * cache of PDF.js is left aside, not fed to V8 (with the built library,
 * dist/index.js, in a process of its own; skipped when dist/ is absent).
 */
import {spawnSync} from 'node:child_process'
import {cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {brotliCompressSync} from 'node:zlib'
import {readPages} from '../src/read/pdf/index.js'
import {loadPdfJs, type PdfJs} from '../src/read/pdf/load.js'

const file = fileURLToPath(new URL('../../shared/corpus-pdf/A_80_L.4.pdf', import.meta.url))
const present = existsSync(file)
if (!present) console.warn('test/pdf-load.test.ts: ' + file + ' is absent; its tests are skipped')

/** The sizes of the font programs that drawing page 1 hands to the main thread, by the name of the font (fontExtraProperties: the main thread keeps them). */
async function fontPrograms(pdfjs: PdfJs): Promise<Map<string, number>> {
  const task = pdfjs.getDocument({data: new Uint8Array(readFileSync(file)), isEvalSupported: false, verbosity: 0, useSystemFonts: false, disableFontFace: true, fontExtraProperties: true})
  const document = await task.promise
  try {
    const page = await document.getPage(1)
    const list = await page.getOperatorList()
    const sizes = new Map<string, number>()
    for (const [index, op] of list.fnArray.entries()) {
      if (op !== pdfjs.OPS.setFont) continue
      const id = (list.argsArray[index] as [string])[0]
      const font = page.commonObjs.get(id) as {name: string; data?: Uint8Array}
      sizes.set(font.name, font.data?.length ?? 0)
    }
    return sizes
  } finally {
    await document.destroy()
  }
}

describe.skipIf(!present)('loading PDF.js', () => {
  it("skips the font programs of reso's documents, and only theirs", async () => {
    const {pdfjs} = loadPdfJs()
    const own = createRequire(import.meta.url)('pdfjs-dist/legacy/build/pdf.mjs') as PdfJs
    const reso = await fontPrograms(pdfjs)
    const others = await fontPrograms(own)
    // Page 1 of A/80/L.4 sets its text in embedded TrueType subsets of Times New Roman.
    expect([...reso.keys()].some((name) => name.includes('TimesNewRoman'))).toBe(true)
    expect([...reso.keys()].sort()).toEqual([...others.keys()].sort())
    for (const [name, size] of others) {
      expect(size, name).toBeGreaterThan(1000)
      expect(reso.get(name), name).toBe(0)
    }
  })
})

/** A one-page PDF whose content stream is Brotli-compressed (/BrotliDecode, PDF 2.0), the text in Helvetica. */
function brotliPdf(text: string): Uint8Array {
  const content = brotliCompressSync(Buffer.from('BT /F1 24 Tf 72 700 Td (' + text + ') Tj ET'))
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>',
    null,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>'
  ]
  const parts: Buffer[] = [Buffer.from('%PDF-2.0\n')]
  const offsets: number[] = []
  let length = parts[0]!.length
  for (const [index, object] of objects.entries()) {
    offsets.push(length)
    const piece =
      object === null
        ? Buffer.concat([Buffer.from(index + 1 + ' 0 obj\n<< /Length ' + content.length + ' /Filter /BrotliDecode >>\nstream\n'), content, Buffer.from('\nendstream\nendobj\n')])
        : Buffer.from(index + 1 + ' 0 obj\n' + object + '\nendobj\n')
    parts.push(piece)
    length += piece.length
  }
  const xref = 'xref\n0 ' + (objects.length + 1) + '\n0000000000 65535 f \n' + offsets.map((offset) => String(offset).padStart(10, '0') + ' 00000 n \n').join('')
  parts.push(Buffer.from(xref + 'trailer\n<< /Size ' + (objects.length + 1) + ' /Root 1 0 R >>\nstartxref\n' + length + '\n%%EOF\n'))
  return new Uint8Array(Buffer.concat(parts))
}

describe('the Brotli decoder, made when first needed', () => {
  it('reads a content stream compressed with Brotli', async () => {
    const pages = await readPages('brotli.pdf', brotliPdf('Requests the Secretary-General to report'))
    expect(pages[0]?.lines.map((line) => line.text)).toEqual(['Requests the Secretary-General to report'])
  })
})

const root = fileURLToPath(new URL('..', import.meta.url))
const built = existsSync(root + 'dist/index.js')
if (!built) console.warn('test/pdf-load.test.ts: dist/ is absent (npm run build); the test of what reading a PDF loads is skipped')

describe.skipIf(!built)('what reading a PDF loads', () => {
  it('neither fetch (undici) nor @napi-rs/canvas, and no DOMMatrix is put into the process', () => {
    const program = `
      import {readFileSync} from 'node:fs'
      import {createRequire} from 'node:module'
      const {read} = await import('./dist/index.js')
      const source = await read({name: 'seed.pdf', bytes: new Uint8Array(readFileSync('fixtures/pdf/seed/input.pdf'))})
      const require = createRequire(import.meta.url)
      console.log(JSON.stringify({
        format: source.format,
        canvas: Object.keys(require.cache).filter((path) => path.includes('@napi-rs')).length,
        fetch: process.moduleLoadList.filter((name) => name.includes('undici')).length,
        DOMMatrix: typeof globalThis.DOMMatrix
      }))`
    const result = spawnSync(process.execPath, ['--input-type=module', '-e', program], {cwd: root, encoding: 'utf8'})
    expect(result.stderr).toBe('')
    expect(JSON.parse(result.stdout)).toEqual({format: 'pdf', canvas: 0, fetch: 0, DOMMatrix: 'undefined'})
  })
})

describe.skipIf(!built || !existsSync(root + 'dist/pdf.worker.cache'))('the code caches of PDF.js', () => {
  it('a damaged cache is left aside: the PDF is read all the same', () => {
    // A copy of the built library under .scratch/ (ignored by git), where pdfjs-dist still resolves, with its worker's cache damaged.
    const copy = root + '.scratch/pdf-load-' + process.pid + '/'
    try {
      mkdirSync(copy, {recursive: true})
      cpSync(root + 'dist/index.js', copy + 'index.js')
      cpSync(root + 'dist/chunks', copy + 'chunks', {recursive: true})
      cpSync(root + 'dist/pdf.cache', copy + 'pdf.cache')
      const cache = readFileSync(root + 'dist/pdf.worker.cache')
      for (let index = 100; index < cache.length; index += 997) cache[index] = cache[index]! ^ 0x5a
      writeFileSync(copy + 'pdf.worker.cache', cache)
      const program = `
        import {readFileSync} from 'node:fs'
        const {read} = await import(${JSON.stringify(copy + 'index.js')})
        const source = await read({name: 'seed.pdf', bytes: new Uint8Array(readFileSync('fixtures/pdf/seed/input.pdf'))})
        console.log(source.format, source.text.length > 1000)`
      const result = spawnSync(process.execPath, ['--input-type=module', '-e', program], {cwd: root, encoding: 'utf8'})
      expect(result.signal).toBe(null)
      expect(result.stdout.trim()).toBe('pdf true')
    } finally {
      rmSync(copy, {recursive: true, force: true})
    }
  })
})
