/** The kinds of citation, in the order reso lists them (a module of its own so the CLI can load it at start-up). */
import type {CitationKind} from '../tree.js'

export const citationKinds = ['resolution', 'decision', 'document', 'article', 'internal'] as const satisfies readonly CitationKind[]

/** A kind of the tree missing from the list above makes this `never`, and the line below fails to compile. */
type Complete = Exclude<CitationKind, (typeof citationKinds)[number]> extends never ? true : never
export const kindsComplete: Complete = true
