/** Long Markdown is parsed in chunks: the result must not depend on where it is cut. */
import {describe, expect, it} from 'vitest'
import {chunkBoundaries, readMarkdown} from '../src/read/markdown.js'
import {seed} from './helpers.js'

describe('chunked Markdown', () => {
  const long = Array.from({length: 30}, () => seed).join('\n\n```\nfenced\n\nblock\n```\n\n')

  it('cuts only at a blank line before a line in column 1, outside fences', () => {
    const cuts = chunkBoundaries(long, 1000)
    expect(cuts.length).toBeGreaterThan(20)
    for (const cut of cuts) {
      expect(long.slice(cut - 2, cut)).toMatch(/\n\s*\n|\n\n/)
      expect(long[cut]).toMatch(/\S/)
      const before = long.slice(0, cut)
      expect((before.match(/^```/gm) ?? []).length % 2).toBe(0)
    }
  })

  it('gives the same blocks cut small or not cut at all', () => {
    expect(readMarkdown(long, 1000)).toEqual(readMarkdown(long, Infinity))
  })
})
