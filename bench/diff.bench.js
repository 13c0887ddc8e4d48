// Diff speed: two generated 1,000-paragraph drafts (a draft and its Rev.1),
// reso diff against `git diff --no-index --word-diff` on the same two files,
// both spawned from this process; the same in-process (no start-up), with
// the parse share; growth for 2x and 10x the paragraphs; and a pathological
// pair, which the edit bound keeps cheap.
import {fileURLToPath} from 'node:url'
import {mkdtempSync, readFileSync, rmSync, statSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {Writable} from 'node:stream'
import {loadBundle} from '../dist/load.cjs'
import {parse} from '../dist/index.js'
import {writeDrafts} from './generate-drafts.js'
import {best, bestAsync, command, ratio} from './time.js'

const {bundle} = loadBundle(undefined)

const sink = () => new Writable({write: (_chunk, _encoding, done) => done()})

/** `reso diff` in this process, output thrown away; best of n, in ms. */
async function inProcess(args, n = 5) {
  return bestAsync(n, async () => {
    let errors = ''
    const stderr = new Writable({write: (chunk, _encoding, done) => ((errors += chunk), done())})
    const code = await bundle.main(['diff', ...args], {stdout: sink(), stderr, stdin: process.stdin, env: {NO_COLOR: '1'}})
    if (code !== 0) throw new Error('reso diff ' + args.join(' ') + ' exited ' + code + ': ' + errors)
  })
}

export default async function bench() {
  const lines = []
  const dir = mkdtempSync(join(tmpdir(), 'reso-diff-bench-'))
  try {
    const [a1, b1] = writeDrafts(dir, 1000)
    const [a2, b2] = writeDrafts(dir, 2000)
    const [a10, b10] = writeDrafts(dir, 10000)
    const bin = fileURLToPath(new URL('../bin/reso.js', import.meta.url))
    const env = {...process.env, NO_COLOR: '1'}

    const [t1a, t1b] = writeDrafts(dir, 1000, 1, 'text')
    const gitOk = !command(1, 'git', ['--version'], {allowFailure: true}).result.error
    const changedLines = (output) => output.split('\n').filter((line) => line.includes('[-') || line.includes('{+')).length
    const statLine = (a, b) => command(1, process.execPath, [bin, 'diff', '--stat', a, b], {env}).result.stdout.split('\n').find((line) => line.startsWith('paragraphs')).replace(/^paragraphs\s+/, '')
    for (const [what, a, b] of [['Markdown', a1, b1], ['PDF text, hard-wrapped', t1a, t1b]]) {
      const reso = command(5, process.execPath, [bin, 'diff', a, b], {env})
      if (!gitOk) {
        lines.push('two 1,000-paragraph drafts (' + what + '), spawned: reso diff ' + reso.ms.toFixed(0) + ' ms (git not found: no reference figure)')
        continue
      }
      // git diff exits 1 when the files differ, as they do.
      const git = command(5, 'git', ['diff', '--no-index', '--word-diff', a, b], {env, allowFailure: true})
      lines.push('two 1,000-paragraph drafts (' + what + ', ' + Math.round(statSync(a).size / 1024) + ' KB each), spawned: reso diff ' + reso.ms.toFixed(0) + ' ms, git diff --no-index --word-diff ' + git.ms.toFixed(0) + ' ms: ' + ratio(reso.ms, git.ms))
      lines.push('  what each reports: git ' + changedLines(git.result.stdout) + ' lines with changes; reso ' + statLine(a, b))
    }
    if (gitOk) {
      const rewrapped = command(1, 'git', ['diff', '--no-index', '--word-diff', a1, t1a], {env, allowFailure: true})
      lines.push('the same draft as Markdown and as PDF text: git ' + changedLines(rewrapped.result.stdout) + ' lines with changes; reso ' + statLine(a1, t1a))
    }

    const [text1, text2] = [readFileSync(a1, 'utf8'), readFileSync(b1, 'utf8')]
    const parse1 = best(5, () => {
      parse(text1, {format: 'markdown'})
      parse(text2, {format: 'markdown'})
    })
    const t1 = await inProcess(['--json', a1, b1])
    lines.push('in process, 1,000 paragraphs: ' + t1.toFixed(0) + ' ms for read, parse, diff and JSON, of which parsing both ' + parse1.toFixed(0) + ' ms (diff and output ' + (t1 - parse1).toFixed(0) + ' ms)')
    const t2 = await inProcess(['--json', a2, b2])
    const t10 = await inProcess(['--json', a10, b10], 3)
    lines.push('growth: 2x paragraphs ' + t2.toFixed(0) + ' ms: ' + ratio(t2, t1) + '; 10x paragraphs ' + t10.toFixed(0) + ' ms: ' + ratio(t10, t1) + ' (linear: 2x and 10x)')

    const words = Array.from({length: 5000}, (_, index) => 'word' + (index % 700))
    const shuffled = words.map((word, index) => words[(index * 7919) % words.length])
    const pa = join(dir, 'pathological-old.txt')
    const pb = join(dir, 'pathological-new.txt')
    writeFileSync(pa, 'The General Assembly,\n\n1. Decides that ' + words.join(' ') + '.\n')
    writeFileSync(pb, 'The General Assembly,\n\n1. Decides that ' + shuffled.join(' ') + '.\n')
    const tp = await inProcess(['--json', pa, pb], 3)
    lines.push('pathological pair (one 5,000-word paragraph against its shuffle): ' + tp.toFixed(0) + ' ms, shown as a removal plus an addition')
  } finally {
    rmSync(dir, {recursive: true, force: true})
  }
  return lines
}

