/** The messages between the main thread and the corpus workers, and what a corpus run hands to its command. */
import type {Diagnostic} from '../../tree.js'
import type {ProjectionName, ProjectionOptions, ProjectionResult} from './projections.js'

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
  /** Heap caps in MB of the workers and of a worker that retries a file alone (tests; default: from the files' sizes). */
  heapMb?: {worker?: number; retry?: number}
}

/** A task sent to a worker: one file and the projection to apply. */
export interface TaskMessage<N extends ProjectionName = ProjectionName> {
  id: number
  file: string
  projection: N
  options: ProjectionOptions<N>
}

/** A worker's answer: the projected result, or why the file could not be read. */
export type ResultMessage<N extends ProjectionName = ProjectionName> =
  | {id: number; name: string; result: ProjectionResult<N>; diagnostics: Diagnostic[]}
  | {id: number; error: string}
