// PDF reading (issue 12), ratios measured in this process:
// (a) reso's PDF reader (the registry's `read`, as dist/index.js exports it) against pdfjs-dist's own
//     text extraction (getTextContent over every page) on the same files:
//     A/RES/79/226 (26 pages), a 5-page draft, and a 500-page PDF made here
//     by repeating the pages of A/RES/79/226; and the time per page of the
//     500-page PDF against that of the 26-page one (linear in pages);
// (b) against pdftotext (poppler, C++, spawned) on the same files;
// (c) `reso verbs --count` over the 104 PDFs of ../shared/corpus-pdf on both
//     cores against one, with the peak resident memory of each run.
// The machine may be shared: the in-process ratios take the fastest of
// rounds run in turn; single runs (500 pages, the corpus) are noisier.
import {spawnSync} from 'node:child_process'
import {existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync} from 'node:fs'
import {availableParallelism, tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {createRequire} from 'node:module'
import {PDFDocument} from 'pdf-lib'
import {bestAsync, command, ratio} from './time.js'

const root = fileURLToPath(new URL('..', import.meta.url))
const shared = fileURLToPath(new URL('../../shared/corpus-pdf/', import.meta.url))

/** pdfjs-dist's own extraction: getTextContent over every page; returns the characters seen. */
async function pdfjsText(pdfjs, bytes) {
  const task = pdfjs.getDocument({data: new Uint8Array(bytes), isEvalSupported: false, verbosity: 0, useSystemFonts: false, disableFontFace: true})
  const document = await task.promise
  let characters = 0
  try {
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number)
      const content = await page.getTextContent()
      for (const item of content.items) if ('str' in item) characters += item.str.length
      page.cleanup()
    }
  } finally {
    await document.destroy()
  }
  return characters
}

/** A PDF of `pages` pages: the pages of `source` over and over (pdf-lib copyPages). */
async function repeated(source, pages) {
  const from = await PDFDocument.load(source, {updateMetadata: false})
  const pdf = await PDFDocument.create({updateMetadata: false})
  const indices = from.getPageIndices()
  while (pdf.getPageCount() < pages) {
    const take = indices.slice(0, pages - pdf.getPageCount())
    for (const page of await pdf.copyPages(from, take)) pdf.addPage(page)
  }
  return pdf.save()
}

/** Run reso under /usr/bin/time: wall time in ms and peak RSS in MB. */
function measured(args) {
  const start = process.hrtime.bigint()
  const result = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, 'bin/reso.js', ...args], {cwd: root, encoding: 'utf8', maxBuffer: 1 << 28})
  const ms = Number(process.hrtime.bigint() - start) / 1e6
  const lines = result.stderr.trim().split('\n')
  const complaints = lines.slice(0, -1).filter((line) => !line.startsWith('Command exited'))
  return {ms, peak: Number(lines[lines.length - 1]) / 1024, stdout: result.stdout, status: result.status, complaints}
}

