/** Shared helpers for the test suites. */
import {fileURLToPath} from 'node:url'
import {readFileSync, readdirSync, existsSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {PassThrough} from 'node:stream'
import {main} from '../src/cli/main.js'

export const root = fileURLToPath(new URL('..', import.meta.url))
export const seedPath = join(root, 'fixtures/parse/seed/input.md')
export const seed = readFileSync(seedPath, 'utf8')

/** Fixture folders under fixtures/<group>, with their input file. */
export function fixtureDirs(group: string): Array<{name: string; dir: string; input: string}> {
  const base = join(root, 'fixtures', group)
  return readdirSync(base, {withFileTypes: true})
    .filter((entry) => entry.isDirectory())
    .map((entry) => {
      const dir = join(base, entry.name)
      const input = readdirSync(dir).find((file) => file.startsWith('input.'))
      return {name: entry.name, dir, input: input ? join(dir, input) : ''}
    })
    .filter((fixture) => fixture.input !== '')
}

/**
 * Compare `actual` with the committed expected file. Outside CI a missing
 * file is written (to be reviewed before commit); in CI it fails.
 */
export function expectFile(path: string, actual: string): string {
  if (!existsSync(path)) {
    if (process.env.CI) throw new Error('Missing expected file ' + path + ': generate it locally and review it')
    writeFileSync(path, actual)
  }
  return readFileSync(path, 'utf8')
}

/** Run the CLI in-process; returns its output and exit code. */
export async function run(args: string[], options: {stdin?: string | Buffer; env?: NodeJS.ProcessEnv} = {}): Promise<{stdout: string; stderr: string; code: number}> {
  const stdout = new PassThrough()
  const stderr = new PassThrough()
  const stdin = new PassThrough()
  let out = ''
  let err = ''
  stdout.on('data', (chunk: Buffer) => (out += chunk.toString()))
  stderr.on('data', (chunk: Buffer) => (err += chunk.toString()))
  stdin.end(options.stdin ?? '')
  const code = await main(args, {stdout, stderr, stdin, env: options.env ?? {NO_COLOR: '1'}})
  return {stdout: out, stderr: err, code}
}
