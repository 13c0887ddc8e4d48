// Timing helpers for benchmarks: best of n runs (the least disturbed), in
// milliseconds, and a spawned command timed in this same process.
import {spawnSync} from 'node:child_process'

export function best(n, fn) {
  let min = Infinity
  for (let i = 0; i < n; i++) {
    const start = process.hrtime.bigint()
    fn()
    const ms = Number(process.hrtime.bigint() - start) / 1e6
    if (ms < min) min = ms
  }
  return min
}

export async function bestAsync(n, fn) {
  let min = Infinity
  for (let i = 0; i < n; i++) {
    const start = process.hrtime.bigint()
    await fn()
    const ms = Number(process.hrtime.bigint() - start) / 1e6
    if (ms < min) min = ms
  }
  return min
}

/** Run a command n times; best wall time in ms and the last run's result. */
export function command(n, cmd, args, options = {}) {
  let min = Infinity
  let result
  for (let i = 0; i < n; i++) {
    const start = process.hrtime.bigint()
    result = spawnSync(cmd, args, {encoding: 'utf8', maxBuffer: 1 << 28, ...options})
    if (result.status !== 0 && !options.allowFailure) throw new Error(cmd + ' ' + args.slice(0, 3).join(' ') + '... failed (' + (result.status ?? result.signal) + '): ' + (result.stderr ?? '').slice(0, 300))
    const ms = Number(process.hrtime.bigint() - start) / 1e6
    if (ms < min) min = ms
  }
  return {ms: min, result}
}

export function ratio(a, b) {
  return (a / b).toFixed(2) + 'x'
}
