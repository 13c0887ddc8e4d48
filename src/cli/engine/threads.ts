/**
 * The worker threads of a corpus run (see pool.ts): a module of its own so
 * that a run on one file never loads worker_threads.
 */
import {closeSync, openSync, readSync, statSync} from 'node:fs'
import {Worker} from 'node:worker_threads'
import {isPdf} from '../../read/pdf/index.js'
import {reportDiagnostics, warn, type Context} from './context.js'
import {makeProgress} from './corpus.js'
import {markSerially} from './heap.js'
import type {MapOptions, Mapped, ResultMessage, TaskMessage} from './messages.js'
import type {ProjectionName, ProjectionOptions, ProjectionResult} from './projections.js'

/**
 * A worker's old-generation heap, in MB: enough for the largest file and no
 * more, so each worker collects garbage early and memory follows the
 * largest file, not the number of files. A text parse peaks near 20 times
 * the file's size. A PDF needs PDF.js besides (its code and a document's
 * fonts, some 25 MB whatever the file) and its lines and text, a few times
 * the file's size: under 64 MB, a worker reading the corpus's PDFs spent
 * most of its time collecting garbage (two jobs took longer than one).
 */
function heapLimit(files: string[]): number | undefined {
  let text = 0
  let pdf = 0
  // Synchronous: nothing else runs yet, and 2,000 files take 20 ms where awaiting each stat took 100.
  const head = new Uint8Array(1024)
  for (const file of files) {
    try {
      const info = statSync(file)
      // A pipe's size is not known before it is read: no cap then.
      if (!info.isFile() && !info.isDirectory()) return undefined
      if (info.isFile() && isPdf(head.subarray(0, readHead(file, head)))) pdf = Math.max(pdf, info.size)
      else text = Math.max(text, info.size)
    } catch {
      // Reported when the file is read.
    }
  }
  const forText = Math.ceil((text / 1_000_000) * 24) + 24
  const forPdf = pdf > 0 ? Math.ceil((pdf / 1_000_000) * 8) + 64 : 0
  return Math.max(40, forText, forPdf)
}

/** Read the first bytes of a file into `head` (as many as it holds); how many were read. */
function readHead(file: string, head: Uint8Array): number {
  const handle = openSync(file, 'r')
  try {
    return readSync(handle, head, 0, head.length, 0)
  } finally {
    closeSync(handle)
  }
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
  const limit = settings.heapMb?.worker ?? heapLimit(files)
  markSerially()
  // This thread only gathers results: parsing, the garbage-heavy part, runs in
  // workers whose heaps are capped, which keeps the whole run's memory bounded.
  const start = (heap: number | undefined): Worker =>
    new Worker(url, {resourceLimits: heap === undefined ? {maxYoungGenerationSizeMb: 16} : {maxOldGenerationSizeMb: heap, maxYoungGenerationSizeMb: 16}})
  const workers: Worker[] = []
  // Tasks in flight plus results waiting for their turn: never more than this.
  // Four a worker: with two, a worker that finished its small files waited
  // idle for the other's long one (PDFs of 1 to 26 pages lost a tenth).
  const inFlight = Math.min(jobs, files.length) * 4
  const results = new Map<number, ResultMessage<N>>()
  const idle: Worker[] = []
  /** The tasks each worker holds, to retry when it dies. */
  const held = new Map<Worker, number[]>()
  let next = 0
  let delivered = 0
  const progress = makeProgress(context, files.length)
  const task = (id: number): TaskMessage<N> => ({id, file: files[id]!, projection, options})

  const feed = (): void => {
    while (idle.length > 0 && next < files.length && next - delivered < inFlight) {
      const worker = idle.pop()!
      held.get(worker)!.push(next)
      worker.postMessage(task(next++))
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
      const arrived = (message: ResultMessage<N>): void => {
        results.set(message.id, message)
        chain = chain.then(deliver).catch(reject)
      }
      const add = (): void => {
        const worker = start(limit)
        workers.push(worker)
        held.set(worker, [])
        idle.push(worker, worker)
        worker.on('message', (message: ResultMessage<N>) => {
          const ids = held.get(worker)!
          ids.splice(ids.indexOf(message.id), 1)
          idle.push(worker)
          arrived(message)
        })
        worker.on('error', (error: Error & {code?: string}) => {
          // A file that exhausts a worker's heap (a pathological input the
          // size cap did not foresee) must not end the run: the worker is
          // replaced, and the tasks it held are run again, each alone in a
          // worker with a larger heap; a file that exhausts that one too is
          // that file's error.
          if (error.code !== 'ERR_WORKER_OUT_OF_MEMORY') return reject(error)
          const lost = held.get(worker)!
          held.delete(worker)
          for (let at = idle.indexOf(worker); at !== -1; at = idle.indexOf(worker)) idle.splice(at, 1)
          workers.splice(workers.indexOf(worker), 1)
          add()
          for (const id of lost) chain = chain.then(() => alone(id)).then(arrived).catch(reject)
          feed()
        })
      }
      const alone = (id: number): Promise<ResultMessage<N>> =>
        new Promise((settle) => {
          const heap = settings.heapMb?.retry ?? Math.max(512, (limit ?? 128) * 4)
          const worker = start(heap)
          worker.once('message', (message: ResultMessage<N>) => {
            void worker.terminate()
            settle(message)
          })
          worker.once('error', (error: Error) => {
            void worker.terminate()
            settle({id, error: files[id]! + ': ran out of memory (' + heap + ' MB) while reading it: ' + error.message})
          })
          worker.postMessage(task(id))
        })
      for (let count = Math.min(jobs, files.length); count > 0; count--) add()
      if (files.length === 0) resolve()
      feed()
    })
  } finally {
    progress.clear()
    await Promise.all(workers.map((worker) => worker.terminate()))
  }
}
