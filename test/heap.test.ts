/**
 * Large inputs ask V8 for a tighter heap; small ones leave V8 alone, so
 * their start-up keeps Node's code caches (see src/cli/heap.ts).
 */
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {cachedDataVersionTag} from 'node:v8'
import {describe, expect, it} from 'vitest'
import {flagsChanged, largeInput, markSerially} from '../src/cli/engine/heap.js'
import {readInput} from '../src/cli/engine/io.js'
import {seed, seedPath} from './helpers.js'

describe('tightenHeap', () => {
  it('is left alone for a resolution of ordinary size, and asked for once an input reaches the large size', async () => {
    const tag = cachedDataVersionTag()
    await readInput(seedPath)
    expect(flagsChanged()).toBe(false)
    expect(cachedDataVersionTag()).toBe(tag)

    const dir = mkdtempSync(join(tmpdir(), 'reso-heap-'))
    try {
      const big = join(dir, 'big.md')
      writeFileSync(big, seed.repeat(Math.ceil(largeInput / seed.length)))
      const input = await readInput(big)
      expect(input.bytes.length).toBeGreaterThanOrEqual(largeInput)
      expect(flagsChanged()).toBe(true)
      // The flags changed: a code cache made now would be refused at the next start.
      expect(cachedDataVersionTag()).not.toBe(tag)
    } finally {
      rmSync(dir, {recursive: true, force: true})
    }
  })

  it('switches concurrent marking off for a corpus on worker threads, after ending any marking under way', () => {
    const tag = cachedDataVersionTag()
    // Some garbage and live objects, so that a collection has work to do.
    const kept = Array.from({length: 50_000}, (_, index) => ({index, label: 'OP' + index}))
    markSerially()
    expect(flagsChanged()).toBe(true)
    expect(cachedDataVersionTag()).not.toBe(tag)
    // Once per process: a second call changes nothing.
    const after = cachedDataVersionTag()
    markSerially()
    expect(cachedDataVersionTag()).toBe(after)
    expect(kept[49_999]!.label).toBe('OP49999')
  })
})
