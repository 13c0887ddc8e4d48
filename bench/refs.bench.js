// `reso refs --graph json` over 1,000 generated resolution files, against
// only reading the same files (a node process that reads them all, eight at
// a time, as reso does): both spawned from this process, best of three. And
// the share of parsing: the same files parsed in this process.
import {fileURLToPath} from 'node:url'
import {mkdtempSync, readFileSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {writeCorpus} from './generate.js'
import {best, command, ratio} from './time.js'
import {parse} from '../dist/index.js'

const bin = fileURLToPath(new URL('../bin/reso.js', import.meta.url))

const readAll = `
import {readFile} from 'node:fs/promises'
const files = process.argv.slice(1)
let bytes = 0
for (let i = 0; i < files.length; i += 8) {
  const texts = await Promise.all(files.slice(i, i + 8).map((file) => readFile(file, 'utf8')))
  for (const text of texts) bytes += text.length
}
console.log(bytes)
`

export default async function bench() {
  const dir = mkdtempSync(join(tmpdir(), 'reso-bench-refs-'))
  try {
    const files = writeCorpus(dir, 1000)
    const read = command(3, process.execPath, ['--input-type=module', '-e', readAll, ...files])
    const refs = command(3, process.execPath, [bin, 'refs', '--graph', 'json', ...files])
    if (refs.result.status !== 0) throw new Error('reso refs failed: ' + refs.result.stderr)
    const graph = JSON.parse(refs.result.stdout)
    const megabytes = Number(read.result.stdout) / 1e6
    const table = command(3, process.execPath, [bin, 'refs', ...files])
    const texts = files.map((file) => [readFileSync(file, 'utf8'), file.endsWith('.md') ? 'markdown' : 'auto'])
    const parseMs = best(3, () => {
      for (const [text, format] of texts) parse(text, {format})
    })
    return [
      'refs --graph json, 1,000 files (' + megabytes.toFixed(1) + ' MB, ' + graph.nodes.length + ' nodes, ' + graph.edges.length + ' edges): ' +
        refs.ms.toFixed(0) + ' ms, reading them only ' + read.ms.toFixed(0) + ' ms: ' + ratio(refs.ms, read.ms) +
        ' (' + (refs.ms / 1000).toFixed(2) + ' ms per file)',
      'refs (table of every citation), 1,000 files: ' + table.ms.toFixed(0) + ' ms: ' + ratio(table.ms, read.ms) + ' of reading them',
      'parsing the same files alone (in this process): ' + parseMs.toFixed(0) + ' ms: refs --graph json takes ' + ratio(refs.ms, parseMs) + ' of parsing'
    ]
  } finally {
    rmSync(dir, {recursive: true, force: true})
  }
}
