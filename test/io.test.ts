/**
 * A file reso may not read. Tests run as root in CI, where every file is
 * readable, so the refusal is simulated at the file system.
 */
import {describe, expect, it, vi} from 'vitest'
import {seedPath} from './helpers.js'

const refused = vi.hoisted(() => ({path: ''}))

vi.mock('node:fs', async (original) => {
  const actual = await original<typeof import('node:fs')>()
  const readFileSync = ((...args: Parameters<typeof actual.readFileSync>) => {
    if (String(args[0]) === refused.path) throw Object.assign(new Error('EACCES: permission denied'), {code: 'EACCES'})
    return actual.readFileSync(...args)
  }) as typeof actual.readFileSync
  return {...actual, readFileSync}
})

describe('readInput', () => {
  it('says permission denied, naming the file, for a file it may not read', async () => {
    const {readInput, UserError} = await import('../src/cli/io.js')
    refused.path = seedPath
    const error = await readInput(seedPath).catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(UserError)
    expect((error as Error).message).toBe(seedPath + ': permission denied; check the file permissions')
  })
})
