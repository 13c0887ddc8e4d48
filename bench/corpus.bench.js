// Corpus scale (issue 7, figures 3 and 5): reso refs --graph json and
// reso verbs --count over 2,000 generated files on both cores (worker
// threads) against one core (--jobs 1), with peak resident memory for
// 500 and 2,000 files; and the peak memory of parsing one 10 MB file
// against its size. Timed and measured with /usr/bin/time in this shell.
import {fileURLToPath} from 'node:url'
import {spawnSync} from 'node:child_process'
import {existsSync, mkdtempSync, rmSync, statSync, writeFileSync} from 'node:fs'
import {availableParallelism, tmpdir} from 'node:os'
import {join} from 'node:path'
import {generatedBytes, writeCorpus} from './generate.js'
import {ratio} from './time.js'

const root = fileURLToPath(new URL('..', import.meta.url))

/** Run reso under /usr/bin/time: best wall time of n runs (ms) and the peak RSS (MB) seen. */
function measure(n, args) {
  let ms = Infinity
  let peak = 0
  for (let i = 0; i < n; i++) {
    const start = process.hrtime.bigint()
    const result = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, 'bin/reso.js', ...args], {cwd: root, encoding: 'utf8', maxBuffer: 1 << 28})
    const wall = Number(process.hrtime.bigint() - start) / 1e6
    if (result.status !== 0) throw new Error('reso ' + args.slice(0, 3).join(' ') + ' failed: ' + result.stderr.slice(-300))
    const lines = result.stderr.trim().split('\n')
    peak = Math.max(peak, Number(lines[lines.length - 1]) / 1024)
    ms = Math.min(ms, wall)
  }
  return {ms, peak}
}

export default async function bench() {
  if (!existsSync('/usr/bin/time')) return ['/usr/bin/time is missing (apt-get install time): corpus figures skipped']
  const lines = []
  const dir = mkdtempSync(join(tmpdir(), 'reso-corpus-bench-'))
  try {
    const files = writeCorpus(dir, 2000)
    const quarter = files.slice(0, 500)
    const megabytes = files.reduce((sum, file) => sum + statSync(file).size, 0) / 1e6
    lines.push('corpus: 2,000 generated files, ' + megabytes.toFixed(1) + ' MB; cores: ' + availableParallelism())
    for (const [what, args] of [['refs --graph json', ['refs', '--graph', 'json']], ['verbs --count', ['verbs', '--count']]]) {
      const both = measure(2, [...args, ...files])
      const one = measure(1, [...args, '--jobs', '1', ...files])
      const small = measure(1, [...args, ...quarter])
      lines.push(what + ' over 2,000 files: all cores ' + both.ms.toFixed(0) + ' ms, one core ' + one.ms.toFixed(0) + ' ms: ' + ratio(both.ms, one.ms) + ' of one core')
      lines.push(what + ' peak memory: ' + small.peak.toFixed(0) + ' MB for 500 files, ' + both.peak.toFixed(0) + ' MB for 2,000 files (all cores), ' + one.peak.toFixed(0) + ' MB (one core); target < 200 MB')
    }
    const big = join(dir, 'big.md')
    writeFileSync(big, generatedBytes(10_000_000))
    const size = statSync(big).size / 1e6
    const parsed = measure(1, ['verbs', '--count', big])
    const baseline = measure(1, ['--version'])
    lines.push('parse one ' + size.toFixed(1) + ' MB file (verbs --count): peak ' + parsed.peak.toFixed(0) + ' MB = ' + (parsed.peak / size).toFixed(1) + 'x its size (target < 20x); reso --version alone peaks at ' + baseline.peak.toFixed(0) + ' MB')
    // The largest input reso accepts (io.ts maxBytes, 48 MiB): the ratio must hold there too (issue 17).
    writeFileSync(big, generatedBytes(48 * 1024 * 1024 - 4096))
    const largest = statSync(big).size / 1e6
    const most = measure(1, ['verbs', '--count', big])
    lines.push('parse the largest accepted file, ' + largest.toFixed(1) + ' MB (verbs --count): peak ' + most.peak.toFixed(0) + ' MB = ' + (most.peak / largest).toFixed(1) + 'x its size (target < 20x)')
  } finally {
    rmSync(dir, {recursive: true, force: true})
  }
  return lines
}
