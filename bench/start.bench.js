// Cold start (issue 7, figure 1): `reso verbs` on the seed against
// `node -e 0`, spawned alternately in this process, 41 runs each, the order
// reversed every other round. Each ratio is given twice: of the medians and
// of the fastest runs (the least disturbed, on a shared machine whose
// neighbours shift single runs by 10 ms and more).
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
    seed: ['bin/reso.js', 'verbs', 'fixtures/documents/seed/input.md'],
    text: ['bin/reso.js', 'verbs', 'fixtures/documents/security-council/input.txt']
  }
  const times = {}
  const names = Object.keys(cases)
  for (let round = 0; round < 41; round++) {
    for (const name of round % 2 ? [...names].reverse() : names) (times[name] ??= []).push(once(cases[name]))
  }
  const node = median(times.node)
  const nodeMin = Math.min(...times.node)
  const line = (what, name) => {
    const ms = median(times[name])
    const min = Math.min(...times[name])
    return what + ' ' + ms.toFixed(0) + ' ms against node -e 0 ' + node.toFixed(0) + ' ms: ' + ratio(ms, node) + ' (fastest runs ' + min.toFixed(0) + ' / ' + nodeMin.toFixed(0) + ' ms: ' + ratio(min, nodeMin) + ')'
  }
  return [
    line('reso verbs on the seed (Markdown)', 'seed') + ' (target <= 1.6x)',
    line('reso verbs on a PDF-text resolution', 'text'),
    line('reso --version', 'version')
  ]
}
