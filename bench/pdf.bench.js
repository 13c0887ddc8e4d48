// PDF reading (issue 12), every ratio measured in this process, in rounds
// that interleave the two sides (the order reversed every other round, a
// full garbage collection before each run), reported as the median of the
// rounds' ratios beside the median times:
// (a) reso's PDF reader (the registry's `read`, as dist/index.js exports it)
//     against pdfjs-dist's own text extraction (getTextContent over every
//     page) on the same files: A/RES/79/226 (26 pages), a 5-page draft, and
//     a 500-page PDF made here by repeating the pages of A/RES/79/226; and
//     the time per page of the 500-page PDF against that of the 26-page one
//     (linear in pages), for reso and for pdfjs-dist alike;
// (b) against pdftotext (poppler, C++, spawned) on the same files;
// (c) `reso verbs --count` on 100, 500 and 1,000 pages: peak memory;
// (d) `reso verbs --count` over the 104 PDFs of ../shared/corpus-pdf on both
//     cores against one, with the peak resident memory (parent and workers).
// The machine may be shared: run it as `nice npm run bench pdf` (every
// process it starts has the niceness it prints). RESO_BENCH_ROUNDS sets the
// rounds of the in-process comparisons (9; the 500 pages and the corpus
// take a third as many, at least 3); RESO_BENCH_PDF=read,memory,corpus
// (all three by default) which parts run.
import {spawnSync} from 'node:child_process'
import {existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync} from 'node:fs'
import {availableParallelism, getPriority, loadavg, tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {createRequire} from 'node:module'
import {setFlagsFromString} from 'node:v8'
import {runInNewContext} from 'node:vm'
import {PDFDocument} from 'pdf-lib'
import {ratio} from './time.js'

const root = fileURLToPath(new URL('..', import.meta.url))
const shared = fileURLToPath(new URL('../../shared/corpus-pdf/', import.meta.url))

setFlagsFromString('--expose-gc')
/** A full collection, so that no run pays for the garbage of the one before. */
const collect = runInNewContext('gc')

const median = (values) => {
  const sorted = values.slice().sort((a, b) => a - b)
  const middle = sorted.length >> 1
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

/**
 * One run of `fn` (awaited) after a full collection: its wall time and the
 * CPU time of this process (all its threads: PDF.js inflates streams on
 * libuv's), in ms. A side may return its own ({wall, cpu}: a spawned
 * command). On a machine shared with others the CPU time is the steadier:
 * waiting for a core counts in the wall time only.
 */
async function timed(fn) {
  collect()
  const cpu = process.cpuUsage()
  const start = process.hrtime.bigint()
  const own = await fn()
  const used = process.cpuUsage(cpu)
  if (own && typeof own.cpu === 'number') return own
  return {wall: Number(process.hrtime.bigint() - start) / 1e6, cpu: (used.user + used.system) / 1000}
}

/** Run each side once a round, the order reversed every other round: the times of each side, round by round. */
async function interleaved(rounds, sides) {
  const names = Object.keys(sides)
  const times = Object.fromEntries(names.map((name) => [name, []]))
  for (let round = 0; round < rounds; round++) {
    for (const name of round % 2 ? [...names].reverse() : names) times[name].push(await timed(sides[name]))
  }
  return times
}

/** The median of the rounds' ratios of one side to another, in wall or CPU time (rounds where the reference took no measurable time left out: /usr/bin/time counts in 10 ms). */
const against = (times, side, reference, kind) =>
  median(times[side].flatMap((run, round) => (times[reference][round][kind] > 0 ? [run[kind] / times[reference][round][kind]] : [])))

/** The median wall or CPU time of a side. */
const typical = (runs, kind) => median(runs.map((run) => run[kind]))

/** A comparison as a line: medians of both sides, then the median ratios (the rounds' ratios in CPU time in brackets). */
function compared(times, side, reference, names) {
  const spread = times[side].map((run, round) => (times[reference][round].cpu > 0 ? (run.cpu / times[reference][round].cpu).toFixed(2) : '-')).join(' ')
  return (
    names[0] + ' ' + ms(typical(times[side], 'wall')) + ' (CPU ' + ms(typical(times[side], 'cpu')) + '), ' +
    names[1] + ' ' + ms(typical(times[reference], 'wall')) + ' (CPU ' + ms(typical(times[reference], 'cpu')) + '): ' +
    against(times, side, reference, 'wall').toFixed(2) + 'x in wall time, ' + against(times, side, reference, 'cpu').toFixed(2) + 'x in CPU time (rounds: ' + spread + ')'
  )
}

/**
 * Load pdfjs-dist's API as published with Node's own Array.prototype.push,
 * JSON.stringify, JSON.parse and Function.prototype.toString put back
 * afterwards, as reso's load.ts does for its own copy of the API: the
 * legacy build's core-js replaces them with code many times slower for the
 * whole process, reso's side included, and the two sides would not run
 * with the same built-ins.
 */
function keepingBuiltIns(load) {
  const owners = [[Array.prototype, 'push'], [JSON, 'stringify'], [JSON, 'parse'], [Function.prototype, 'toString']]
  const saved = owners.map(([owner, key]) => [owner, key, Object.getOwnPropertyDescriptor(owner, key)])
  try {
    return load()
  } finally {
    for (const [owner, key, descriptor] of saved) if (descriptor) Object.defineProperty(owner, key, descriptor)
  }
}

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

/** Run reso under /usr/bin/time: wall time in ms and peak RSS in MB (the whole process: main thread and workers). */
function measured(args) {
  const start = process.hrtime.bigint()
  const result = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, 'bin/reso.js', ...args], {cwd: root, encoding: 'utf8', maxBuffer: 1 << 28})
  const ms = Number(process.hrtime.bigint() - start) / 1e6
  const lines = result.stderr.trim().split('\n')
  const complaints = lines.slice(0, -1).filter((line) => !line.startsWith('Command exited'))
  return {ms, peak: Number(lines[lines.length - 1]) / 1024, stdout: result.stdout, status: result.status, complaints}
}

