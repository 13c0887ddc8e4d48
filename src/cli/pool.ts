/**
 * Corpus runs on every core: worker threads read and parse files and apply a
 * named projection (src/cli/projections.ts); the main thread receives only
 * the projected results, in the order of the files. At most two tasks per
 * worker are in flight, so memory grows with the largest file, not with the
 * number of files. With one job, or a few files, or no built worker, it all
 * runs in this thread through `forEachFile`.
 */
import {stat} from 'node:fs/promises'
import {availableParallelism} from 'node:os'
import {Worker} from 'node:worker_threads'
import type {Diagnostic} from '../tree.js'
import {reportDiagnostics, warn, type Context} from './context.js'
import {forEachFile, makeProgress} from './corpus.js'
import {getWorkerUrl} from './paths.js'
import {projections} from './projections.js'

/** A file's projected result. */
export interface Mapped<T> {
  name: string
  result: T
}

export interface MapOptions {
  /** Worker threads; default: the machine's cores. 1 runs in this thread. */
  jobs?: number
  /** Report parse warnings on stderr. */
  diagnostics?: boolean
}

/** Below this many files, starting workers costs more than it saves. */
const minimumFiles = 24

/** A task sent to a worker. */
export interface TaskMessage {
  id: number
  file: string
  projection: string
  options: Record<string, unknown>
}

/** A worker's answer. */
export type ResultMessage =
  | {id: number; name: string; result: unknown; diagnostics: Diagnostic[]}
  | {id: number; error: string}

/** The number of jobs for `--jobs`: a positive whole number, or the cores. */
export function jobsOption(value: string | undefined): number {
  if (value === undefined) return availableParallelism()
  const jobs = Number(value)
  return Number.isInteger(jobs) && jobs > 0 ? Math.min(jobs, 64) : availableParallelism()
}

/**
 * Apply `projection` to each file and hand the results to `each` in file
 * order. Unreadable files are reported and skipped (`context.exitCode` 2).
 */
export async function mapFiles<T>(
  files: string[],
  context: Context,
  projection: string,
  options: Record<string, unknown>,
  each: (mapped: Mapped<T>, index: number) => void | Promise<void>,
  settings: MapOptions = {}
): Promise<void> {
  const project = projections[projection]
  if (!project) throw new Error('Unknown projection: ' + projection)
  const jobs = Math.min(settings.jobs ?? availableParallelism(), 64)
  const workerUrl = getWorkerUrl()
  if (jobs <= 1 || files.length < minimumFiles || !workerUrl || files.includes('-')) {
    await forEachFile(
      files,
      context,
      (parsed, index) => each({name: parsed.name, result: project(parsed, options) as T}, index),
      {diagnostics: settings.diagnostics}
    )
    return
  }
  await runPool(files, context, projection, options, each, jobs, workerUrl, settings)
}

/**
 * A worker's old-generation heap, in MB: enough for the largest file (a
 * parse peaks near 20 times the file's size) and no more, so each worker
 * collects garbage early and memory follows the largest file, not the
 * number of files.
 */
async function heapLimit(files: string[]): Promise<number> {
  let largest = 0
  for (const file of files) {
    try {
      largest = Math.max(largest, (await stat(file)).size)
    } catch {
      // Reported when the file is read.
    }
  }
  return Math.max(40, Math.ceil((largest / 1_000_000) * 24) + 24)
}

async function runPool<T>(
  files: string[],
  context: Context,
  projection: string,
  options: Record<string, unknown>,
  each: (mapped: Mapped<T>, index: number) => void | Promise<void>,
  jobs: number,
  url: URL,
  settings: MapOptions
): Promise<void> {
  const limit = await heapLimit(files)
  // This thread only gathers results: parsing, the garbage-heavy part, runs in
  // workers whose heaps are capped, which keeps the whole run's memory bounded.
  const workers = Array.from(
    {length: Math.min(jobs, files.length)},
    () => new Worker(url, {resourceLimits: {maxOldGenerationSizeMb: limit, maxYoungGenerationSizeMb: 16}})
  )
  // Tasks in flight plus results waiting for their turn: never more than this.
  const inFlight = workers.length * 2
  const results = new Map<number, ResultMessage>()
  const idle: Worker[] = [...workers, ...workers]
  let next = 0
  let delivered = 0
  const progress = makeProgress(context, files.length)

  const feed = (): void => {
    while (idle.length > 0 && next < files.length && next - delivered < inFlight) {
      const message: TaskMessage = {id: next, file: files[next]!, projection, options}
      next++
      idle.pop()!.postMessage(message)
    }
  }

  try {
    await new Promise<void>((resolve, reject) => {
      const deliver = async (): Promise<void> => {
        while (results.has(delivered)) {
          const message = results.get(delivered)!
          results.delete(delivered)
          const index = delivered++
          progress.tick(delivered)
          if ('error' in message) {
            progress.clear()
            warn(context, 'reso: ' + message.error + ' (skipped)')
            context.exitCode = 2
          } else {
            if (settings.diagnostics) reportDiagnostics(context, message.name, message.diagnostics)
            await each({name: message.name, result: message.result as T}, index)
          }
        }
        if (delivered === files.length) resolve()
        else feed()
      }
      let chain = Promise.resolve()
      for (const worker of workers) {
        worker.on('message', (message: ResultMessage) => {
          results.set(message.id, message)
          idle.push(worker)
          chain = chain.then(deliver).catch(reject)
        })
        worker.on('error', reject)
      }
      if (files.length === 0) resolve()
      feed()
    })
  } finally {
    progress.clear()
    await Promise.all(workers.map((worker) => worker.terminate()))
  }
}
