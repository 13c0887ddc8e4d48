/** The kinds of citation, in the order reso lists them (a module of its own so the CLI can load it at start-up). */
import type {CitationKind} from '../tree.js'

export const citationKinds = ['resolution', 'decision', 'document', 'article', 'internal'] as const satisfies readonly CitationKind[]

// Every kind of the tree is listed: a kind added to CitationKind and not here fails to compile.
const complete: Record<CitationKind, true> = {resolution: true, decision: true, document: true, article: true, internal: true}
void complete