/** pdftotext once, spawned as a user runs it: its wall time and its CPU time (user and system, from /usr/bin/time) in ms. */
function poppler(path) {
  const start = process.hrtime.bigint()
  const result = spawnSync('/usr/bin/time', ['-f', '%U %S', 'pdftotext', '-enc', 'UTF-8', path, '-'], {encoding: 'utf8', maxBuffer: 1 << 28})
  if (result.status !== 0) throw new Error('pdftotext ' + path + ' failed: ' + result.stderr.slice(0, 300))
  const wall = Number(process.hrtime.bigint() - start) / 1e6
  const [user, system] = result.stderr.trim().split('\n').pop().split(' ').map(Number)
  return {wall, cpu: (user + system) * 1000}
}

const ms = (value) => value.toFixed(0) + ' ms'

/**
 * What the machine gives two threads now: a fixed amount of arithmetic
 * split over two worker threads against the same on one, spawned (wall
 * time of each). On a machine shared with others the second core may be
 * busy; the corpus's own ratio reads against this one.
 */
function parallelism() {
  const program = `
    const {Worker} = require('node:worker_threads')
    const threads = Number(process.argv[1]), blocks = 40
    const code = 'const {parentPort, workerData} = require("node:worker_threads"); let x = 0; for (let b = 0; b < workerData; b++) for (let i = 0; i < 1e7; i++) x = (x + i * 7) % 1000003; parentPort.postMessage(x)'
    for (let t = 0; t < threads; t++) new Worker(code, {eval: true, workerData: blocks / threads})`
  const wall = (threads) => {
    const start = process.hrtime.bigint()
    spawnSync(process.execPath, ['-e', program, String(threads)])
    return Number(process.hrtime.bigint() - start) / 1e6
  }
  return {two: wall(2), one: wall(1)}
}

