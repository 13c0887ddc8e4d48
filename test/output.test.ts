/**
 * stdout and stderr written directly (src/cli/output.ts): to a file, to a
 * pipe whose reader went away, and to a non-blocking pipe whose reader is
 * slow, where the writes hand over to a Node stream without losing a byte.
 */
import {execFileSync} from 'node:child_process'
import {closeSync, constants, mkdtempSync, openSync, readFileSync, readSync, rmSync} from 'node:fs'
import {Socket} from 'node:net'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {PassThrough} from 'node:stream'
import {flushed, openOutput, OutputClosed} from '../src/cli/engine/output.js'
import {seed} from './helpers.js'

const dir = mkdtempSync(join(tmpdir(), 'reso-output-'))
afterAll(() => rmSync(dir, {recursive: true, force: true}))

/** A FIFO with both ends open, non-blocking: writes beyond the pipe's buffer fail with EAGAIN. */
function fifo(name: string): {read: number; write: number} {
  const path = join(dir, name)
  execFileSync('mkfifo', [path])
  const read = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK)
  const write = openSync(path, constants.O_WRONLY | constants.O_NONBLOCK)
  return {read, write}
}

describe('openOutput', () => {
  it('writes to a file directly, in order, and is not a terminal', () => {
    const path = join(dir, 'out.txt')
    const fd = openSync(path, 'w')
    const output = openOutput(fd, () => {
      throw new Error('a file needs no Node stream')
    })
    expect(output.isTTY).toBe(false)
    expect(output.write('Recalling its resolution 74/247,\n')).toBe(true)
    expect(output.write('1. Adopts the Convention;\n')).toBe(true)
    closeSync(fd)
    expect(readFileSync(path, 'utf8')).toBe('Recalling its resolution 74/247,\n1. Adopts the Convention;\n')
  })

  it('waits for a Node stream that still holds output, and not for direct writes', async () => {
    const stream = new PassThrough({highWaterMark: 4})
    stream.write('more than four bytes')
    let done = false
    const waiting = flushed([stream]).then(() => (done = true))
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(done).toBe(false)
    stream.resume()
    await waiting
    expect(done).toBe(true)
    await flushed([new PassThrough()])
  })

  it('stops the run with OutputClosed when the reader of stdout has gone, and every write after', () => {
    const {read, write} = fifo('closed')
    closeSync(read)
    const output = openOutput(write)
    expect(() => output.write('text\n')).toThrow(OutputClosed)
    expect(() => output.write(']\n')).toThrow(OutputClosed)
    closeSync(write)
  })

  it('hands a non-blocking pipe over to a Node stream at EAGAIN and loses nothing', async () => {
    const {read, write} = fifo('slow')
    const socket = new Socket({fd: write, readable: false})
    let handedOver = false
    const output = openOutput(write, () => {
      handedOver = true
      return socket
    })
    // 40 seeds, about 340 KB: far more than a pipe holds while nobody reads.
    const text = seed.repeat(40)
    for (let at = 0; at < text.length; at += 8192) output.write(text.slice(at, at + 8192))
    expect(handedOver).toBe(true)
    const finished = new Promise<void>((resolve) => socket.end(resolve))

    const chunks: Buffer[] = []
    const buffer = Buffer.alloc(65536)
    let ended = false
    void finished.then(() => (ended = true))
    for (;;) {
      let count = -1
      try {
        count = readSync(read, buffer)
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error
      }
      if (count > 0) chunks.push(Buffer.from(buffer.subarray(0, count)))
      else if (count === 0 || (ended && count === -1)) break
      else await new Promise((resolve) => setTimeout(resolve, 5))
    }
    closeSync(read)
    expect(Buffer.concat(chunks).toString('utf8')).toBe(text)
  })
})
