/**
 * What a resolution does, and how strongly: one row per paragraph opened by
 * an action phrase (label, phrase as written, head, modifiers, strength on
 * the lexicon's scale, first words of the object, place in the source), and
 * a tally of heads or phrases that can be fed file by file, so a corpus
 * never has to be held in memory.
 */
import {strengthOf, strengthRank, type Strength} from '../lexicon/index.js'
import type {Resolution} from '../tree.js'
import {firstWords, objectText, phraseOf, walk} from '../grammar/paragraphs.js'

/** Which part of the resolution a paragraph stands in. */
export type VerbKind = 'preambular' | 'operative'

/** One paragraph and the action that opens it. */
export interface VerbRow {
  /** The file (or "<stdin>") the paragraph was read from, as given. */
  file: string
  /** The document symbol, when the header gives one. */
  symbol?: string
  /** The paragraph's label: "OP2", "OP3(a)", "PP4", "II.A.OP1". */
  label: string
  /** Preambular or operative: where the paragraph stands, sub-paragraphs included. */
  kind: VerbKind
  /** The phrase as written ("Also decides"), or null when none was recognised. */
  phrase: string | null
  /** The head's lemma ("decide", "call upon"), or null without a phrase. */
  head: string | null
  /** Modifiers in lower case, in order: ["also"], ["with concern"]. */
  modifiers: string[]
  /** The head's place on the strength scale; "unknown" when the lexicon lacks it; null without a phrase. */
  strength: Strength | null
  /** Whether the head is in the lexicon (false: only the grammar recognised it). */
  known: boolean
  /** True for a "decide" row of a text that acts under Chapter VII of the Charter. */
  chapterVII: boolean
  /** The first words of what the phrase governs. */
  object: string
  /** Line of the phrase (or of the paragraph without one), from 1; null when the tree has no positions. */
  line: number | null
  /** Column of the phrase (or of the paragraph), from 1. */
  column: number | null
}

/** Which paragraphs to list. */
export type VerbSelection = 'operative' | 'preambular' | 'all'

export interface VerbOptions {
  /** The name to record in each row's `file`. Default "". */
  file?: string
  /** Operative paragraphs (default), preambular ones, or both. */
  select?: VerbSelection
  /** Words of the object to keep. Default 8. */
  objectWords?: number
}

/**
 * The rows of a resolution, in document order. Every preambular or operative
 * paragraph selected gives a row (with a null phrase when none opens it);
 * a sub-paragraph gives one only when it opens with a phrase of its own.
 */
export function verbRows(tree: Resolution, options: VerbOptions = {}): VerbRow[] {
  const select = options.select ?? 'operative'
  const words = options.objectWords ?? 8
  const rows: VerbRow[] = []
  let kind: VerbKind = 'operative'
  for (const node of walk(tree)) {
    if (node.type === 'preambularParagraph') kind = 'preambular'
    else if (node.type === 'operativeParagraph') kind = 'operative'
    else if (node.type !== 'subParagraph') continue
    if (select !== 'all' && select !== kind) continue
    const phrase = phraseOf(node)
    if (!phrase && node.type === 'subParagraph') continue
    const strength = phrase ? strengthOf(phrase.head) : null
    const start = (phrase ?? node).position?.start
    rows.push({
      file: options.file ?? '',
      ...(tree.symbol === undefined ? {} : {symbol: tree.symbol}),
      label: node.label,
      kind,
      phrase: phrase ? phrase.value : null,
      head: phrase ? phrase.head : null,
      modifiers: phrase ? [...phrase.modifiers] : [],
      strength,
      known: phrase?.known ?? false,
      chapterVII: tree.chapterVII === true && kind === 'operative' && phrase?.head === 'decide',
      object: firstWords(objectText(node), words),
      line: start?.line ?? null,
      column: start?.column ?? null
    })
  }
  return rows
}

/** What a frequency table counts. */
export type CountBy = 'head' | 'phrase'

/** One line of a frequency table. */
export interface VerbCount {
  /** The head, or the phrase in sentence case ("Also decides"); null counts paragraphs without a phrase. */
  value: string | null
  /** The head the value belongs to (null without a phrase). */
  head: string | null
  /** The head's strength ("unknown" when the lexicon lacks it; null without a phrase). */
  strength: Strength | null
  /** How many rows. */
  count: number
  /** In how many files. */
  files: number
}

/** A running frequency table: add each file's rows, then read the result. */
export interface Tally {
  /** Count one file's rows. */
  add(rows: readonly VerbRow[]): void
  /**
   * The table, most frequent first; ties by strength (strongest first), then
   * alphabetically. Paragraphs without a phrase come last, as one line.
   */
  result(): VerbCount[]
}

/**
 * A phrase as a key for counting: whitespace collapsed, sentence case, so
 * "ALSO DECIDES" and "Also decides" are one; words the head spells with
 * capitals keep them ("ACTING UNDER CHAPTER VII" -> "Acting under Chapter VII").
 */
export function phraseKey(phrase: string, head = ''): string {
  const proper = new Map<string, string>()
  for (const word of head.split(' ')) if (word !== word.toLowerCase()) proper.set(word.toLowerCase(), word)
  const words = phrase.trim().split(/\s+/).map((word) => {
    const lower = word.toLowerCase()
    return proper.get(lower) ?? lower
  })
  const text = words.join(' ')
  return text.charAt(0).toUpperCase() + text.slice(1)
}

/** Start a frequency table of heads or of whole phrases. */
export function createTally(by: CountBy = 'head'): Tally {
  const counts = new Map<string | null, VerbCount & {lastFile: string}>()
  let batch = 0
  return {
    add(rows) {
      batch++
      for (const row of rows) {
        const value = row.phrase === null ? null : by === 'head' ? row.head : phraseKey(row.phrase, row.head ?? '')
        let entry = counts.get(value)
        if (!entry) counts.set(value, (entry = {value, head: row.head, strength: row.strength, count: 0, files: 0, lastFile: ''}))
        entry.count++
        // Rows come grouped by file: a file is new when it differs from the entry's last one.
        const file = batch + '\0' + row.file
        if (entry.lastFile !== file) {
          entry.lastFile = file
          entry.files++
        }
      }
    },
    result() {
      const rank = (strength: Strength | null): number => (strength === null ? -1 : strengthRank(strength))
      return [...counts.values()]
        .map(({value, head, strength, count, files}) => ({value, head, strength, count, files}))
        .sort((a, b) => {
          if (a.value === null || b.value === null) return a.value === b.value ? 0 : a.value === null ? 1 : -1
          return b.count - a.count || rank(b.strength) - rank(a.strength) || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0)
        })
    }
  }
}

/** The frequency table of a set of rows. */
export function countVerbs(rows: readonly VerbRow[], by: CountBy = 'head'): VerbCount[] {
  const tally = createTally(by)
  tally.add(rows)
  return tally.result()
}
