/** reso: read United Nations resolutions and their drafts. */
export {parse, detectFormat, type ParseOptions} from './parse/index.js'
export {chunkBoundaries} from './parse/markdown.js'
export {findCitations, canonicalSymbol, type CitationMatch, type Organ} from './parse/citations.js'
export {matchPhrase, type PhraseMatch} from './parse/phrase.js'
export {lexicon, strengths, strengthOf, strengthRank, type Strength, type HeadEntry} from './lexicon/index.js'
export type * from './tree.js'
