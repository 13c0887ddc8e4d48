// Cold start (issue 7, figure 1): `reso verbs` on the seed against
// `node -e 0`, spawned alternately in this process, median of 21 runs each.
import {fileURLToPath} from 'node:url'
import {spawnSync} from 'node:child_process'
import {ratio} from './time.js'

const root = fileURLToPath(new URL('..', import.meta.url))

function once(args) {
  const start = process.hrtime.bigint()
  const result = spawnSync(process.execPath, args, {cwd: root, encoding: 'utf8'})
  if (result.status !== 0) throw new Error('node ' + args.join(' ') + ' failed: ' + result.stderr)
  return Number(process.hrtime.bigint() - start) / 1e6
}

const median = (values) => values.sort((a, b) => a - b)[values.length >> 1]

export default async function bench() {
  const cases = {
    node: ['-e', '0'],
    version: ['bin/reso.js', '--version'],
    seed: ['bin/reso.js', 'verbs', 'fixtures/parse/seed/input.md'],
    text: ['bin/reso.js', 'verbs', 'fixtures/parse/security-council/input.txt']
  }
  const times = {}
  for (let round = 0; round < 21; round++) for (const [name, args] of Object.entries(cases)) (times[name] ??= []).push(once(args))
  const node = median(times.node)
  const line = (what, name) => what + ' ' + median(times[name]).toFixed(0) + ' ms against node -e 0 ' + node.toFixed(0) + ' ms: ' + ratio(median(times[name]), node)
  return [
    line('reso verbs on the seed (Markdown)', 'seed') + ' (target <= 1.6x)',
    line('reso verbs on a PDF-text resolution', 'text'),
    line('reso --version', 'version')
  ]
}
