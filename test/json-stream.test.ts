/**
 * parse --json streams compact JSON (issue 17: at about 18 MB of input the
 * one JSON string passed V8's limit, "Invalid string length").
 */
import {describe, expect, it} from 'vitest'
import {parse} from '../src/index.js'
import {jsonChunks} from '../src/render/json.js'
import {run, seed, seedPath} from './helpers.js'

describe('jsonChunks', () => {
  it('writes what JSON.stringify writes, in chunks of the size asked', () => {
    const {tree} = parse(seed, {format: 'markdown'})
    const chunks = [...jsonChunks(tree, new Set(), 1000)]
    expect(chunks.length).toBeGreaterThan(20)
    for (const chunk of chunks.slice(0, -1)) expect(chunk.length).toBeLessThan(1000 + 2000)
    expect(chunks.join('')).toBe(JSON.stringify(tree) + '\n')
  })

  it('treats undefined, nulls and odd values as JSON.stringify does', () => {
    const value = {a: undefined, b: [undefined, 1, null, 'x'], c: {d: true, e: () => 1}, f: new Date(0), g: 'é\u0085\u202e'}
    expect([...jsonChunks(value)].join('')).toBe(JSON.stringify(value).replace('\u0085', '\\u0085').replace('\u202e', '\\u202e') + '\n')
  })

  it('leaves out the fields asked, at every depth', () => {
    const {tree} = parse(seed, {format: 'markdown'})
    const text = [...jsonChunks(tree, new Set(['position']))].join('')
    expect(text).not.toContain('"position"')
    expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(tree, (key, value: unknown) => (key === 'position' ? undefined : value))))
  })

  it('writes 200,000 levels of nesting without recursion', () => {
    let value: unknown = 'core'
    for (let i = 0; i < 200_000; i++) value = [value]
    const text = [...jsonChunks(value)].join('')
    expect(text.length).toBe(200_000 * 2 + '"core"'.length + 1)
  })
})

describe('parse --json', () => {
  it('prints compact JSON that reads back as the tree, and leaves positions out on request', async () => {
    const full = await run(['parse', '--json', seedPath])
    expect(full.code).toBe(0)
    expect(full.stdout.split('\n')).toHaveLength(2)
    expect(JSON.parse(full.stdout)).toEqual(JSON.parse(JSON.stringify(parse(seed, {format: 'markdown'}).tree)))
    const bare = await run(['parse', '--json', '--no-positions', seedPath])
    expect(bare.stdout).not.toContain('"position"')
    expect(bare.stdout.length).toBeLessThan(full.stdout.length * 0.6)
  })
})
