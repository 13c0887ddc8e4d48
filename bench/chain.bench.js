// Chain speed: ten versions of a generated 1,000-paragraph draft (each a
// revision of the one before, as negotiators revise), `reso diff V1 ... V10`
// in this process against a two-file diff of the same draft times nine (the
// nine steps the chain diffs). The target: under 3 s for the chain.
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {Writable} from 'node:stream'
import {loadBundle} from '../dist/load.cjs'
import {draftText, makeDraft, revise} from './generate-drafts.js'
import {bestAsync, ratio} from './time.js'

const {bundle} = loadBundle(undefined)
const sink = () => new Writable({write: (_chunk, _encoding, done) => done()})

async function inProcess(args, n) {
  return bestAsync(n, async () => {
    let errors = ''
    const stderr = new Writable({write: (chunk, _encoding, done) => ((errors += chunk), done())})
    const code = await bundle.main(['diff', ...args], {stdout: sink(), stderr, stdin: process.stdin, env: {NO_COLOR: '1'}})
    if (code !== 0) throw new Error('reso diff exited ' + code + ': ' + errors)
  })
}

export default async function bench() {
  const lines = []
  const dir = mkdtempSync(join(tmpdir(), 'reso-chain-bench-'))
  try {
    const files = []
    let draft = makeDraft(1, 1000)
    for (let version = 1; version <= 10; version++) {
      const file = join(dir, 'v' + version + '.md')
      writeFileSync(file, draftText(draft, 'A/C.2/80/L.7' + (version > 1 ? '/Rev.' + (version - 1) : ''), 'markdown'))
      files.push(file)
      draft = revise(draft, version + 1)
    }
    for (const view of [[], ['--json']]) {
      const pair = await inProcess([...view, files[0], files[1]], 5)
      const whole = await inProcess([...view, ...files], 3)
      lines.push('a chain of 10 versions of a 1,000-paragraph draft' + (view.length ? ' (--json)' : ' (overview and inline steps)') + ': ' + whole.toFixed(0) + ' ms (target under 3,000 ms); two-file diff ' + pair.toFixed(0) + ' ms, times 9 ' + (pair * 9).toFixed(0) + ' ms: ' + ratio(whole, pair * 9))
    }
  } finally {
    rmSync(dir, {recursive: true, force: true})
  }
  return lines
}
