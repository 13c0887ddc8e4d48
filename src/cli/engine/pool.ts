/**
 * Corpus runs on every core: worker threads read and parse files and apply a
 * named projection (src/cli/projections.ts); the main thread receives only
 * the projected results, in the order of the files. At most two tasks per
 * worker are in flight, so memory grows with the largest file, not with the
 * number of files. With one job, or a few files, or no built worker, it all
 * runs in this thread through `forEachFile`.
 */
import {availableParallelism} from 'node:os'
import type {Context} from './context.js'
import {forEachFile} from './corpus.js'
import {tightenHeap} from './heap.js'
import {UserError} from './io.js'
import {getWorkerUrl} from './paths.js'
import type {Mapped, MapOptions} from './messages.js'
import {project, type ProjectionName, type ProjectionOptions, type ProjectionResult} from './projections.js'

export type {Mapped, MapOptions}

/** Below this many files, starting workers costs more than it saves. */
const minimumFiles = 24

/**
 * The number of jobs for `--jobs`: a whole number from 1, at most the
 * cores (more threads than cores only add memory and switching: 64 jobs on
 * 2 cores took 19 s and 1.7 GB where 2 took 6.6 s and 163 MB); the cores
 * when not given. Anything else is a UserError.
 */
export function jobsOption(value: string | undefined, cores = availableParallelism()): number {
  if (value === undefined) return cores
  if (!/^\d{1,9}$/.test(value) || Number(value) < 1) {
    throw new UserError('--jobs must be a whole number from 1 (the cores here: ' + cores + '), not ' + JSON.stringify(value))
  }
  return Math.min(Number(value), cores)
}

/**
 * Apply `projection` to each file and hand the results to `each` in file
 * order. Unreadable files are reported and skipped (`context.exitCode` 2).
 */
export async function mapFiles<N extends ProjectionName>(
  files: string[],
  context: Context,
  projection: N,
  options: ProjectionOptions<N>,
  each: (mapped: Mapped<ProjectionResult<N>>, index: number) => void | Promise<void>,
  settings: MapOptions = {}
): Promise<void> {
  const jobs = Math.min(settings.jobs ?? availableParallelism(), availableParallelism())
  const workerUrl = getWorkerUrl()
  if (jobs <= 1 || files.length < minimumFiles || !workerUrl || files.includes('-')) {
    // A corpus parsed in this thread: its garbage and its results share one heap.
    if (files.length >= minimumFiles) tightenHeap()
    await forEachFile(
      files,
      context,
      (parsed, index) => each({name: parsed.name, result: project(projection, parsed, options)}, index),
      {diagnostics: settings.diagnostics}
    )
    return
  }
  // Loaded here: a run on a few files never pays for worker_threads.
  const {runPool} = await import('./threads.js')
  await runPool(files, context, projection, options, each, jobs, workerUrl, settings)
}
