/**
 * The reso program: commander wiring, one error boundary, one colour
 * decision. Subcommands are loaded only when they run.
 */
import {Command, CommanderError, Option} from 'commander'
import {makeContext, warn, type Context} from './engine/context.js'
import type {ColorMode} from './engine/color.js'
import {UserError} from './engine/io.js'
import {commands} from './commands/index.js'
import {flushed, openOutput, OutputClosed} from './engine/output.js'
import {setWorkerUrl} from './engine/paths.js'
import {escapeControl} from '../render/escape.js'

export {flagsChanged} from './engine/heap.js'

const version = '0.1.0'

export interface Io {
  stdout: Context['stdout']
  stderr: Context['stderr']
  stdin: NodeJS.ReadableStream
  env: NodeJS.ProcessEnv
}

function program(io: Io, run: (context: Context) => void, argv: readonly string[] = []): Command {
  let context: Context | undefined
  const getContext = (command: Command): Context => {
    if (!context) {
      const mode = (command.optsWithGlobals().color ?? 'auto') as ColorMode
      context = makeContext(mode, io)
      run(context)
    }
    return context
  }

  const reso = new Command('reso')
    .description('Read United Nations resolutions and their drafts: parse them, list what they do, extract what they cite, diff their versions.')
    .version(version, '-V, --version')
    .addOption(new Option('--color <when>', 'colour output').choices(['auto', 'always', 'never']).default('auto'))
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(escapeControl(text)),
      outputError: (text, write) => write(usageError(text, argv, reso.commands.map((command) => command.name())))
    })
    .exitOverride()
    .showSuggestionAfterError(true)
    .addHelpText('after', `
Examples:
  $ reso parse fixtures/documents/seed/input.md    the tree as an outline
  $ reso verbs draft.md                            what it does, and how strongly
  $ reso refs --unique corpus/*.txt                what a corpus cites
  $ reso diff L.15.md L.15-Rev.1.md                what changed between versions
  $ reso show draft.md OP6                         one paragraph in full
  $ cat draft.md | reso parse -                    read stdin

Run reso help COMMAND for a command's options and examples.

Colour follows --color, then NO_COLOR, FORCE_COLOR and whether stdout is a terminal.
Exit status: 0 success, 1 a "found" signal where a command offers one, 2 any error.`)

  for (const define of commands) define(reso, getContext)
  return reso
}

/**
 * A usage error of the option parser as reso reports errors: one line with
 * the reso: prefix, the input's control characters escaped, and where to
 * read the usage.
 */
export function usageError(text: string, argv: readonly string[], commands: readonly string[]): string {
  const [first = '', ...rest] = text.trim().replace(/^error: /, '').split('\n')
  let message = first.replace(/\.$/, '')
  for (const line of rest) {
    const more = line.trim().replace(/^\((.*)\)$/, '$1')
    if (more !== '') message += ' (' + more.charAt(0).toLowerCase() + more.slice(1).replace(/\.$/, '') + ')'
  }
  const command = argv.find((argument) => commands.includes(argument))
  return 'reso: ' + escapeControl(message) + '; see reso help' + (command ? ' ' + command : '') + '\n'
}

/** Run the program with arguments; resolves to the exit code. */
export async function main(argv: string[], io: Io): Promise<number> {
  let context: Context | undefined
  const reso = program(
    io,
    (made) => {
      context = made
    },
    argv
  )
  try {
    await reso.parseAsync(argv, {from: 'user'})
    return context?.exitCode ?? 0
  } catch (error) {
    // The reader of stdout has gone: stop, with the status the run has so far.
    if (error instanceof OutputClosed) return context?.exitCode ?? 0
    if (error instanceof CommanderError) {
      // Help asked for (--help, reso help) is a success; help shown because no command was given is a usage error.
      if (error.code === 'commander.help' && !argv.includes('help')) return 2
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') return 0
      return 2
    }
    const message = error instanceof UserError ? error.message : 'internal error: ' + (error instanceof Error ? error.message : String(error)) + ' (please report this with the input that caused it)'
    const fallback = makeFallback(io)
    warn(context ?? fallback, 'reso: ' + message)
    return 2
  }
}

function makeFallback(io: Io): Context {
  return makeContext('never', io)
}

/**
 * Entry point for bin/reso.js. Resolves once the run is over and all its
 * output written (Node's streams flushed), so the caller may end the
 * process at once.
 */
export async function cli(): Promise<void> {
  setWorkerUrl(new URL('./worker.js', import.meta.url))
  const stdout = openOutput(1)
  const stderr = openOutput(2)
  // A reader that went away from Node's stream (a direct write throws
  // OutputClosed instead): end quietly. Any other failure to write (a full
  // disk) ends the run with exit 2.
  stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0)
    stderr.write('reso: cannot write the output (' + (error.code ?? error.message) + '); check where it goes\n')
    process.exit(2)
  })
  stderr.on('error', () => {})
  const code = await main(process.argv.slice(2), {
    stdout,
    stderr,
    get stdin() {
      return process.stdin
    },
    env: process.env
  })
  process.exitCode = code
  await flushed([stdout, stderr])
}
