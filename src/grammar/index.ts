/**
 * The domain grammar in one place: how paragraphs are numbered and labelled
 * (PP3, OP2(a), II.A.OP3, "OP3 alt"), the sub-paragraph ladder (a) -> (i) ->
 * a. -> i., and what every command calls the place a node stands in. The
 * parser, the queries, lint and the views all ask here.
 *
 * | module        | holds                                                        |
 * |---------------|--------------------------------------------------------------|
 * | ladder.ts     | sub-paragraph markers: reading them, their depth, the ladder |
 * | labels.ts     | paragraph numbers, alternatives, labels: making and reading  |
 * | place.ts      | the place of any node: "OP5", "footnote 2", "title", "annex" |
 * | numbering.ts  | the operative numbering check (one rule id: operative-numbering) |
 * | header.ts     | the header facts: their fields, names, and which change by adoption |
 * | paragraphs.ts | walking the tree: the paragraphs, a paragraph's phrase, own text, citations, notes |
 */
export * from './ladder.js'
export * from './labels.js'
export * from './place.js'
export * from './numbering.js'
export * from './header.js'
export * from './paragraphs.js'
