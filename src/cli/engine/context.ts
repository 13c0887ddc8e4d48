/**
 * What every subcommand gets: where to write, the colour decision, the
 * terminal width, and how to report diagnostics. Tests pass their own.
 */
import type {ChalkInstance} from 'chalk'
import type {Diagnostic} from '../../tree.js'
import {colorLevel, makeChalk, type ColorMode} from './color.js'
import type {Output} from './output.js'
import {escapeControl} from '../../render/escape.js'

export interface Context {
  stdout: Output
  stderr: Output
  stdin: NodeJS.ReadableStream
  env: NodeJS.ProcessEnv
  /** Colours for stdout. */
  color: ChalkInstance
  /** Colours for stderr. */
  colorErr: ChalkInstance
  /** Width to wrap to. */
  width: number
  /** Set to the exit code the run should end with, when not 0. */
  exitCode: number
}

export function makeContext(
  mode: ColorMode,
  io: Pick<Context, 'stdout' | 'stderr' | 'stdin' | 'env'>
): Context {
  const {stdout, stderr, env} = io
  return {
    stdout,
    stderr,
    // Read only when a command reads stdin: making Node's stdin stream costs every start.
    get stdin() {
      return io.stdin
    },
    env,
    color: makeChalk(colorLevel(mode, env, stdout)),
    colorErr: makeChalk(colorLevel(mode, env, stderr)),
    width: stdout.isTTY && stdout.columns ? stdout.columns : 100,
    exitCode: 0
  }
}

/**
 * Write lines to stdout. Renderers escape the input's text themselves; when
 * there is no colour, every control character is escaped here too.
 */
export function print(context: Context, text: string): void {
  context.stdout.write((context.color.level === 0 ? escapeControl(text) : text) + '\n')
}

/** One plain line on stderr, control characters escaped. */
export function warn(context: Context, text: string): void {
  context.stderr.write(escapeControl(text) + '\n')
}

/** Report diagnostics as file:line:column: severity: reason [rule]. */
export function reportDiagnostics(context: Context, name: string, diagnostics: Diagnostic[], minimum: Diagnostic['severity'] = 'warning'): void {
  const order = {info: 0, warning: 1, error: 2}
  const c = context.colorErr
  for (const diagnostic of diagnostics) {
    if (order[diagnostic.severity] < order[minimum]) continue
    const {line, column} = diagnostic.place.start
    const severity = diagnostic.severity === 'error' ? c.red('error') : diagnostic.severity === 'warning' ? c.yellow('warning') : c.blue('info')
    context.stderr.write(escapeControl(name) + ':' + line + ':' + column + ': ' + severity + ': ' + escapeControl(diagnostic.reason) + c.dim(' [' + diagnostic.ruleId + ']') + '\n')
  }
}
