/**
 * reso: read United Nations resolutions and their drafts. The library:
 * parse a text into the tree (docs/tree.md), then ask it questions.
 * Nothing here prints or exits; the CLI (src/cli/) is a layer over this.
 */
export {parse, parseInput, detectFormat, type ParseOptions} from './parse/index.js'
export {read, readers, InputError, type Input, type Source} from './read/index.js'
export {chunkBoundaries} from './read/markdown.js'
export {findCitations, canonicalSymbol, impossibleSymbol, type CitationMatch, type Organ} from './recognize/citations/index.js'
export {matchPhrase, type PhraseMatch} from './recognize/phrase.js'
export {lexicon, strengths, strengthOf, strengthRank, type Strength, type HeadEntry} from './lexicon/index.js'
export {walk, paragraphs, phraseOf, ownText, citationsOf, notesOf} from './grammar/paragraphs.js'
export {verbRows, countVerbs, createTally, type VerbRow, type VerbCount, type VerbSelection, type CountBy} from './query/verbs.js'
export {
  citationRows,
  danglingRows,
  uniqueRefs,
  refGraph,
  GraphBuilder,
  documentSymbol,
  type RefRow,
  type UniqueRef,
  type RefGraph,
  type GraphNode,
  type GraphEdge
} from './query/refs.js'
export {select, checkSelector, SelectorError, textOf, type Match} from './query/select.js'
export {notesReport, type NotesReport, type NoteEntry} from './query/notes.js'
export {selectLabels, labelled, type Selection} from './query/select-label.js'
export {lint, rules, chooseRules, type Rule} from './lint/index.js'
export {diff, chain, ChainFollower, substantive, ofSubstance, countWords} from './diff/index.js'
export type {ChainResult, ChainParagraph, ChainMark} from './diff/chain.js'
export type * from './diff/types.js'
export type * from './tree.js'
