/**
 * V8's garbage collector, tuned for two kinds of run, by flags set while
 * reso runs. Set only when such a run begins, never at start-up: once V8's
 * flags change, Node compiles each built-in module it loads afterwards
 * without its code cache, which would cost every small run some
 * milliseconds; and a code cache made afterwards would not match the next
 * start (see `flagsChanged`).
 *
 * - A large input, or a corpus parsed on the main thread: V8 lets the old
 *   generation grow to about twice its live size before it collects; reso
 *   asks for 30% instead. Parsing one 10 MB file then peaks near 185 MB
 *   instead of 210 MB, `refs --graph json --jobs 1` on 2,000 files near
 *   190 MB instead of 280 MB, for a few percent more time.
 * - A corpus on worker threads: each worker's heap is capped (memory follows
 *   the largest file), so V8 marks often, and by default it marks on helper
 *   threads beside the program's own. With every core already busy parsing,
 *   those helpers only take turns with the workers and keep the write
 *   barrier on for longer: 2,000 files took as long on two workers as on
 *   one thread. Marking on the thread that allocates made it about 20%
 *   faster (measured with `npm run bench`).
 */
import {createRequire} from 'node:module'
import {runInNewContext} from 'node:vm'

/** Inputs from this size on get the tighter heap. */
export const largeInput = 2_000_000

let tightened = false
let serial = false

// Modules required when needed, not imported: node:v8 would load at every start.
const load = createRequire(import.meta.url)
const v8 = (): typeof import('node:v8') => load('node:v8') as typeof import('node:v8')

/** Ask V8 to keep the heap close to its live size (once per process; the main thread only, as a worker's heap is capped). */
export function tightenHeap(): void {
  if (tightened) return
  const {isMainThread} = load('node:worker_threads') as typeof import('node:worker_threads')
  if (!isMainThread) return
  tightened = true
  v8().setFlagsFromString('--heap-growing-percent=30')
}

/** Mark on the allocating thread, not on helper threads (once per process, before the workers start). */
export function markSerially(): void {
  if (serial) return
  serial = true
  const flags = v8()
  // V8 must not see concurrent marking switched off in the middle of a
  // marking cycle: a full collection first ends any cycle under way.
  flags.setFlagsFromString('--expose-gc')
  const collect = runInNewContext('gc') as () => void
  collect()
  flags.setFlagsFromString('--no-concurrent-marking')
}

/** Whether V8's flags were changed in this process (a code cache made now would not match the next start). */
export function flagsChanged(): boolean {
  return tightened || serial
}
