/**
 * Recognise the action phrase that opens a paragraph: "Also decides",
 * "Recalling also", "Deeply concerned", "Expresses its deep appreciation".
 *
 * The lexicon is tried first; for heads it lacks, the Editorial Manual's
 * grammar decides (a participle opens a preambular paragraph, a present
 * indicative an operative one). Words are read one by one: linear, no regex.
 */
import {
  adjectives,
  adverbs,
  formsByFirstWord,
  possessives,
  subjects,
  withNouns
} from '../lexicon/index.js'
import type {PhraseForm} from '../tree.js'

/** A phrase found in a text, by offsets into that text. */
export interface PhraseMatch {
  from: number
  to: number
  head: string
  modifiers: string[]
  form: PhraseForm
  known: boolean
}

interface Word {
  /** Lower case. */
  text: string
  /** As written. */
  raw: string
  from: number
  to: number
}

const maxWords = 14

function isWordChar(code: number): boolean {
  return (
    (code >= 97 && code <= 122) ||
    (code >= 65 && code <= 90) ||
    code === 45 || // -
    code === 39 || // '
    code === 0x2019 ||
    (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7)
  )
}

/** Read up to `maxWords` words from `start`, stopping at punctuation. */
function words(text: string, start: number): Word[] {
  const result: Word[] = []
  let index = start
  while (result.length < maxWords && index < text.length) {
    const code = text.charCodeAt(index)
    if (code === 32 || code === 9 || code === 0xa0) {
      index++
      continue
    }
    if (!isWordChar(code)) break
    const from = index
    while (index < text.length && isWordChar(text.charCodeAt(index))) index++
    const raw = text.slice(from, index)
    result.push({text: raw.toLowerCase().replace(/\u2019/g, "'"), raw, from, to: index})
  }
  return result
}

/** Match a multi-word modifier from the set at `index`: returns its length in words. */
function modifierAt(list: Word[], index: number): number {
  const one = list[index]
  if (!one) return 0
  const two = list[index + 1]
  if (two && adverbs.has(one.text + ' ' + two.text)) return 2
  if (adverbs.has(one.text)) return 1
  // "with concern", "with deep concern"
  if (one.text === 'with') {
    let next = index + 1
    while (list[next] && adjectives.has(list[next]!.text)) next++
    if (list[next] && withNouns.has(list[next]!.text)) return next - index + 1
  }
  return 0
}

function joined(list: Word[], from: number, to: number): string {
  const parts: string[] = []
  for (let index = from; index < to; index++) parts.push(list[index]!.text)
  return parts.join(' ')
}

/**
 * Match a head form at `index`. Between the first word and the rest of a
 * multi-word form, a possessive and adjectives may stand ("Expresses its deep
 * concern"): the adjectives become modifiers.
 */
function headAt(
  list: Word[],
  index: number
): {length: number; lemma: string; form: PhraseForm; inner: string[]} | undefined {
  const first = list[index]
  if (!first) return undefined
  const forms = formsByFirstWord.get(first.text)
  if (!forms) return undefined
  for (const entry of forms) {
    let cursor = index + 1
    const inner: string[] = []
    let rest = 1
    if (entry.words.length > 1 && !possessives.has(entry.words[1]!)) {
      if (list[cursor] && possessives.has(list[cursor]!.text)) cursor++
      while (list[cursor] && adjectives.has(list[cursor]!.text)) {
        inner.push(list[cursor]!.text)
        cursor++
      }
    }
    for (; rest < entry.words.length; rest++, cursor++) {
      // Adverbs may stand inside a multi-word head: "Calls once again upon".
      for (let length = modifierAt(list, cursor); length > 0 && list[cursor]?.text !== entry.words[rest]; length = modifierAt(list, cursor)) {
        inner.push(joined(list, cursor, cursor + length))
        cursor += length
      }
      if (list[cursor]?.text !== entry.words[rest]) break
    }
    if (rest === entry.words.length) {
      // Without the words in between, keep the plain form only.
      if (entry.words.length === 1) return {length: 1, lemma: entry.lemma, form: entry.form, inner: []}
      return {length: cursor - index, lemma: entry.lemma, form: entry.form, inner}
    }
  }
  return undefined
}

