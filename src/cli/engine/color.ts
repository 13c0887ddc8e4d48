/**
 * The one colour decision: `--color`, then NO_COLOR, FORCE_COLOR, TERM=dumb,
 * then whether the stream is a terminal. chalk alone ignores NO_COLOR, so the
 * level is decided here and passed to `new Chalk`.
 */
import {Chalk, type ChalkInstance} from 'chalk'

export type ColorMode = 'auto' | 'always' | 'never'

export function colorLevel(
  mode: ColorMode,
  env: NodeJS.ProcessEnv,
  stream: {isTTY?: boolean; hasColors?: (count?: number) => boolean}
): 0 | 1 | 2 | 3 {
  if (mode === 'never') return 0
  if (mode === 'always') return stream.hasColors?.(256) ? 2 : 1
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return 0
  if (env.FORCE_COLOR !== undefined) {
    const level = Number(env.FORCE_COLOR)
    if (env.FORCE_COLOR === 'false' || level === 0) return 0
    return level >= 1 && level <= 3 ? (level as 1 | 2 | 3) : 1
  }
  if (env.TERM === 'dumb' || !stream.isTTY) return 0
  if (stream.hasColors?.(16_777_216)) return 3
  return stream.hasColors?.(256) ? 2 : 1
}

export function makeChalk(level: 0 | 1 | 2 | 3): ChalkInstance {
  return new Chalk({level})
}
