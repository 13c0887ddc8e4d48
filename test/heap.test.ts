/**
 * Large inputs ask V8 for a tighter heap; small ones leave V8 alone, so
 * their start-up keeps Node's code caches (see src/cli/heap.ts).
 */
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {cachedDataVersionTag} from 'node:v8'
import {describe, expect, it} from 'vitest'
import {heapTightened, largeInput} from '../src/cli/heap.js'
import {readInput} from '../src/cli/io.js'
import {seed, seedPath} from './helpers.js'

describe('tightenHeap', () => {
  it('is left alone for a resolution of ordinary size, and asked for once an input reaches the large size', async () => {
    const tag = cachedDataVersionTag()
    await readInput(seedPath)
    expect(heapTightened()).toBe(false)
    expect(cachedDataVersionTag()).toBe(tag)

    const dir = mkdtempSync(join(tmpdir(), 'reso-heap-'))
    try {
      const big = join(dir, 'big.md')
      writeFileSync(big, seed.repeat(Math.ceil(largeInput / seed.length)))
      const input = await readInput(big)
      expect(input.text.length).toBeGreaterThanOrEqual(largeInput)
      expect(heapTightened()).toBe(true)
      // The flags changed: a code cache made now would be refused at the next start.
      expect(cachedDataVersionTag()).not.toBe(tag)
    } finally {
      rmSync(dir, {recursive: true, force: true})
    }
  })
})
