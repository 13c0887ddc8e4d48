/**
 * The names of the input formats, for `--format` (a module of its own so the
 * CLI can offer them at start-up without loading the readers). The registry
 * (index.ts) has one reader per name; a format missing here fails to compile.
 */
import type {SourceFormat} from '../tree.js'

export const formatNames = ['markdown', 'text', 'pdf'] as const satisfies readonly SourceFormat[]

/** A format of the tree missing from the list above makes this `never`, and the line below fails to compile. */
type Complete = Exclude<SourceFormat, (typeof formatNames)[number]> extends never ? true : never
export const formatsComplete: Complete = true
