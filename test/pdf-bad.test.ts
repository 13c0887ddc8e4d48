/**
 * Bad PDFs, made here in code: each gets one clear line on stderr and exit
 * 2 (encrypted, an image with no text layer, truncated, corrupt), or parses
 * with a warning (a PDF that is not a UN document, a broken font map), or
 * reads every page of a long PDF (the memory of 1,000 pages is measured by the bench). Skipped until the PDF reader is
 * in the registry.
 */
import {spawnSync} from 'node:child_process'
import {existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {deflateSync} from 'node:zlib'
import {PDFDocument, PDFHexString, PDFName, StandardFonts, rgb} from 'pdf-lib'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {readers} from '../src/read/index.js'
import {root, run, seed} from './helpers.js'

const hasPdfReader = readers.some((reader) => String(reader.format) === 'pdf')
if (!hasPdfReader) console.warn('pdf-bad.test.ts: no PDF reader in src/read/index.ts yet; the bad-PDF tests are skipped')
const built = existsSync(join(root, 'dist/reso.cjs'))
if (!built) console.warn('pdf-bad.test.ts: dist/ is absent (npm run build); the test of the built program among other files is skipped')

const dir = mkdtempSync(join(tmpdir(), 'reso-pdf-bad-'))
afterAll(() => rmSync(dir, {recursive: true, force: true}))
const fixture = (name: string) => readFileSync(join(root, 'fixtures/pdf', name, 'input.pdf'))

/** Fixed metadata, so that what a test writes is the same every run. */
function plain(pdf: PDFDocument): PDFDocument {
  const date = new Date('2025-01-01T00:00:00Z')
  pdf.setCreationDate(date)
  pdf.setModificationDate(date)
  pdf.setProducer('reso tests')
  return pdf
}

/** A fixture with an /Encrypt dictionary (the standard handler, RC4 40-bit) whose owner and user keys no empty password opens. */
async function encrypted(): Promise<Uint8Array> {
  const pdf = plain(await PDFDocument.load(fixture('subparagraphs'), {updateMetadata: false}))
  const key = (byte: number) => PDFHexString.of(byte.toString(16).padStart(2, '0').repeat(32))
  const handler = pdf.context.obj({Filter: 'Standard', V: 1, R: 2, Length: 40, P: -3904})
  handler.set(PDFName.of('O'), key(0x5a))
  handler.set(PDFName.of('U'), key(0xa5))
  pdf.context.trailerInfo.Encrypt = pdf.context.register(handler)
  const id = PDFHexString.of('0123456789abcdef0123456789abcdef')
  pdf.context.trailerInfo.ID = pdf.context.obj([id, id])
  return pdf.save({useObjectStreams: false})
}

/** A grey PNG of width x height with a pattern of lines, made by hand: signature, IHDR, IDAT, IEND. */
function png(width: number, height: number): Uint8Array {
  const table = new Int32Array(256).map((_, n) => {
    let c = n
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
    return c
  })
  const crc = (bytes: Buffer) => {
    let c = -1
    for (const byte of bytes) c = table[(c ^ byte) & 0xff]! ^ (c >>> 8)
    return (c ^ -1) >>> 0
  }
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data])
    const length = Buffer.alloc(4)
    length.writeUInt32BE(data.length)
    const sum = Buffer.alloc(4)
    sum.writeUInt32BE(crc(body))
    return Buffer.concat([length, body, sum])
  }
  const header = Buffer.alloc(13)
  header.writeUInt32BE(width, 0)
  header.writeUInt32BE(height, 4)
  header[8] = 8 // bit depth
  header[9] = 0 // greyscale
  const raw = Buffer.alloc((width + 1) * height, 255)
  for (let y = 0; y < height; y++) {
    raw[y * (width + 1)] = 0 // filter: none
    // Lines of "print": dark runs on every fourth row band, as a scanned page of text looks from afar.
    if (y % 12 < 4 && y > 20 && y < height - 20) for (let x = 20; x < width - 20; x++) if ((x * 7 + y) % 23 > 4) raw[y * (width + 1) + 1 + x] = 40
  }
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))])
}

/** A scan: two pages that are each one picture, no text layer. */
async function imageOnly(): Promise<Uint8Array> {
  const pdf = plain(await PDFDocument.create({updateMetadata: false}))
  const image = await pdf.embedPng(png(306, 396))
  for (let i = 0; i < 2; i++) pdf.addPage([612, 792]).drawImage(image, {x: 0, y: 0, width: 612, height: 792})
  return pdf.save({useObjectStreams: false})
}