export default async function bench() {
  const {read, readers} = await import('../dist/index.js')
  if (!read || !readers?.some((reader) => reader.format === 'pdf')) return ['no PDF reader in the library (dist/index.js exports no read, or its registry no PDF reader): PDF figures skipped']
  if (!existsSync(shared)) return ['../shared/corpus-pdf is absent: PDF figures skipped']
  const rounds = Math.max(3, Number(process.env.RESO_BENCH_ROUNDS) || 9)
  const parts = new Set((process.env.RESO_BENCH_PDF || 'read,memory,corpus').split(','))
  const fewer = Math.max(3, Math.round(rounds / 3))
  const lines = ['niceness ' + getPriority() + ', load average ' + loadavg()[0].toFixed(1) + ' on ' + availableParallelism() + ' cores at the start; ' + rounds + ' rounds (' + fewer + ' for 500 pages and the corpus), medians']
  const big = readFileSync(join(shared, 'A_RES_79_226.pdf'))
  const draft = readFileSync(join(shared, 'A_80_L.4.pdf'))
  const dir = mkdtempSync(join(tmpdir(), 'reso-pdf-bench-'))
  try {
    const long = parts.has('read') ? await repeated(big, 500) : draft
    const files = [
      {what: 'A/RES/79/226 (26 pages)', bytes: big, pages: 26, rounds},
      {what: 'A/80/L.4 (5 pages)', bytes: draft, pages: 5, rounds},
      {what: '500 pages (A/RES/79/226 repeated)', bytes: long, pages: 500, rounds: fewer}
    ]
    for (const [index, file] of files.entries()) {
      file.path = join(dir, index + '.pdf')
      writeFileSync(file.path, file.bytes)
      file.pages = (await PDFDocument.load(file.bytes, {updateMetadata: false})).getPageCount()
    }
    // reso first: it loads PDF.js with its worker in this thread, which pdfjsText then shares.
    const first = await read({name: 'warm-up.pdf', bytes: new Uint8Array(draft)})
    if (first.format !== 'pdf') return ['the registry did not read A/80/L.4 as a PDF (' + first.format + '): PDF figures skipped']
    const pdfjs = keepingBuiltIns(() => createRequire(join(root, 'package.json'))('pdfjs-dist/legacy/build/pdf.mjs'))
    await pdfjsText(pdfjs, draft)
    const hasPoppler = !spawnSync('pdftotext', ['-v']).error
    for (const file of parts.has('read') ? files : []) {
      const sides = {
        pdfjs: () => pdfjsText(pdfjs, file.bytes),
        reso: () => read({name: file.what, bytes: new Uint8Array(file.bytes)})
      }
      if (hasPoppler) sides.poppler = () => poppler(file.path)
      const times = (file.times = await interleaved(file.rounds, sides))
      lines.push('read ' + file.what + ': ' + compared(times, 'reso', 'pdfjs', ['reso', 'pdfjs-dist getTextContent']) + ' (target <= 1.2x)')
      if (times.poppler) lines.push('  against pdftotext (poppler, spawned): ' + compared(times, 'reso', 'poppler', ['reso', 'pdftotext']) + ' (goal <= 5x)')
    }
    if (parts.has('read')) {
      const [small, , large] = files
      const perPage = (file, side) => typical(file.times[side], 'cpu') / file.pages
      lines.push(
        'linear in pages (CPU time): reso ' + perPage(large, 'reso').toFixed(1) + ' ms a page over 500 pages against ' + perPage(small, 'reso').toFixed(1) + ' ms a page over 26: ' + ratio(perPage(large, 'reso'), perPage(small, 'reso')) +
          ' (target ~1x; pdfjs-dist itself: ' + ratio(perPage(large, 'pdfjs'), perPage(small, 'pdfjs')) + ')'
      )
      if (!hasPoppler) lines.push('pdftotext is missing (apt-get install poppler-utils): no poppler figures')
    }
    // Long PDFs as a user reads them, and the peak memory of each run: memory grows little with the pages.
    if (parts.has('memory') && existsSync('/usr/bin/time') && existsSync(join(root, 'dist/reso.cjs'))) {
      const peaks = []
      for (const pages of [100, 500, 1000]) {
        const path = join(dir, 'pages-' + pages + '.pdf')
        writeFileSync(path, await repeated(big, pages))
        const run = measured(['verbs', '--count', path])
        if (run.status !== 0) lines.push('warning: reso exited ' + run.status + ' on ' + pages + ' pages: ' + run.complaints.slice(0, 3).join(' | '))
        peaks.push(pages + ' pages ' + run.peak.toFixed(0) + ' MB (' + ms(run.ms) + ')')
        rmSync(path, {force: true})
      }
      lines.push('verbs --count, peak memory: ' + peaks.join(', ') + ' (target < 250 MB at 1,000 pages)')
    }
  } finally {
    rmSync(dir, {recursive: true, force: true})
  }
  // The corpus, as a user runs it.
  if (!parts.has('corpus')) return lines
  if (!existsSync('/usr/bin/time')) lines.push('/usr/bin/time is missing (apt-get install time): corpus figures skipped')
  else if (!existsSync(join(root, 'dist/reso.cjs'))) lines.push('dist/ is not built: corpus figures skipped')
  else {
    const corpus = [shared, join(shared, 'ga-80')].flatMap((folder) =>
      existsSync(folder) ? readdirSync(folder).filter((name) => name.endsWith('.pdf')).sort().map((name) => join(folder, name)) : []
    )
    const runs = {both: [], one: []}
    const machine = []
    for (let round = 0; round < fewer; round++) {
      for (const jobs of round % 2 ? ['one', 'both'] : ['both', 'one']) runs[jobs].push(measured(['verbs', '--count', '--jobs', jobs === 'both' ? '2' : '1', ...corpus]))
      const {two, one} = parallelism()
      machine.push(two / one)
    }
    const [both, one] = [runs.both, runs.one]
    if (both.some((run) => run.stdout !== one[0].stdout) || one.some((run) => run.stdout !== one[0].stdout)) lines.push('warning: --jobs 2 and --jobs 1 gave different counts')
    const failed = [...both, ...one].find((run) => run.status !== 0)
    if (failed) lines.push('warning: reso exited ' + failed.status + ' on the corpus: ' + failed.complaints.slice(0, 3).join(' | '))
    const wall = (list) => median(list.map((run) => run.ms))
    const shares = both.map((run, round) => run.ms / one[round].ms)
    lines.push('corpus of ' + corpus.length + ' PDFs, verbs --count: --jobs 2 ' + ms(wall(both)) + ', --jobs 1 ' + ms(wall(one)) + ': ' + median(shares).toFixed(2) + 'x of one core (rounds: ' + shares.map((share) => share.toFixed(2)).join(' ') + ')')
    const peak = (list) => Math.max(...list.map((run) => run.peak)).toFixed(0)
    lines.push('  the machine meanwhile: arithmetic on two threads took ' + median(machine).toFixed(2) + 'x the time of one (0.5x: two free cores; rounds: ' + machine.map((share) => share.toFixed(2)).join(' ') + ')')
    lines.push('  peak memory: ' + peak(both) + ' MB (--jobs 2), ' + peak(one) + ' MB (--jobs 1); target < 250 MB')
  }
  return lines
}