const notVerbs = new Set([
  'states', 'parties', 'its', 'this', 'thus', 'as', 'us', 'is', 'was', 'has',
  'does', 'nations', 'members', 'governments', 'his', 'hers', 'ours', 'yes',
  'whereas', 'unless', 'less', 'always', 'perhaps', 'various', 'previous',
  'serious', 'numerous', 'basis', 'analysis', 'crisis', 'process', 'progress',
  'access', 'success', 'business', 'countries', 'activities', 'measures',
  'efforts', 'programmes', 'resources', 'rules', 'articles', 'sessions'
])

/** Guess a lemma from a third-person form the lexicon lacks: "reconfirms" -> "reconfirm". */
function lemmaOfVerb(word: string): string {
  if (/(?:ss|sh|ch|x|z)es$/.test(word)) return word.slice(0, -2)
  if (word.endsWith('ies')) return word.slice(0, -3) + 'y'
  return word.slice(0, -1)
}

/**
 * Guess a lemma from a participle the lexicon lacks: "echoing" -> "echo",
 * "promoting" -> "promote", "committing" -> "commit". English spelling
 * rules, good for most verbs; the phrase is marked unknown either way.
 */
function lemmaOfParticiple(word: string): string {
  const stem = word.slice(0, -3)
  const last = stem.charAt(stem.length - 1)
  const before = stem.charAt(stem.length - 2)
  if (last === before && !'lsz'.includes(last)) return stem.slice(0, -1)
  if (/(?:[^aeiou][aeiou][cgsvz]|[aeiou][tdn]|u|v|[^aeiou]c|dg|rg|ng)$/.test(stem) && !/(?:en|ain|ean|oon|eet|eat|oad|ead|own|ow|ew|ist|ect|ert|ess)$/.test(stem)) return stem + 'e'
  return stem
}

/**
 * Find the action phrase that opens `text` at `start`.
 *
 * @param where
 *   Where the paragraph stands: "operative" for a numbered paragraph,
 *   "preambular" for one in the preamble, "any" when unknown. It only
 *   decides what the grammar may guess; lexicon forms match anywhere.
 */
export function matchPhrase(
  text: string,
  start: number,
  where: PhraseForm | 'any'
): PhraseMatch | undefined {
  const list = words(text, start)
  if (list.length === 0) return undefined
  let index = 0

  // An old text may put the organ before the verb: "The Security Council requests".
  for (const subject of subjects) {
    if (subject.every((word, offset) => list[offset]?.text === word) && list.length > subject.length) {
      index = subject.length
      break
    }
  }

  const phraseStart = index
  // "Being gravely concerned": "being" belongs to the phrase but is not its head.
  if (list[index]?.text === 'being' && list.length > index + 1) index++
  const modifiers: string[] = []
  for (let length = modifierAt(list, index); length > 0; length = modifierAt(list, index)) {
    modifiers.push(joined(list, index, index + length))
    index += length
  }

  const head = headAt(list, index)
  let lemma: string
  let form: PhraseForm
  let known = true
  let end: number

  if (head) {
    lemma = head.lemma
    form = head.form
    modifiers.push(...head.inner)
    end = index + head.length
  } else {
    const word = list[index]
    if (!word || !/^[A-Z]/.test(list[phraseStart]!.raw)) return undefined
    const next = list[index + 1]
    if (word.text === 'having' && next && /(?:ed|en|wn|ne)$/.test(next.text)) {
      lemma = 'have ' + next.text
      form = 'preambular'
      end = index + 2
    } else if (word.text.length > 4 && word.text.endsWith('ing') && where !== 'operative') {
      lemma = lemmaOfParticiple(word.text)
      form = 'preambular'
      end = index + 1
    } else if (
      word.text.length > 3 &&
      /^[a-z-]+s$/.test(word.text) &&
      !word.text.endsWith('ss') &&
      !notVerbs.has(word.text) &&
      where !== 'preambular'
    ) {
      lemma = lemmaOfVerb(word.text)
      form = 'operative'
      end = index + 1
    } else {
      return undefined
    }
    known = false
  }

  // Modifiers after the head: "Recalling also", "Noting with deep concern".
  for (let length = modifierAt(list, end); length > 0; length = modifierAt(list, end)) {
    modifiers.push(joined(list, end, end + length))
    end += length
  }

  return {
    from: list[phraseStart]!.from,
    to: list[end - 1]!.to,
    head: lemma,
    modifiers,
    form,
    known
  }
}
