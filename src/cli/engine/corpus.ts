/**
 * Running a command over many files: read and parse a few at a time (memory
 * bounded by the concurrency, not by the number of files), keep the results'
 * order, report a file that cannot be read and go on (the run then exits 2),
 * and show progress on stderr when the run takes more than a second and
 * stderr is a terminal.
 */
import {reportDiagnostics, warn, type Context} from './context.js'
import {parseFile, UserError, type Parsed} from './io.js'

export type {Parsed}

export interface CorpusOptions {
  /** Files read at once. */
  concurrency?: number
  /** Report parse warnings on stderr. */
  diagnostics?: boolean
}

/**
 * Parse each file and hand the result to `each`, in the order given.
 * Unreadable files are reported and skipped; `context.exitCode` becomes 2.
 */
export async function forEachFile(
  files: string[],
  context: Context,
  each: (parsed: Parsed, index: number) => void | Promise<void>,
  options: CorpusOptions = {}
): Promise<void> {
  const concurrency = Math.max(1, options.concurrency ?? 8)
  const progress = makeProgress(context, files.length)
  const pending = new Map<number, Promise<Parsed | UserError>>()
  let next = 0
  const start = (index: number): void => {
    const file = files[index]!
    pending.set(
      index,
      parseFile(file, context)
        .catch((error: unknown) => (error instanceof UserError ? error : new UserError(file + ': internal error: ' + (error instanceof Error ? error.message : String(error)) + ' (please report this with the file)')))
    )
  }
  try {
    for (; next < Math.min(concurrency, files.length); next++) start(next)
    for (let index = 0; index < files.length; index++) {
      const result = await pending.get(index)!
      pending.delete(index)
      if (next < files.length) start(next++)
      progress.tick(index + 1)
      if (result instanceof UserError) {
        progress.clear()
        warn(context, 'reso: ' + result.message + ' (skipped)')
        context.exitCode = 2
        continue
      }
      if (options.diagnostics) reportDiagnostics(context, result.name, result.diagnostics)
      await each(result, index)
    }
  } finally {
    progress.clear()
  }
}

export interface Progress {
  tick(done: number): void
  clear(): void
}

/** A files-done counter on stderr, shown after a second when stderr is a terminal. */
export function makeProgress(context: Context, total: number): Progress {
  const stderr = context.stderr as Context['stderr'] & {isTTY?: boolean}
  if (!stderr.isTTY || total < 2) return {tick() {}, clear() {}}
  const began = Date.now()
  let shown = false
  let last = 0
  return {
    tick(done) {
      const now = Date.now()
      if (now - began < 1000 || now - last < 100) return
      last = now
      shown = true
      stderr.write('\r\u001b[2K' + done + '/' + total + ' files')
    },
    clear() {
      if (shown) stderr.write('\r\u001b[2K')
      shown = false
    }
  }
}
