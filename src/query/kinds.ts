/** The kinds of citation, in the order reso lists them (a module of its own so the CLI can load it at start-up). */
import type {CitationKind} from '../tree.js'

export const citationKinds: readonly CitationKind[] = ['resolution', 'decision', 'document', 'article', 'internal']
