#!/usr/bin/env node
// npm run fuzz -- --seconds N --seed S [--out DIR] [--limit MS] [--pdf]
//
// Runs the built CLI (bin/reso.js: run npm run build first) on generated
// hostile inputs, as an attacker would: Markdown and text made of pieces of
// resolutions, Markdown markers repeated and nested, control characters,
// byte order marks, invisible characters; and hostile command-line
// arguments. Each run is checked:
//
// - no stack trace and no "internal error" on stderr;
// - exit code 0, 1 or 2 only (no signal, no crash of V8);
// - no raw control characters on stdout or stderr (NO_COLOR is set);
// - stdout is valid JSON when --json was given and the run succeeded;
// - the run ends within --limit ms (default 20,000): a slower input is
//   reported (a finding, kept for replay), never retried.
//
// With --pdf the inputs are the fixtures' PDFs (fixtures/pdf/) damaged as a
// download or a disk damages them: bytes flipped, a run of bytes cut out,
// the file cut off.
//
// The same seed gives the same inputs. Each finding's input and arguments
// are written to --out (default: a temporary folder) so it can be replayed.
// Exit status 1 when anything was found.
import {spawnSync} from 'node:child_process'
import {mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const bin = join(root, 'bin/reso.js')

function option(name, fallback) {
  const index = process.argv.indexOf('--' + name)
  return index === -1 ? fallback : process.argv[index + 1]
}

const seconds = Number(option('seconds', '60'))
const seed = Number(option('seed', '1'))
const limit = Number(option('limit', '20000'))
const out = option('out', '') || mkdtempSync(join(tmpdir(), 'reso-fuzz-'))
mkdirSync(out, {recursive: true})
const work = mkdtempSync(join(tmpdir(), 'reso-fuzz-work-'))

/** mulberry32: a small seeded generator, the same numbers for the same seed. */
function generator(state) {
  return () => {
    state = (state + 0x6d2b79f5) | 0
    let t = Math.imul(state ^ (state >>> 15), 1 | state)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}
const random = generator(seed)
const int = (n) => Math.floor(random() * n)
const pick = (list) => list[int(list.length)]
/** Mostly small, sometimes very large: the sizes that break things. */
const size = () => pick([1, 2, 3, 5, 10, 50, 200, 1000, 5000, 20_000, 100_000])

const words = [
  'The General Assembly,', 'The Security Council,', '*Recalling* its resolution 74/247 of 27 December 2019,',
  '1. *Requests* the Secretary-General to report;', '2. *Decides* to remain seized of the matter.',
  '(a) in paragraph 3 above;', '(i) as set out in annex I;', 'A/RES/75/282', 'S/RES/2231 (2015)', 'decision 73/501',
  '[^1]', '[^1]: A/78/10, chap. IV.', '[74/247](#)', 'Annex', 'I.', 'II. A.', '*Also requests*', '_Notes_',
  'paragraph 7 above', 'article 2, paragraph 4, of the Charter', '[alt 1]', '[bis]', 'pursuant to resolution 2231 (2015),'
]
const markers = ['>', '> ', '- ', '* ', '+ ', '1. ', '1) ', '#', '# ', '*', '_', '**', '__', '*_', '[', ']', '[]', '(', ')', '`', '```', '~~~', '---', '***', '===', '= ', '<', '</', '<!--', '\\', '|', '[a]: /u ', '![', '](', ' ', '    ', '\t', '\n', '\n\n', '\r\n', '\r']
const controls = ['\u001b[31m', '\u001b]52;c;aGk=\u0007', '\u001b[2J', '\u0007', '\u0008', '\u009b', '\u202e', '\u2066', '\u0000', '\u007f', '\u0085', '\u2028']
// Arguments cannot hold NUL (the operating system ends them there).
const argControls = controls.filter((character) => character !== '\u0000')
const invisible = ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad', '\u0301', '\u00a0', '\u3000']

function piece() {
  switch (int(7)) {
    case 0:
    case 1:
      return pick(words) + pick([' ', '\n', '\n\n'])
    case 2:
      return pick(markers)
    case 3:
      return pick(markers).repeat(size())
    case 4: {
      // Nesting: a prefix repeated, then a word.
      const prefix = pick(['> ', '- ', '1. ', '  - ', '*', '_', '[', '*_'])
      const line = prefix.repeat(size()) + pick(words) + '\n'
      return line.repeat(Math.max(1, Math.min(pick([1, 1, 2, 100, 5000]), Math.floor(300_000 / line.length))))
    }
    case 5:
      return pick(controls)
    default:
      return pick(invisible).repeat(pick([1, 1, 3, 1000]))
  }
}

function text() {
  let result = ''
  const pieces = pick([1, 3, 10, 30, 100, 300])
  for (let i = 0; i < pieces && result.length < 400_000; i++) result += piece()
  return result
}

function bytes() {
  const body = text()
  switch (int(12)) {
    case 0:
      return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(body, 'utf16le')])
    case 1:
      return Buffer.from(body, 'utf16le')
    case 2:
      return Buffer.concat([Buffer.from([0xff, 0xfe, 0, 0]), Buffer.from(body, 'utf16le')])
    case 3:
      return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(body)])
    case 4: {
      const raw = Buffer.from(body)
      if (raw.length > 0) raw[int(raw.length)] = 0xff
      return raw
    }
    default:
      return Buffer.from(body)
  }
}

