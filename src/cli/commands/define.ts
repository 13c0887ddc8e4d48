/** What a command module exports: a function that adds its subcommand to the program. */
import type {Command} from 'commander'
import type {Context} from '../engine/context.js'

/** Adds a subcommand to the program; `context` gives the run's context. */
export type Define = (program: Command, context: (command: Command) => Context) => void
