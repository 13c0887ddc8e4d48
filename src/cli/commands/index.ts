/**
 * The subcommands besides `parse`. Each module defines its command (name,
 * options, help) and loads the code that runs it only when it runs.
 * One line per command.
 */
import type {Command} from 'commander'
import type {Context} from '../context.js'
import {define as verbs} from './verbs.js'
import {define as query} from './query.js'
import {define as refs} from './refs.js'
import {define as diff} from './diff.js'
import {define as notes} from './notes.js'
import {define as show} from './show.js'
import {define as lint} from './lint.js'

/** Adds a subcommand to the program; `context` gives the run's context. */
export type Define = (program: Command, context: (command: Command) => Context) => void

export const commands: Define[] = [verbs, query, refs, diff, notes, show, lint]
