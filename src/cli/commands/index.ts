/**
 * The subcommands. Each module defines its command (name,
 * options, help) and loads the code that runs it only when it runs.
 * One line per command.
 */
import {define as parse} from './parse.js'
import {define as verbs} from './verbs.js'
import {define as query} from './query.js'
import {define as refs} from './refs.js'
import {define as diff} from './diff.js'
import {define as notes} from './notes.js'
import {define as show} from './show.js'
import {define as lint} from './lint.js'
import {define as text} from './text.js'

import type {Define} from './define.js'

export type {Define}

export const commands: Define[] = [parse, verbs, query, refs, diff, notes, show, lint, text]
