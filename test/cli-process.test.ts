/**
 * The built program as a user runs it, in a child process: a closed stdout
 * ends the run quietly, Ctrl-C ends it without a trace.
 */
import {spawn, spawnSync} from 'node:child_process'
import {closeSync, existsSync, mkdtempSync, openSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {root, seed} from './helpers.js'

const bin = join(root, 'bin/reso.js')
const dir = mkdtempSync(join(tmpdir(), 'reso-process-'))
const files: string[] = []
for (let i = 0; i < 60; i++) {
  const path = join(dir, 'res-' + i + '.md')
  writeFileSync(path, seed)
  files.push(path)
}

function start(args: string[]) {
  const child = spawn(process.execPath, [bin, ...args], {cwd: root, env: {...process.env, NO_COLOR: '1'}})
  let stderr = ''
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  const done = new Promise<{code: number | null; signal: NodeJS.Signals | null; stderr: string}>((resolve) =>
    child.on('close', (code, signal) => resolve({code, signal, stderr}))
  )
  return {child, done}
}

describe('reso as a process', () => {
  it('gives the same corpus results on worker threads as on one thread', () => {
    const mixed = files.map((file, index) => (index % 2 === 0 ? file : join(root, 'fixtures/parse/security-council/input.txt')))
    for (const args of [['refs', '--graph', 'json'], ['verbs', '--count', '--json'], ['verbs', '--all', '--csv']]) {
      const one = spawnSync(process.execPath, [bin, ...args, '--jobs', '1', ...mixed], {cwd: root, encoding: 'utf8'})
      const two = spawnSync(process.execPath, [bin, ...args, '--jobs', '2', ...mixed], {cwd: root, encoding: 'utf8'})
      expect(one.status).toBe(0)
      expect(two.status).toBe(0)
      expect(two.stdout).toBe(one.stdout)
      expect(one.stdout.length).toBeGreaterThan(100)
    }
  })

  it('ends quietly when stdout is closed (reso verbs big | head -1)', async () => {
    const {child, done} = start(['verbs', '--all', ...files])
    await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()))
    child.stdout.destroy()
    const {code, stderr} = await done
    expect(stderr).not.toMatch(/EPIPE|Error|\n\s+at /)
    expect(code).toBe(0)
  })

  it.runIf(existsSync('/dev/full'))('says so and exits 2 when the output cannot be written (a full disk)', () => {
    const full = openSync('/dev/full', 'w')
    try {
      const result = spawnSync(process.execPath, [bin, 'verbs', files[0]!], {cwd: root, stdio: ['ignore', full, 'pipe'], encoding: 'utf8'})
      expect(result.status).toBe(2)
      expect(result.stderr).toBe('reso: cannot write the output (ENOSPC); check where it goes\n')
    } finally {
      closeSync(full)
    }
  })

  it('stops on Ctrl-C without a stack trace', async () => {
    const {child, done} = start(['verbs', '--count', ...files, ...files, ...files])
    await new Promise((resolve) => setTimeout(resolve, 150))
    child.kill('SIGINT')
    const {code, signal, stderr} = await done
    expect(stderr).not.toMatch(/\n\s+at /)
    expect(code === 130 || signal === 'SIGINT').toBe(true)
  })
})
