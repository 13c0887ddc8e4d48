/**
 * Recognise citations in running text: resolutions and decisions in their
 * short forms and lists, full document symbols, articles of instruments,
 * pinpoints and references inside the text ("paragraphs 5 and 6 above").
 *
 * A hand-written scanner: it walks the text once, word by word, and at each
 * word offers it to the families that can start with its first letter.
 * Each family looks ahead a bounded distance or consumes what it matches,
 * so time is linear in the text and no regex can backtrack. A new family is
 * a module and a row of `families`.
 *
 * | family       | module          | starts with                      |
 * |--------------|-----------------|----------------------------------|
 * | resolutions  | resolutions.ts  | resolution(s), decision(s)       |
 * | articles     | articles.ts     | article(s)                       |
 * | internal     | internal.ts     | paragraph(s), section(s), the    |
 * | documents    | documents.ts    | any capital: A/RES/74/247        |
 */
import {articles} from './articles.js'
import {documents} from './documents.js'
import {internal, present} from './internal.js'
import {resolutions} from './resolutions.js'
import {isAlnum, isUpper, Reader} from './scan.js'
import type {CitationMatch, Family, FindOptions} from './types.js'

export {asOrgan, currentSession, impossibleSymbol, organOfSymbol, yearOfSymbol} from './organs.js'
export {canonicalSymbol} from './numbers.js'
export {instrumentsIn, lazyInstruments, mainInstruments, type InstrumentLookup} from './instruments.js'
export {citationFields, type CitationMatch, type Family, type FindOptions, type InternalRef, type Organ} from './types.js'

/** The families, in the order they are tried at a word. */
const families: readonly Family[] = [resolutions, articles, internal, present, documents]

/** The families to try at a word, by its first letter in lower case (capitals also try `capitals`). */
const byLetter: Family[][] = Array.from({length: 128}, (_, code) => families.filter((family) => family.starts.includes(String.fromCharCode(code))))
const capitals: Family[] = families.filter((family) => family.capitals)

/**
 * Find all citations in `text`, in order, without overlap.
 */
export function findCitations(text: string, options: FindOptions = {}): CitationMatch[] {
  const reader = new Reader(text)
  const found: CitationMatch[] = []
  let index = 0
  let steps = 0
  while (index < text.length) {
    steps++
    const code = text.charCodeAt(index)
    // Only at the start of a word.
    if (!isAlnum(code) || (index > 0 && (isAlnum(text.charCodeAt(index - 1)) || text.charCodeAt(index - 1) === 47))) {
      index++
      continue
    }
    let end: number | undefined
    for (const family of byLetter[(code | 0x20) & 0x7f] ?? []) {
      end = family.read(reader, index, options, found)
      if (end !== undefined) break
    }
    if (end === undefined && isUpper(code)) {
      for (const family of capitals) {
        end = family.read(reader, index, options, found)
        if (end !== undefined) break
      }
    }
    if (end !== undefined && end > index) {
      index = end
      continue
    }
    // Skip to the end of this word.
    while (index < text.length && isAlnum(text.charCodeAt(index))) {
      index++
      steps++
    }
  }
  if (options.stats) options.stats.reads += steps + reader.reads
  return found
}
