/**
 * The phrase lexicon: heads (with their operative and preambular forms),
 * modifiers, and the strength scale. The data lives in `heads.json`, built
 * from `scripts/lexicon-spec.txt` and ranked by real paragraph openings.
 */
import type {PhraseForm} from '../tree.js'
import heads from './heads.json' with {type: 'json'}

/** The strength scale, strongest first. */
export const strengths = [
  'binding',
  'urging',
  'recommending',
  'declaratory',
  'acknowledging'
] as const

/** A place on the strength scale, or "unknown" for a head the lexicon lacks. */
export type Strength = (typeof strengths)[number] | 'unknown'

/** One head of the lexicon. */
export interface HeadEntry {
  /** The lemma: "decide", "call upon", "concerned". */
  lemma: string
  /** Its place on the scale. */
  strength: Exclude<Strength, 'unknown'>
  /** How many real paragraphs open with one of its forms. */
  count: number
  /** Present-indicative forms that open operative paragraphs. */
  operative: Array<{form: string; count: number}>
  /** Participle and adjective forms that open preambular paragraphs. */
  preambular: Array<{form: string; count: number}>
}

/** The lexicon, most frequent head first. */
export const lexicon: readonly HeadEntry[] = heads as HeadEntry[]

/** The lexicon's entries by lemma. */
export const byLemma: ReadonlyMap<string, HeadEntry> = new Map<string, HeadEntry>(lexicon.map((entry) => [entry.lemma, entry]))

/** A form of a head, split into lower-case words. */
export interface FormEntry {
  words: string[]
  lemma: string
  form: PhraseForm
}

/** Forms by their first word, longest first. */
export const formsByFirstWord = new Map<string, FormEntry[]>()

for (const entry of lexicon) {
  for (const [list, form] of [
    [entry.operative, 'operative'],
    [entry.preambular, 'preambular']
  ] as const) {
    for (const {form: text} of list) {
      const words = text.toLowerCase().split(' ')
      const first = words[0]!
      let forms = formsByFirstWord.get(first)
      if (!forms) formsByFirstWord.set(first, (forms = []))
      forms.push({words, lemma: entry.lemma, form})
    }
  }
}

for (const forms of formsByFirstWord.values()) {
  forms.sort((a, b) => b.words.length - a.words.length)
}

/**
 * Adverbs that modify a head. Operative texts put them first ("Also
 * decides"), preambular texts usually after ("Recalling also"); both are read
 * in both places. Multi-word modifiers are written with a space.
 */
export const adverbs = new Set([
  'also', 'further', 'furthermore', 'again', 'once again', 'strongly',
  'most strongly', 'firmly', 'deeply', 'gravely', 'seriously', 'fully',
  'warmly', 'emphatically', 'unequivocally', 'categorically', 'resolutely',
  'particularly', 'especially', 'moreover', 'likewise', 'similarly',
  'additionally', 'in addition', 'finally', 'still', 'profoundly',
  'extremely', 'increasingly', 'greatly', 'sincerely', 'unreservedly',
  'vigorously', 'solemnly', 'formally', 'reluctantly', 'urgently',
  'respectfully', 'cordially', 'duly', 'equally', 'highly', 'consistently',
  'repeatedly', 'continuously', 'keenly', 'acutely', 'fervently', 'earnestly',
  'wholeheartedly', 'expressly'
])

/** Adjectives that may stand inside a head ("Expresses its deep concern"). */
export const adjectives = new Set([
  'deep', 'deepest', 'grave', 'serious', 'profound', 'sincere', 'sincerest',
  'full', 'strong', 'strongest', 'great', 'continued', 'continuing', 'utmost',
  'heartfelt', 'warm', 'warmest', 'particular', 'firm', 'high', 'increasing',
  'growing', 'renewed', 'unwavering', 'steadfast', 'overwhelming'
])

/** Nouns after "with" that make a modifier: "Noting with concern". */
export const withNouns = new Set([
  'concern', 'appreciation', 'satisfaction', 'interest', 'regret', 'alarm',
  'gratitude', 'dismay', 'disappointment', 'approval', 'thanks', 'sadness',
  'indignation', 'shock', 'outrage', 'consternation', 'anxiety', 'relief'
])

/** Possessives allowed between a verb and its noun ("Expresses its appreciation"). */
export const possessives = new Set(['its', 'their', 'the'])

/** Subjects an old text puts before the verb: "The Security Council requests". */
export const subjects: readonly string[][] = [
  ['the', 'security', 'council'],
  ['the', 'general', 'assembly'],
  ['the', 'human', 'rights', 'council'],
  ['the', 'economic', 'and', 'social', 'council'],
  ['the', 'council'],
  ['the', 'assembly']
]

/** The strength of a lemma; "unknown" when the lexicon lacks it. */
export function strengthOf(lemma: string): Strength {
  return byLemma.get(lemma)?.strength ?? 'unknown'
}

/** The rank of a strength: 5 for binding down to 1 for acknowledging, 0 unknown. */
export function strengthRank(strength: Strength): number {
  const index = strengths.indexOf(strength as (typeof strengths)[number])
  return index === -1 ? 0 : strengths.length - index
}