/** A page of ordinary prose: a valid PDF, but no resolution in it. */
async function prose(): Promise<Uint8Array> {
  const pdf = plain(await PDFDocument.create({updateMetadata: false}))
  const font = await pdf.embedFont(StandardFonts.Helvetica)
  const page = pdf.addPage([612, 792])
  const text = [
    'Notes from the allotment, late September',
    '',
    'The beans have finished at last, and the runner frames can come down before the',
    'autumn winds take them. The squash did better than last year: eleven fruits from',
    'three plants, most of them stored in the shed on a bed of straw. The tomatoes',
    'suffered from blight again in August, so next year they will go in the greenhouse.',
    '',
    'Jobs for October: dig over the long bed, spread the compost from the older heap,',
    'sow green manure where the potatoes were, and mend the gate before the frosts.',
    'The apple tree by the fence needs a light prune once the leaves have dropped.'
  ]
  text.forEach((line, index) => page.drawText(line, {x: 72, y: 720 - index * 16, size: 11, font, color: rgb(0, 0, 0)}))
  return pdf.save({useObjectStreams: false})
}

/** 100 pages: the body pages of the seed fixture, copied over and over. */
async function longPdf(): Promise<Uint8Array> {
  const source = await PDFDocument.load(fixture('seed'), {updateMetadata: false})
  const pdf = plain(await PDFDocument.create({updateMetadata: false}))
  const [first] = await pdf.copyPages(source, [0])
  pdf.addPage(first!)
  while (pdf.getPageCount() < 131) for (const page of await pdf.copyPages(source, [1, 2])) pdf.addPage(page)
  return pdf.save({useObjectStreams: false})
}

/**
 * A text layer whose letters are each one further on in the alphabet, as a
 * broken font map gives them: the seed's operative paragraphs, set on pages
 * like a UN document's. The paragraph numbers stay; the words are not words.
 */
