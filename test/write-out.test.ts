/**
 * `refs --out`: a regular file is replaced atomically with its mode kept;
 * devices, FIFOs and /dev/stdout are written straight into; a symlink is
 * written through, never replaced; Ctrl-C leaves no partial file.
 */
import {execFileSync, spawn} from 'node:child_process'
import {chmodSync, lstatSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, statSync, symlinkSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterEach, describe, expect, it, vi} from 'vitest'
import {planOut, writeOut} from '../src/cli/engine/write-out.js'

const dir = mkdtempSync(join(tmpdir(), 'reso-out-'))

afterEach(() => {
  vi.restoreAllMocks()
})

describe('writeOut', () => {
  it('replaces a regular file and keeps its mode', async () => {
    const path = join(dir, 'graph.json')
    writeFileSync(path, 'old')
    chmodSync(path, 0o640)
    await writeOut(path, ['{"nodes":', '[]}'])
    expect(readFileSync(path, 'utf8')).toBe('{"nodes":[]}')
    expect(statSync(path).mode & 0o777).toBe(0o640)
    expect(readdirSync(dir).filter((name) => name.endsWith('.partial'))).toEqual([])
  })

  it('writes a symlink\'s target and leaves the link a link', async () => {
    const target = join(dir, 'target.txt')
    const link = join(dir, 'link.txt')
    writeFileSync(target, 'old')
    symlinkSync('target.txt', link)
    expect(planOut(link)).toMatchObject({how: 'replace', path: target})
    await writeOut(link, 'new')
    expect(lstatSync(link).isSymbolicLink()).toBe(true)
    expect(readlinkSync(link)).toBe('target.txt')
    expect(readFileSync(target, 'utf8')).toBe('new')
  })

  it('writes through a dangling symlink (creating its target)', async () => {
    const link = join(dir, 'dangling.txt')
    symlinkSync('created.txt', link)
    await writeOut(link, 'made')
    expect(lstatSync(link).isSymbolicLink()).toBe(true)
    expect(readFileSync(join(dir, 'created.txt'), 'utf8')).toBe('made')
  })

  it('writes straight into a device and never replaces it', async () => {
    expect(planOut('/dev/null').how).toBe('straight')
    expect(planOut('/dev/stdout').how).toBe('straight')
    await writeOut('/dev/null', 'nothing')
    expect(statSync('/dev/null').isCharacterDevice()).toBe(true)
  })

  it('writes straight into a FIFO, which a reader receives', async () => {
    const fifo = join(dir, 'fifo')
    execFileSync('mkfifo', [fifo])
    const reader = spawn('cat', [fifo])
    let got = ''
    reader.stdout.on('data', (chunk: Buffer) => (got += chunk.toString()))
    const closed = new Promise((resolve) => reader.on('close', resolve))
    expect(planOut(fifo).how).toBe('straight')
    await writeOut(fifo, 'through the pipe')
    await closed
    expect(got).toBe('through the pipe')
    expect(lstatSync(fifo).isFIFO()).toBe(true)
  })

  it('removes the partial file on SIGINT', async () => {
    const path = join(dir, 'interrupted.json')
    const exit = vi.spyOn(process, 'exit').mockImplementation((() => undefined) as never)
    const partial = (): boolean => readdirSync(dir).some((name) => name.startsWith('interrupted.json.') && name.endsWith('.partial'))
    let partialSeen = false
    async function* chunks(): AsyncGenerator<string> {
      yield '{"a":'
      // Ctrl-C once the partial file is there.
      for (let wait = 0; wait < 200 && !partial(); wait++) await new Promise((resolve) => setTimeout(resolve, 10))
      partialSeen = partial()
      process.emit('SIGINT', 'SIGINT')
      yield '1}'
    }
    // The real handler ends the process here; with exit mocked, the run goes on.
    await writeOut(path, chunks()).catch(() => undefined)
    expect(partialSeen).toBe(true)
    expect(exit).toHaveBeenCalledWith(130)
    expect(readdirSync(dir).filter((name) => name.endsWith('.partial'))).toEqual([])
  })
})
