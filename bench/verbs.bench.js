// reso verbs --count over a corpus: 1,000 generated resolutions (two thirds
// Markdown, one third PDF-like text) in a temporary folder, timed as a user
// runs it (node bin/reso.js, startup included) against the time to only
// read the same files: with cat, and with node reading them all.
import {fileURLToPath} from 'node:url'
import {mkdtempSync, rmSync, statSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {writeCorpus} from './generate.js'
import {command, ratio} from './time.js'

const root = fileURLToPath(new URL('..', import.meta.url))
const readAll = "const {readFileSync} = require('node:fs'); let n = 0; for (const f of process.argv.slice(1)) n += readFileSync(f, 'utf8').length; console.log(n)"

export default async function bench() {
  const dir = mkdtempSync(join(tmpdir(), 'reso-verbs-bench-'))
  try {
    const files = writeCorpus(dir, 1000)
    const megabytes = files.reduce((sum, file) => sum + statSync(file).size, 0) / 1e6
    const reso = command(1, 'node', ['bin/reso.js', 'verbs', '--count', '--json', ...files], {cwd: root}) // warm the file cache
    if (reso.result.status !== 0) throw new Error('reso verbs failed: ' + reso.result.stderr)
    const rows = JSON.parse(reso.result.stdout).reduce((sum, entry) => sum + entry.count, 0)
    const verbs = command(3, 'node', ['bin/reso.js', 'verbs', '--count', ...files], {cwd: root})
    const cat = command(3, 'cat', files)
    const node = command(3, 'node', ['-e', readAll, ...files])
    const single = command(3, 'node', ['bin/reso.js', 'verbs', '--count', '--jobs', '1', ...files], {cwd: root})
    const what = 'verbs --count over 1,000 files (' + megabytes.toFixed(1) + ' MB, ' + rows + ' operative rows): ' + verbs.ms.toFixed(0) + ' ms'
    return [
      what + '; cat of the same files ' + cat.ms.toFixed(0) + ' ms: ' + ratio(verbs.ms, cat.ms),
      what + '; node reading them all (startup included) ' + node.ms.toFixed(0) + ' ms: ' + ratio(verbs.ms, node.ms),
      'verbs --count on all cores ' + verbs.ms.toFixed(0) + ' ms against one core (--jobs 1) ' + single.ms.toFixed(0) + ' ms: ' + ratio(verbs.ms, single.ms)
    ]
  } finally {
    rmSync(dir, {recursive: true, force: true})
  }
}
