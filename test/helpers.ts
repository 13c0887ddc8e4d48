/** Shared helpers for the test suites. */
import {fileURLToPath} from 'node:url'
import {readFileSync, readdirSync, existsSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {PassThrough} from 'node:stream'
import {main} from '../src/cli/main.js'

export const root = fileURLToPath(new URL('..', import.meta.url))
/**
 * The fixtures (see fixtures/README.md): one folder per document under
 * fixtures/documents/<name>/, with its input.<md|txt> and the expected output
 * of each command run on it, expected.<command>[.<variant>].<ext>; groups of
 * documents under fixtures/corpora/<name>/ and fixtures/pairs/<name>/, each
 * naming its documents in documents.txt with the expected outputs of the
 * command run on all of them.
 */
export const fixtures = join(root, 'fixtures')

export interface DocumentFixture {
  name: string
  dir: string
  /** The input file, an absolute path. */
  input: string
  /** Names of its expected.* files. */
  expected: string[]
}

export interface GroupFixture {
  name: string
  dir: string
  /** The documents' input files in the order the command gets them (a pair: old, then new). */
  inputs: string[]
  expected: string[]
}

const folders = (dir: string): string[] =>
  readdirSync(dir, {withFileTypes: true})
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()

const expectedIn = (dir: string): string[] => readdirSync(dir).filter((file) => file.startsWith('expected.')).sort()

/** The input file of document `name`, an absolute path. */
export function documentInput(name: string): string {
  const dir = join(fixtures, 'documents', name)
  const inputs = existsSync(dir) ? readdirSync(dir).filter((file) => file.startsWith('input.')) : []
  if (inputs.length !== 1) throw new Error('fixtures/documents/' + name + ' should hold one input.* file, holds ' + inputs.length)
  return join(dir, inputs[0]!)
}

/** Every document, or those with expected outputs of `command`. */
export function documents(command?: string): DocumentFixture[] {
  return folders(join(fixtures, 'documents'))
    .map((name) => {
      const dir = join(fixtures, 'documents', name)
      return {name, dir, input: documentInput(name), expected: expectedIn(dir)}
    })
    .filter((document) => command === undefined || document.expected.some((file) => file.startsWith('expected.' + command + '.')))
}

/** The corpora or the pairs, each with its documents' inputs. */
export function groups(kind: 'corpora' | 'pairs'): GroupFixture[] {
  return folders(join(fixtures, kind)).map((name) => {
    const dir = join(fixtures, kind, name)
    const names = readFileSync(join(dir, 'documents.txt'), 'utf8').split('\n').filter((line) => line.trim() !== '')
    return {name, dir, inputs: names.map(documentInput), expected: expectedIn(dir)}
  })
}

export const seedPath = documentInput('seed')
export const seed = readFileSync(seedPath, 'utf8')

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
