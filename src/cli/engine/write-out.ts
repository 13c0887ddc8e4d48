/**
 * Writing a command's output to a named path (`refs --out`) without losing
 * what the path is. A regular file (or a new one) is written beside itself
 * and renamed over, so an interrupted run leaves the old file whole; its
 * mode is kept. Anything else (a device such as /dev/null, a FIFO, a
 * terminal, /dev/stdout, bash's >(cmd)) is written straight into: renaming
 * over it would replace the device or the pipe with a file. A symlink is
 * never replaced: its target is what gets written.
 */
import {chmodSync, createWriteStream, lstatSync, realpathSync, rmSync, statSync} from 'node:fs'
import {createRequire} from 'node:module'
import {rename} from 'node:fs/promises'
import {UserError} from './io.js'

/** How a path is written: replaced atomically (at its real path, with a mode to keep) or written straight into. */
export interface OutPlan {
  how: 'replace' | 'straight'
  /** The path written: the symlink's target for a link to a regular file. */
  path: string
  /** The mode to give the new file (an existing file's), if any. */
  mode?: number
}

/** Decide how to write `path`, from what it is now. */
export function planOut(path: string): OutPlan {
  let info
  try {
    info = statSync(path) // follows symlinks
  } catch {
    // Nothing there (or a dangling link): a new file. A dangling link is
    // written through (opening it creates its target), never replaced.
    return isLink(path) ? {how: 'straight', path} : {how: 'replace', path}
  }
  // /dev/stdout and /proc/self/fd/N name an open descriptor: replacing the
  // file behind it would leave the shell's redirection writing elsewhere.
  if (!info.isFile() || /^\/(?:dev|proc)\//.test(path)) return {how: 'straight', path}
  let real = path
  try {
    real = realpathSync(path)
  } catch {
    return {how: 'straight', path}
  }
  return {how: 'replace', path: real, mode: info.mode & 0o7777}
}

function isLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink()
  } catch {
    return false
  }
}

let loader: NodeJS.Require | undefined

/**
 * Write `output` (a string or chunks) to `path` as planned by `planOut`. A
 * SIGINT or SIGTERM during an atomic replace removes the partial file
 * before the process ends. Throws a UserError when the path cannot be
 * written.
 */
export async function writeOut(path: string, output: string | Iterable<string> | AsyncIterable<string>): Promise<void> {
  const plan = planOut(path)
  // Required here, not imported: Node's streams would cost every other run
  // start-up time, and the program (a V8 script run from its code cache)
  // cannot use import() on Node 20.
  const load = (loader ??= createRequire(import.meta.url))
  const {pipeline} = load('node:stream/promises') as typeof import('node:stream/promises')
  const {Readable} = load('node:stream') as typeof import('node:stream')
  const source = (): NodeJS.ReadableStream => Readable.from(typeof output === 'string' ? [output] : output)
  if (plan.how === 'straight') {
    try {
      await pipeline(source(), createWriteStream(plan.path))
    } catch (error) {
      throw cannotWrite(path, error)
    }
    return
  }
  const temporary = plan.path + '.' + process.pid + '.partial'
  const interrupted = (signal: NodeJS.Signals): void => {
    rmSync(temporary, {force: true})
    process.exit(signal === 'SIGINT' ? 130 : 143)
  }
  process.once('SIGINT', interrupted)
  process.once('SIGTERM', interrupted)
  try {
    await pipeline(source(), createWriteStream(temporary, {mode: plan.mode ?? 0o666}))
    // The umask narrowed the mode at creation: give the file its old mode.
    if (plan.mode !== undefined) chmodSync(temporary, plan.mode)
    await rename(temporary, plan.path)
  } catch (error) {
    rmSync(temporary, {force: true})
    throw cannotWrite(path, error)
  } finally {
    process.removeListener('SIGINT', interrupted)
    process.removeListener('SIGTERM', interrupted)
  }
}

function cannotWrite(path: string, error: unknown): UserError {
  return new UserError(path + ': cannot write (' + ((error as NodeJS.ErrnoException).code ?? String(error)) + '); check the path and permissions')
}