const pdfMode = process.argv.includes('--pdf')
const pdfs = pdfMode ? readdirSync(join(root, 'fixtures/pdf')).map((name) => readFileSync(join(root, 'fixtures/pdf', name, 'input.pdf'))) : []

/** A fixture PDF damaged: bytes flipped, a run of bytes cut out, or the file cut off. */
function damagedPdf() {
  const source = Buffer.from(pick(pdfs))
  switch (int(3)) {
    case 0: {
      const flips = 1 + int(50)
      for (let flip = 0; flip < flips; flip++) source[int(source.length)] = int(256)
      return source
    }
    case 1:
      return source.subarray(0, int(source.length))
    default: {
      const at = int(source.length)
      return Buffer.concat([source.subarray(0, at), source.subarray(at + 1 + int(4000))])
    }
  }
}

const hostileValues = ['0', '-3', 'abc', '1e8', '99999999999', '', ' ', '\u001b[31m', '\u001b]52;c;aGk=\u0007', '-', '--', 'auto', 'never', '2', '40', '1000', 'resolution', 'head', 'dot', 'json', 'csv', 'mermaid']

/** A command line for one input file (or two, for diff). */
function command(file, other) {
  const selector = pick(['operativeParagraph', '*', 'operativeParagraph ~ operativeParagraph', '*:has(*:has(*))', 'citation[kind=resolution]', 'actionPhrase[head=request]', '[', 'a b c', ':nth-child(2n+1)', 'text[value*=x i]', pick(argControls)])
  const label = pick(['OP1', 'PP2', 'OP2(a)', 'OP1-OP3', 'OP10000', 'OP1234567', 'I.OP1', 'x', pick(argControls)])
  const commands = [
    () => ['parse', file, ...pick([[], ['--json'], ['--verbose'], ['--format', 'markdown'], ['--format', 'text']])],
    () => ['verbs', file, ...pick([[], ['--json'], ['--count'], ['--all', '--csv'], ['--by', pick(hostileValues)], ['--jobs', pick(hostileValues)]])],
    () => ['refs', file, ...pick([[], ['--json'], ['--unique'], ['--dangling', '--exit-code'], ['--graph', pick(['json', 'dot', 'csv', 'mermaid'])], ['--kind', pick(hostileValues)]])],
    () => ['notes', file, ...pick([[], ['--json']])],
    () => ['lint', file, ...pick([[], ['--json'], ['--rule', pick(hostileValues)], ['--json', '--list-rules']])],
    () => ['show', file, label, ...pick([[], ['--json']])],
    () => ['query', selector, file, ...pick([[], ['--json'], ['--count']])],
    () => ['diff', file, other, ...pick([[], ['--json'], ['--stat'], ['--markdown'], ['--side-by-side'], ['--width', pick(hostileValues)], ['--context', pick(hostileValues)]])],
    () => [pick(['parse', 'prase', 'verbs', pick(argControls)]), pick(['--bogus' + pick(argControls), '-' + pick(argControls), '--color', '--format']), pick(hostileValues), file]
  ]
  const args = pick(commands)()
  if (int(8) === 0) args.unshift('--color', pick(['never', 'always', pick(hostileValues)]))
  return args
}

