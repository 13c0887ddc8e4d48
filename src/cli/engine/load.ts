/**
 * Start-up: run the CLI bundle (dist/reso.cjs) with V8's code cache, so the
 * functions a command needs are not compiled again on every start. Each
 * command has a cache of its own (dist/reso.cjs.verbs.cache ...), made at
 * build time by a training run of that command alone: a small cache is
 * read and checked faster than one for every command. Without a usable
 * cache reso runs all the same, and tries to leave one for next time.
 */
import {readFileSync, renameSync, writeFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {fileURLToPath} from 'node:url'
import {Script} from 'node:vm'

/** What the CJS bundle exports. */
export interface Bundle {
  cli: () => Promise<void>
  main: (argv: string[], io: import('../main.js').Io) => Promise<number>
  flagsChanged: () => boolean
}

const bundlePath = fileURLToPath(new URL('./reso.cjs', import.meta.url))

/** The commands with caches of their own; anything else uses the general one. */
export const cachedCommands = ['parse', 'verbs', 'refs', 'query', 'diff', 'notes', 'show', 'lint', 'text'] as const

/** The command a command line runs: its first word that names one. */
export function commandOf(argv: readonly string[]): string | undefined {
  return argv.find((word) => (cachedCommands as readonly string[]).includes(word))
}

/** Where the cache for `command` lives. */
export function cachePath(command: string | undefined): string {
  return bundlePath + (command ? '.' + command : '') + '.cache'
}

/** Compile and evaluate the bundle; returns its exports and the script (for its cache). */
export function loadBundle(cache: string | undefined): {bundle: Bundle; script: Script; cached: boolean} {
  const source = readFileSync(bundlePath, 'utf8')
  let cachedData: Buffer | undefined
  if (cache) {
    try {
      cachedData = readFileSync(cache)
    } catch {
      cachedData = undefined
    }
  }
  const wrapper = '(function (exports, require, module, __filename, __dirname) {' + source + '\n})'
  // No import() may be left in the bundle: Node 20 cannot answer one from a
  // script compiled here (scripts/build.js checks).
  const script = new Script(wrapper, {filename: bundlePath, cachedData})
  const module = {exports: {} as Bundle}
  const run = script.runInThisContext() as (...args: unknown[]) => void
  run(module.exports, createRequire(bundlePath), module, bundlePath, fileURLToPath(new URL('.', import.meta.url)))
  return {bundle: module.exports, script, cached: cachedData !== undefined && !script.cachedDataRejected}
}

/** Write the code cache of what has run so far; quietly gives up where it cannot write. */
export function saveCache(script: Script, cache: string): void {
  // Written beside and renamed, so a run starting meanwhile never reads half a cache.
  const temporary = cache + '.' + process.pid
  try {
    writeFileSync(temporary, script.createCachedData())
    renameSync(temporary, cache)
  } catch {
    // A read-only install: start-up is slower, nothing else changes.
  }
}

/** The entry point of bin/reso.js. */
export async function run(): Promise<void> {
  const cache = cachePath(commandOf(process.argv.slice(2)))
  const {bundle, script, cached} = loadBundle(cache)
  await bundle.cli()
  // A cache made after V8's flags changed would not be accepted next time.
  if (!cached && !bundle.flagsChanged()) saveCache(script, cache)
  // All written: end now. Node's teardown of the heap is skipped (about 2 ms
  // of every start), and a named pipe still being opened (another input
  // failed first) cannot keep the process waiting.
  process.exit()
}
