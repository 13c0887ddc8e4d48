/**
 * A file reso may not read. Tests run as root in CI, where every file is
 * readable, so the refusal is simulated at the file system.
 */
import {execFileSync, spawn} from 'node:child_process'
import {mkdtempSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it, vi} from 'vitest'
import {seed, seedPath} from './helpers.js'

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
    const {readInput, UserError} = await import('../src/cli/engine/io.js')
    refused.path = seedPath
    const error = await readInput(seedPath).catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(UserError)
    expect((error as Error).message).toBe(seedPath + ': permission denied; check the file permissions')
  })
})

describe('readInput on a named pipe', () => {
  it("reads a pipe as it comes, as bash's <(pdftotext draft.pdf -) gives one", async () => {
    const {readInput} = await import('../src/cli/engine/io.js')
    const dir = mkdtempSync(join(tmpdir(), 'reso-fifo-'))
    try {
      const fifo = join(dir, 'draft')
      execFileSync('mkfifo', [fifo])
      // The writer: another process, as in a shell.
      const writer = spawn('sh', ['-c', 'cat "$1" > "$2"', 'sh', seedPath, fifo])
      const written = new Promise((resolve) => writer.on('close', resolve))
      const input = await readInput(fifo)
      await written
      expect({name: input.name, text: Buffer.from(input.bytes).toString("utf8")}).toEqual({name: fifo, text: seed})
    } finally {
      rmSync(dir, {recursive: true, force: true})
    }
  })
})