// eslint-disable-next-line no-control-regex
const control = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/

function check(args, result, ms) {
  const problems = []
  if (result.error && result.error.code === 'ETIMEDOUT') problems.push('slow: killed after ' + limit + ' ms')
  else if (ms > limit) problems.push('slow: ' + ms.toFixed(0) + ' ms')
  if (result.signal && !(result.error && result.error.code === 'ETIMEDOUT')) problems.push('ended by signal ' + result.signal)
  if (result.status !== null && ![0, 1, 2].includes(result.status)) problems.push('exit code ' + result.status)
  const stderr = result.stderr ?? ''
  const stdout = result.stdout ?? ''
  if (/\n\s+at .+[(:]\d+/.test(stderr) || stderr.includes('internal error')) problems.push('stack trace or internal error: ' + stderr.slice(0, 300))
  // With --color always, colour codes (SGR) are wanted; nothing else is.
  const plain = (text) => (args.includes('always') ? text.replace(/\u001b\[[0-9;]*m/g, '') : text)
  // CSV ends its records with CRLF (RFC 4180).
  if (control.test(args.includes('--csv') || args.includes('csv') ? plain(stdout).replace(/\r\n/g, '\n') : plain(stdout))) problems.push('raw control character on stdout')
  if (control.test(plain(stderr))) problems.push('raw control character on stderr')
  if (args.includes('--json') && result.status === 0 && stdout.trim() !== '') {
    try {
      JSON.parse(stdout)
    } catch (error) {
      problems.push('invalid JSON on stdout: ' + String(error).slice(0, 120))
    }
  }
  return problems
}

const started = Date.now()
let runs = 0
let findings = 0
const tally = new Map()
while (Date.now() - started < seconds * 1000) {
  const ext = pdfMode ? '.pdf' : pick(['.md', '.txt', '.md', '.txt', ''])
  const file = join(work, 'input-' + runs + ext)
  const other = join(work, 'other-' + runs + (pdfMode ? '.pdf' : pick(['.md', '.txt'])))
  const input = pdfMode ? damagedPdf() : bytes()
  writeFileSync(file, input)
  writeFileSync(other, pdfMode ? damagedPdf() : bytes())
  const args = command(file, other)
  const start = process.hrtime.bigint()
  const result = spawnSync(process.execPath, [bin, ...args], {
    cwd: root,
    encoding: 'utf8',
    timeout: limit * 1.5,
    maxBuffer: 1 << 30,
    env: {...process.env, NO_COLOR: '1', FORCE_COLOR: '', TERM: 'dumb'}
  })
  const ms = Number(process.hrtime.bigint() - start) / 1e6
  runs++
  tally.set(args[0], (tally.get(args[0]) ?? 0) + 1)
  rmSync(file, {force: true})
  rmSync(other, {force: true})
  const problems = check(args, result, ms)
  if (problems.length > 0) {
    findings++
    const name = 'finding-' + seed + '-' + runs
    writeFileSync(join(out, name + ext), input)
    writeFileSync(join(out, name + '.json'), JSON.stringify({args, problems, status: result.status, ms: Math.round(ms), stderr: (result.stderr ?? '').slice(0, 2000)}, null, 2))
    console.log(name + ': ' + problems.join('; ') + ' (reso ' + args.map((arg) => JSON.stringify(arg)).join(' ').slice(0, 200) + ')')
  }
}
rmSync(work, {recursive: true, force: true})
console.log('fuzz: seed ' + seed + ', ' + runs + ' runs in ' + ((Date.now() - started) / 1000).toFixed(0) + ' s, ' + findings + ' findings' + (findings > 0 ? ' (inputs in ' + out + ')' : ''))
console.log('runs by command: ' + [...tally].map(([name, count]) => JSON.stringify(name) + ' ' + count).join(', '))
process.exitCode = findings > 0 ? 1 : 0
