/**
 * The worker threads of a corpus run (see pool.ts): a module of its own so
 * that a run on one file never loads worker_threads.
 */
import {stat} from 'node:fs/promises'
import {Worker} from 'node:worker_threads'
import {reportDiagnostics, warn, type Context} from './context.js'
import {makeProgress} from './corpus.js'
import {markSerially} from './heap.js'
import type {MapOptions, Mapped, ResultMessage, TaskMessage} from './messages.js'
import type {ProjectionName, ProjectionOptions, ProjectionResult} from './projections.js'

/**
 * A worker's old-generation heap, in MB: enough for the largest file (a
 * parse peaks near 20 times the file's size) and no more, so each worker
 * collects garbage early and memory follows the largest file, not the
 * number of files.
 */
async function heapLimit(files: string[]): Promise<number | undefined> {
  let largest = 0
  for (const file of files) {
    try {
      const info = await stat(file)
      // A pipe's size is not known before it is read: no cap then.
      if (!info.isFile() && !info.isDirectory()) return undefined
      largest = Math.max(largest, info.size)
    } catch {
      // Reported when the file is read.
    }
  }
  return Math.max(40, Math.ceil((largest / 1_000_000) * 24) + 24)
}

export async function runPool<N extends ProjectionName>(
  files: string[],
  context: Context,
  projection: N,
  options: ProjectionOptions<N>,
  each: (mapped: Mapped<ProjectionResult<N>>, index: number) => void | Promise<void>,
  jobs: number,
  url: URL,
  settings: MapOptions
): Promise<void> {
  const limit = await heapLimit(files)
  markSerially()
  // This thread only gathers results: parsing, the garbage-heavy part, runs in
  // workers whose heaps are capped, which keeps the whole run's memory bounded.
  const workers = Array.from(
    {length: Math.min(jobs, files.length)},
    () => new Worker(url, {resourceLimits: limit === undefined ? {maxYoungGenerationSizeMb: 16} : {maxOldGenerationSizeMb: limit, maxYoungGenerationSizeMb: 16}})
  )
  // Tasks in flight plus results waiting for their turn: never more than this.
  const inFlight = workers.length * 2
  const results = new Map<number, ResultMessage<N>>()
  const idle: Worker[] = [...workers, ...workers]
  let next = 0
  let delivered = 0
  const progress = makeProgress(context, files.length)

  const feed = (): void => {
    while (idle.length > 0 && next < files.length && next - delivered < inFlight) {
      const message: TaskMessage<N> = {id: next, file: files[next]!, projection, options}
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
            await each({name: message.name, result: message.result}, index)
          }
        }
        if (delivered === files.length) resolve()
        else feed()
      }
      let chain = Promise.resolve()
      for (const worker of workers) {
        worker.on('message', (message: ResultMessage<N>) => {
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
