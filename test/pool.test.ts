/** Corpus runs on worker threads give the same results, in order, as one thread. */
import {existsSync, mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {PassThrough} from 'node:stream'
import {afterAll, describe, expect, it} from 'vitest'
import {makeContext} from '../src/cli/engine/context.js'
import {setWorkerUrl} from '../src/cli/engine/paths.js'
import {mapFiles} from '../src/cli/engine/pool.js'
import {root, seed} from './helpers.js'

const worker = join(root, 'dist/worker.js')
const dir = mkdtempSync(join(tmpdir(), 'reso-pool-'))
const files: string[] = []
for (let i = 1; i <= 40; i++) {
  const path = join(dir, 'res-' + i + '.md')
  writeFileSync(path, seed.replace('[xx/xxx]', '80/' + i))
  files.push(path)
}
files.splice(7, 0, join(dir, 'missing.md'))

async function collect(jobs: number) {
  let err = ''
  const stderr = new PassThrough()
  stderr.on('data', (chunk: Buffer) => (err += chunk.toString()))
  const context = makeContext('never', {stdout: new PassThrough(), stderr, stdin: new PassThrough(), env: {}})
  const seen: Array<[number, string, string]> = []
  await mapFiles(files, context, 'tree', {}, ({name, result}, index) => {
    seen.push([index, name, result.number ?? ''])
  }, {jobs})
  return {seen, err, code: context.exitCode}
}

describe('mapFiles on worker threads', () => {
  it('has a built worker (npm ci builds it; else run npm run build)', () => {
    expect(existsSync(worker)).toBe(true)
  })

  setWorkerUrl(new URL('file://' + worker))
  afterAll(() => setWorkerUrl(undefined))

  it('delivers results in file order, skips the unreadable file, exits 2', async () => {
    const pooled = await collect(2)
    const single = await collect(1)
    expect(pooled.seen).toEqual(single.seen)
    expect(pooled.seen).toHaveLength(40)
    expect(pooled.seen[0]).toEqual([0, files[0], '80/1'])
    expect(pooled.seen.map((row) => row[2])).toEqual(Array.from({length: 40}, (_, i) => '80/' + (i + 1)))
    expect(pooled.err).toMatch(/missing\.md: no such file; check the path \(skipped\)/)
    expect(pooled.code).toBe(2)
    expect(single.code).toBe(2)
  })

  it('retries alone a file that exhausts its worker\'s heap, and goes on with the rest', async () => {
    // Issue 17: one such file ended the whole run (exit 2, no output for the others).
    const big = join(dir, 'big.txt')
    const paragraph = 'Recalling its resolution 74/247 of 27 December 2019 and paragraph 5 above, '
    writeFileSync(big, 'The General Assembly,\n\n' + Array.from({length: 8000}, (_, i) => i + 1 + '. Decides ' + paragraph.repeat(6) + ';').join('\n\n'))
    const corpus = [...files.filter((file) => !file.endsWith('missing.md')).slice(0, 30), big, ...files.slice(30, 34)]
    const run = async (retry: number) => {
      let err = ''
      const stderr = new PassThrough()
      stderr.on('data', (chunk: Buffer) => (err += chunk.toString()))
      const context = makeContext('never', {stdout: new PassThrough(), stderr, stdin: new PassThrough(), env: {}})
      const names: string[] = []
      await mapFiles(corpus, context, 'tree', {}, ({name}) => {
        names.push(name)
      }, {jobs: 2, heapMb: {worker: 24, retry}})
      return {names, err, code: context.exitCode}
    }
    const retried = await run(1024)
    expect(retried.err).toBe('')
    expect(retried.names).toEqual(corpus)
    expect(retried.code).toBe(0)
    const refused = await run(24)
    expect(refused.names).toEqual(corpus.filter((file) => file !== big))
    expect(refused.err).toMatch(/big\.txt: ran out of memory \(24 MB\) while reading it.*\(skipped\)/)
    expect(refused.code).toBe(2)
  }, 120_000)
})
