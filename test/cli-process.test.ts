/**
 * The built program as a user runs it, in a child process: a closed stdout
 * ends the run quietly, Ctrl-C ends it without a trace.
 */
import {execFileSync, spawn, spawnSync} from 'node:child_process'
import {closeSync, existsSync, mkdtempSync, openSync, readFileSync, writeFileSync} from 'node:fs'
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
    const mixed = files.map((file, index) => (index % 2 === 0 ? file : join(root, 'fixtures/documents/security-council/input.txt')))
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

  it('keeps the exit status of the run when the reader goes away (reso refs missing.md seed.md | true)', async () => {
    const child = spawn(process.execPath, [bin, 'refs', join(dir, 'missing.md'), files[0]!], {cwd: root, stdio: ['ignore', 'pipe', 'pipe']})
    child.stdout.destroy()
    let stderr = ''
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    const code = await new Promise((resolve) => child.on('close', resolve))
    expect(code).toBe(2)
    expect(stderr).toMatch(/missing\.md: no such file/)
    expect(stderr).not.toMatch(/EPIPE|\n\s+at /)
  })

  it('reports a missing input before opening a named pipe that waits for its writer', async () => {
    const fifo = join(dir, 'never-written.fifo')
    execFileSync('mkfifo', [fifo])
    const devNull = openSync('/dev/null', 'w')
    try {
      const child = spawn(process.execPath, [bin, 'diff', join(dir, 'missing.md'), fifo], {cwd: root, stdio: ['ignore', devNull, 'pipe']})
      let stderr = ''
      child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
      const code = await new Promise((resolve) => child.on('close', resolve))
      expect(code).toBe(2)
      expect(stderr).toMatch(/missing\.md: no such file/)
    } finally {
      closeSync(devNull)
    }
  })

  it('reads a large named pipe among a corpus on worker threads (no heap cap from the other files)', async () => {
    const fifo = join(dir, 'large.fifo')
    execFileSync('mkfifo', [fifo])
    const large = join(dir, 'large.md')
    writeFileSync(large, seed.repeat(500))
    const writer = spawn('sh', ['-c', 'cat "$1" > "$2"', 'sh', large, fifo])
    const written = new Promise((resolve) => writer.on('close', resolve))
    const piped = spawnSync(process.execPath, [bin, 'verbs', '--count', '--json', '--jobs', '2', ...files.slice(0, 30), fifo], {cwd: root, encoding: 'utf8'})
    await written
    const direct = spawnSync(process.execPath, [bin, 'verbs', '--count', '--json', '--jobs', '2', ...files.slice(0, 30), large], {cwd: root, encoding: 'utf8'})
    expect(piped.stderr).toBe('')
    expect(piped.status).toBe(0)
    expect(piped.stdout).toBe(direct.stdout)
    // Two runs over 4 MB of Markdown: seconds alone, more on a busy shared machine.
  }, 180_000)

  it('renders SVG and writes --out files as the built program (modules it loads late are required, not imported)', () => {
    const svg = join(dir, 'graph.svg')
    const drawn = spawnSync(process.execPath, [bin, 'refs', '--graph', 'svg', '--out', svg, files[0]!], {cwd: root, encoding: 'utf8'})
    expect(drawn.stderr).toBe('')
    expect(drawn.status).toBe(0)
    expect(readFileSync(svg, 'utf8')).toMatch(/^<\?xml[\s\S]*<svg[\s\S]*A\/RES\/74\/247/)
    const json = join(dir, 'graph.json')
    const written = spawnSync(process.execPath, [bin, 'refs', '--graph', 'json', '--out', json, files[0]!], {cwd: root, encoding: 'utf8'})
    const printed = spawnSync(process.execPath, [bin, 'refs', '--graph', 'json', files[0]!], {cwd: root, encoding: 'utf8'})
    expect(written.status).toBe(0)
    expect(readFileSync(json, 'utf8')).toBe(printed.stdout)
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