export default async function bench() {
  const {read, readers} = await import('../dist/index.js')
  if (!read || !readers?.some((reader) => reader.format === 'pdf')) return ['no PDF reader in the library (dist/index.js exports no read, or its registry no PDF reader): PDF figures skipped']
  if (!existsSync(shared)) return ['../shared/corpus-pdf is absent: PDF figures skipped']
  const lines = []
  const big = readFileSync(join(shared, 'A_RES_79_226.pdf'))
  const draft = readFileSync(join(shared, 'A_80_L.4.pdf'))
  const dir = mkdtempSync(join(tmpdir(), 'reso-pdf-bench-'))
  try {
    const long = await repeated(big, 500)
    const files = {'A/RES/79/226 (26 pages)': big, 'A/80/L.4 (5 pages)': draft, '500 pages (A/RES/79/226 repeated)': long}
    const paths = {}
    for (const [what, bytes] of Object.entries(files)) {
      paths[what] = join(dir, Object.keys(paths).length + '.pdf')
      writeFileSync(paths[what], bytes)
    }
    // reso first: it loads PDF.js with its worker in this thread, which pdfjsText then shares.
    const first = await read({name: 'warm-up.pdf', bytes: new Uint8Array(draft)})
    if (first.format !== 'pdf') return ['the registry did not read A/80/L.4 as a PDF (' + first.format + '): PDF figures skipped']
    const pdfjs = createRequire(join(root, 'package.json'))('pdfjs-dist/legacy/build/pdf.mjs')
    await pdfjsText(pdfjs, draft)
    const perPage = {}
    const hasPoppler = !spawnSync('pdftotext', ['-v']).error
    for (const [what, bytes] of Object.entries(files)) {
      // Rounds of one run each, taken in turn, so that a busy neighbour slows both alike; the fastest of each.
      const runs = bytes === long ? 1 : 7
      let resoMs = Infinity
      let pdfjsMs = Infinity
      for (let round = 0; round < runs; round++) {
        resoMs = Math.min(resoMs, await bestAsync(1, () => read({name: what, bytes: new Uint8Array(bytes)})))
        pdfjsMs = Math.min(pdfjsMs, await bestAsync(1, () => pdfjsText(pdfjs, bytes)))
      }
      const pages = (await PDFDocument.load(bytes, {updateMetadata: false})).getPageCount()
      perPage[what] = resoMs / pages
      lines.push('read ' + what + ': reso ' + resoMs.toFixed(0) + ' ms, pdfjs-dist getTextContent ' + pdfjsMs.toFixed(0) + ' ms: ' + ratio(resoMs, pdfjsMs) + ' (target <= 1.2x)')
      if (!hasPoppler) continue
      const {ms: popplerMs} = command(runs, 'pdftotext', ['-enc', 'UTF-8', paths[what], '-'])
      lines.push('  against pdftotext (poppler, spawned) ' + popplerMs.toFixed(0) + ' ms: ' + ratio(resoMs, popplerMs) + ' (goal <= 5x)')
    }
    // One long PDF as a user reads it: 1,000 pages, and the peak memory of the run.
    if (existsSync('/usr/bin/time') && existsSync(join(root, 'dist/reso.cjs'))) {
      const thousand = join(dir, 'thousand.pdf')
      writeFileSync(thousand, await repeated(big, 1000))
      const run = measured(['verbs', '--count', thousand])
      lines.push('1,000 pages (A/RES/79/226 repeated), verbs --count: ' + run.ms.toFixed(0) + ' ms, peak memory ' + run.peak.toFixed(0) + ' MB (target < 250 MB)')
    }
    const [small, , large] = Object.keys(files)
    lines.push('linear in pages: ' + perPage[large].toFixed(1) + ' ms a page over 500 pages against ' + perPage[small].toFixed(1) + ' ms a page over 26: ' + ratio(perPage[large], perPage[small]) + ' (target ~1x)')
    if (!hasPoppler) lines.push('pdftotext is missing (apt-get install poppler-utils): no poppler figures')
  } finally {
    rmSync(dir, {recursive: true, force: true})
  }
  // The corpus, as a user runs it.
  if (!existsSync('/usr/bin/time')) lines.push('/usr/bin/time is missing (apt-get install time): corpus figures skipped')
  else if (!existsSync(join(root, 'dist/reso.cjs'))) lines.push('dist/ is not built: corpus figures skipped')
  else {
    const corpus = [shared, join(shared, 'ga-80')].flatMap((folder) =>
      existsSync(folder) ? readdirSync(folder).filter((name) => name.endsWith('.pdf')).sort().map((name) => join(folder, name)) : []
    )
    const both = measured(['verbs', '--count', '--jobs', '2', ...corpus])
    const one = measured(['verbs', '--count', '--jobs', '1', ...corpus])
    if (both.stdout !== one.stdout) lines.push('warning: --jobs 2 and --jobs 1 gave different counts')
    if (one.status !== 0) lines.push('warning: reso exited ' + one.status + ' on the corpus: ' + one.complaints.slice(0, 3).join(' | '))
    lines.push('corpus of ' + corpus.length + ' PDFs, verbs --count (cores: ' + availableParallelism() + '): --jobs 2 ' + both.ms.toFixed(0) + ' ms, --jobs 1 ' + one.ms.toFixed(0) + ' ms: ' + ratio(both.ms, one.ms) + ' of one core')
    lines.push('  peak memory: ' + both.peak.toFixed(0) + ' MB (--jobs 2), ' + one.peak.toFixed(0) + ' MB (--jobs 1); target < 250 MB')
  }
  return lines
}