async function garbled(): Promise<Uint8Array> {
  const pdf = plain(await PDFDocument.create({updateMetadata: false}))
  const font = await pdf.embedFont(StandardFonts.TimesRoman)
  const shifted = (text: string) => text.replace(/[a-z]/g, (letter) => String.fromCharCode(((letter.charCodeAt(0) - 96) % 26) + 97))
  const paragraphs = seed
    .split('\n')
    .filter((line) => /^\d+\. /.test(line))
    .map((line) => shifted(line.replace(/[*[\]]|\(#\)/g, '')))
  let page = pdf.addPage([612, 792])
  let y = 720
  for (const paragraph of paragraphs) {
    const lines: string[] = []
    let line = ''
    for (const word of paragraph.split(' ')) {
      if (line !== '' && font.widthOfTextAtSize(line + ' ' + word, 10) > 365) {
        lines.push(line)
        line = word
      } else line = line === '' ? word : line + ' ' + word
    }
    lines.push(line)
    for (const [index, text] of lines.entries()) {
      if (y < 80) {
        page = pdf.addPage([612, 792])
        y = 720
      }
      page.drawText(text, {x: index === 0 ? 147 : 123.4, y, size: 10, font, color: rgb(0, 0, 0)})
      y -= 12
    }
    y -= 6
  }
  return pdf.save({useObjectStreams: false})
}

/** Garbage after the signature, the same every run. */
function corrupt(): Uint8Array {
  const bytes = Buffer.alloc(4096)
  let state = 12345
  for (let i = 0; i < bytes.length; i++) {
    state = (state * 1103515245 + 12345) & 0x7fffffff
    bytes[i] = state >>> 16
  }
  return Buffer.concat([Buffer.from('%PDF-1.7\n', 'latin1'), bytes])
}

/**
 * A PDF whose page tree names three pages, the second and third of them
 * cut off inside an array: PDF.js gives up on it, and a page dictionary it
 * had fetched ahead fails after that, unheard (Node would end the process
 * with a trace of an unhandled rejection). Written by hand, with a true
 * cross-reference table, as a damaged download can be.
 */
function brokenTree(): Uint8Array {
  const content = 'BT /F1 12 Tf 72 700 Td (The General Assembly,) Tj 0 -20 Td (1. Requests the Secretary-General to report.) Tj ET'
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R 4 0 R 5 0 R] /Count 3 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 6 0 R >> >> /Contents 7 0 R >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Times-Roman >>',
    '<< /Length ' + content.length + ' >>\nstream\n' + content + '\nendstream'
  ]
  let text = '%PDF-1.7\n'
  const offsets: number[] = []
  for (const [index, object] of objects.entries()) {
    offsets.push(text.length)
    text += index + 1 + ' 0 obj\n' + object + '\nendobj\n'
  }
  const xref = 'xref\n0 ' + (objects.length + 1) + '\n0000000000 65535 f \n' + offsets.map((offset) => String(offset).padStart(10, '0') + ' 00000 n \n').join('')
  return new Uint8Array(Buffer.from(text + xref + 'trailer\n<< /Size ' + (objects.length + 1) + ' /Root 1 0 R >>\nstartxref\n' + text.length + '\n%%EOF\n', 'latin1'))
}

const files: Record<string, string> = {}
beforeAll(async () => {
  if (!hasPdfReader) return
  const seed = fixture('seed')
  const made: Record<string, Uint8Array> = {
    'encrypted.pdf': await encrypted(),
    'scan.pdf': await imageOnly(),
    'truncated.pdf': seed.subarray(0, seed.length >> 1),
    'corrupt.pdf': corrupt(),
    'broken-tree.pdf': brokenTree(),
    'prose.pdf': await prose(),
    'garbled.pdf': await garbled(),
    'long.pdf': await longPdf()
  }
  for (const [name, bytes] of Object.entries(made)) {
    files[name] = join(dir, name)
    writeFileSync(files[name]!, bytes)
  }
}, 120_000)

/** One line on stderr, exit 2, no stack trace. */
async function refused(name: string): Promise<string> {
  const {stdout, stderr, code} = await run(['verbs', files[name]!])
  expect(code).toBe(2)
  expect(stdout).toBe('')
  expect(stderr.endsWith('\n')).toBe(true)
  expect(stderr.trimEnd().split('\n')).toHaveLength(1)
  expect(stderr).not.toMatch(/\n\s+at |Error:|Exception/)
  expect(stderr).toContain(name)
  return stderr
}

describe('bad PDFs', () => {
  it.skipIf(!hasPdfReader)('encrypted: says so and asks for an unprotected copy', async () => {
    expect(await refused('encrypted.pdf')).toContain('encrypted: reso cannot read it; ask for an unprotected copy')
  })

  it.skipIf(!hasPdfReader)('a scan with no text layer: says to run OCR first', async () => {
    expect(await refused('scan.pdf')).toContain('no text layer: this PDF is an image; run OCR first, e.g. ocrmypdf')
  })

  it.skipIf(!hasPdfReader)('truncated (a fixture cut in half): not a readable PDF', async () => {
    expect(await refused('truncated.pdf')).toContain('not a readable PDF')
  })

  it.skipIf(!hasPdfReader)('corrupt (garbage after %PDF-): not a readable PDF', async () => {
    expect(await refused('corrupt.pdf')).toContain('not a readable PDF')
  })

  it.skipIf(!hasPdfReader)('a page tree cut off: not a readable PDF', async () => {
    expect(await refused('broken-tree.pdf')).toContain('not a readable PDF')
  })

  // As a user runs it, in a process of its own: there an unhandled rejection ends the run with a trace.
  it.skipIf(!hasPdfReader || !built)('a page tree cut off, among other files: one line for it, no trace of what PDF.js fetched ahead, the other file read', () => {
    const result = spawnSync(process.execPath, [join(root, 'bin/reso.js'), 'verbs', '--count', '--json', files['broken-tree.pdf']!, join(root, 'fixtures/pdf/seed/input.pdf')], {cwd: root, encoding: 'utf8', env: {...process.env, NO_COLOR: '1'}})
    expect(result.stderr).not.toMatch(/\n\s+at |Unhandled/)
    expect(result.status).toBe(2)
    expect(result.stderr.trimEnd().split('\n').filter((line) => line.includes('broken-tree.pdf'))).toHaveLength(1)
    // The seed, read all the same: its four requests.
    expect((JSON.parse(result.stdout) as Array<{head: string; count: number}>).find((verb) => verb.head === 'request')?.count).toBe(4)
  }, 60_000)

  it.skipIf(!hasPdfReader)('a PDF that is not a UN document parses, with a warning that no resolution structure was found', async () => {
    const {stderr, code} = await run(['parse', files['prose.pdf']!])
    expect(code).toBe(0)
    expect(stderr).toMatch(/no resolution structure/i)
    expect(stderr).not.toMatch(/\n\s+at /)
  })

  it.skipIf(!hasPdfReader)('a broken font map (most words not words) parses, with a warning that the text layer looks garbled', async () => {
    const {stdout, stderr, code} = await run(['parse', files['garbled.pdf']!])
    expect(code).toBe(0)
    expect(stdout).not.toBe('')
    expect(stderr).toMatch(/garbled/)
    expect(stderr).not.toMatch(/\n\s+at /)
  })

  // A long PDF read page by page: every page's paragraphs reach the tree.
  // (The peak memory of 1,000 pages is a figure of the bench, bench/pdf.bench.js:
  // a run of it takes half a minute alone and far more on a busy machine.)
  it.skipIf(!hasPdfReader)('a long PDF: every page is read', async () => {
    const {stdout, stderr, code} = await run(['verbs', '--count', '--json', files['long.pdf']!])
    expect(stderr).not.toMatch(/\n\s+at |not a readable/)
    expect(code).toBe(0)
    // The seed's pages 2 and 3 carry four decisions and four requests: 65 copies of them, read alike
    // before and after page 100, where the reader empties PDF.js's caches (its fonts are read again).
    const counts = JSON.parse(stdout) as Array<{head: string; count: number}>
    expect(counts.find((verb) => verb.head === 'request')?.count).toBe(4 * 65)
    expect(counts.find((verb) => verb.head === 'decide')?.count).toBe(4 * 65)
  }, 180_000)
})
