/**
 * Start-up: run the CLI bundle (dist/reso.cjs) with V8's code cache
 * (dist/reso.cjs.cache, made at build time by a training run), so the
 * functions a command needs are not compiled again on every start. Without
 * a usable cache it runs all the same, and tries to leave one for next time.
 */
import {readFileSync, renameSync, writeFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {fileURLToPath} from 'node:url'
import {Script, constants} from 'node:vm'

/** What the CJS bundle exports. */
export interface Bundle {
  cli: () => Promise<void>
  main: (argv: string[], io: import('./main.js').Io) => Promise<number>
}

const bundlePath = fileURLToPath(new URL('./reso.cjs', import.meta.url))
const cachePath = bundlePath + '.cache'

/** Compile and evaluate the bundle; returns its exports and the script (for its cache). */
export function loadBundle(useCache = true): {bundle: Bundle; script: Script; cached: boolean} {
  const source = readFileSync(bundlePath, 'utf8')
  let cachedData: Buffer | undefined
  if (useCache) {
    try {
      cachedData = readFileSync(cachePath)
    } catch {
      cachedData = undefined
    }
  }
  const wrapper = '(function (exports, require, module, __filename, __dirname) {' + source + '\n})'
  const script = new Script(wrapper, {filename: bundlePath, cachedData, importModuleDynamically: constants.USE_MAIN_CONTEXT_DEFAULT_LOADER})
  const module = {exports: {} as Bundle}
  const run = script.runInThisContext() as (...args: unknown[]) => void
  run(module.exports, createRequire(bundlePath), module, bundlePath, fileURLToPath(new URL('.', import.meta.url)))
  return {bundle: module.exports, script, cached: cachedData !== undefined && !script.cachedDataRejected}
}

/** Write the code cache of what has run so far; quietly gives up where it cannot write. */
export function saveCache(script: Script): void {
  // Written beside and renamed, so a run starting meanwhile never reads half a cache.
  const temporary = cachePath + '.' + process.pid
  try {
    writeFileSync(temporary, script.createCachedData())
    renameSync(temporary, cachePath)
  } catch {
    // A read-only install: start-up is slower, nothing else changes.
  }
}

/** The entry point of bin/reso.js. */
export async function run(): Promise<void> {
  const {bundle, script, cached} = loadBundle()
  await bundle.cli()
  if (!cached) saveCache(script)
}
