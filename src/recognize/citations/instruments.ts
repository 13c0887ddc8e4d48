/**
 * Instruments named in a text: "the Convention on the Rights of Persons with
 * Disabilities", "the Paris Agreement", "Additional Protocol I to the Geneva
 * Conventions of 1949", "the Convention against Torture and Other Cruel,
 * Inhuman or Degrading Treatment or Punishment". A name is found at its head
 * word (Convention, Covenant, Agreement...) and grows back over the
 * capitalised words before it and forward over capitalised words and the
 * small words between them, a bounded number of words each way, so a scan
 * is linear.
 *
 * A short form ("the Convention", "the Covenant") is the instrument of that
 * head the text names: the nearest full name before it in the same passage,
 * else the one the document names most (`mainInstruments`).
 */
import {isUpper} from './scan.js'

/** The words an instrument's name is headed by. */
export const headWords = new Set(['Convention', 'Covenant', 'Agreement', 'Protocol', 'Charter', 'Declaration', 'Statute', 'Treaty', 'Conventions'])

/** Small words inside a name: "Convention on the Rights of the Child". */
export const instrumentWords = new Set(['of', 'on', 'and', 'the', 'against', 'for', 'to', 'in', 'or', 'relating', 'with', 'from'])

/** Capitalised words that start another name after a comma: "International Covenant on ..., International Covenant on ...". */
const nameStarters = new Set(['International', 'Universal', 'United', 'Optional', 'Additional', 'Convention', 'Covenant', 'Declaration', 'Charter', 'Protocol', 'Agreement', 'Statute', 'Treaty'])

/** An instrument named in a text, by offsets. */
export interface InstrumentName {
  from: number
  to: number
  /** The name without a leading "the", whitespace collapsed: "Convention on the Rights of the Child". */
  name: string
  /** Its head word: "Convention". */
  head: string
  /** Whether it is the head word alone ("the Convention"): a short form. */
  short: boolean
  /** How the text names it: "adopted" after "Adopts the", "indefinite" after "a" ("to elaborate a comprehensive convention"). */
  role?: 'adopted' | 'indefinite'
}

interface Word {
  from: number
  to: number
  text: string
}

/** The words of `text` (letters, digits, hyphens; other characters split, a comma is kept as a word). */
function words(text: string): Word[] {
  const result: Word[] = []
  let index = 0
  while (index < text.length) {
    const code = text.charCodeAt(index)
    if (code === 44 /* , */) {
      result.push({from: index, to: index + 1, text: ','})
      index++
      continue
    }
    if (!isWordCode(code)) {
      index++
      continue
    }
    const from = index
    while (index < text.length && isWordCode(text.charCodeAt(index))) index++
    result.push({from, to: index, text: text.slice(from, index)})
  }
  return result
}

function isWordCode(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 45 || code === 39 || code === 0x2019 || code > 0xbf
}

const capital = (word: string): boolean => isUpper(word.charCodeAt(0))

/** Every instrument named in `text`, in order, without overlap. */
export function instrumentsIn(text: string): InstrumentName[] {
  const list = words(text)
  const found: InstrumentName[] = []
  let done = -1
  for (let at = 0; at < list.length; at++) {
    if (at <= done || !headWords.has(list[at]!.text)) continue
    // Back over capitalised words: "United Nations Framework Convention", "Additional Protocol I".
    let first = at
    while (first > 0 && at - first < 8 && first - 1 > done && capital(list[first - 1]!.text) && !headWords.has(list[first - 1]!.text) && list[first - 2]?.text !== ',') first--
    // Forward over small and capitalised words, ending at a capitalised one.
    let last = at
    let cursor = at + 1
    for (let count = 0; cursor < list.length && count < 24; count++, cursor++) {
      const word = list[cursor]!.text
      // Any other mark between words ends the name: "Cybercrime: Strengthening", "Convention (2023)".
      if (text.slice(list[cursor - 1]!.to, list[cursor]!.from).trim() !== '') break
      if (word === ',') {
        const next = list[cursor + 1]?.text ?? ''
        if (cursor === last + 1 && capital(next) && !nameStarters.has(next) && text.slice(list[cursor]!.to, list[cursor + 1]!.from).trim() === '') continue
        break
      }
      // "... of the Child and the Optional Protocols": another name begins.
      const joined = (list[cursor - 1]?.text === 'the' ? list[cursor - 2]?.text : list[cursor - 1]?.text) ?? ''
      if (nameStarters.has(word) && (joined === 'and' || joined === 'or')) break
      if (capital(word) || /^\d{4}$/.test(word) && list[cursor - 1]?.text === 'of') {
        if (/^\d{4}$/.test(word) || !(/^\d/.test(word))) last = cursor
        continue
      }
      if (!instrumentWords.has(word)) break
    }
    const from = list[first]!.from
    const to = list[last]!.to
    const name = text.slice(from, to).replace(/\s+/g, ' ')
    const item: InstrumentName = {from, to, name, head: list[at]!.text, short: first === at && last === at}
    const before = list[first - 1]?.text
    if (before === 'a' || before === 'an') item.role = 'indefinite'
    else if (before === 'the' && /^(?:Adopts|adopts)$/.test(list[first - 2]?.text ?? '')) item.role = 'adopted'
    found.push(item)
    done = last
  }
  return found
}

/**
 * For each head word, the instrument "the Convention" stands for in a
 * text: the one it adopts ("Adopts the United Nations Convention against
 * Cybercrime"), else the full name it names most (the first of equals);
 * a name after "a" ("to elaborate a comprehensive convention") counts for none.
 */
/** What "the Convention" stands for in a document, by head word: the instrument it names most. */
export type InstrumentLookup = Pick<ReadonlyMap<string, string>, 'get'>

/**
 * The document's instruments, counted over its texts the first time an
 * article citation needs them: most documents cite no article by a short form.
 */
export function lazyInstruments(texts: () => Iterable<string>): InstrumentLookup {
  let counted: Map<string, string> | undefined
  return {get: (head) => (counted ??= mainInstruments(texts())).get(head)}
}

export function mainInstruments(texts: Iterable<string>): Map<string, string> {
  const counts = new Map<string, Map<string, number>>()
  // Text by text (a document's blocks): the words of one block at a time are held, not the whole document's.
  for (const text of texts) {
    for (const item of instrumentsIn(text)) {
      if (item.short || item.role === 'indefinite') continue
      let byName = counts.get(item.head)
      if (!byName) counts.set(item.head, (byName = new Map()))
      byName.set(item.name, (byName.get(item.name) ?? 0) + (item.role === 'adopted' ? 1000 : 1))
    }
  }
  const result = new Map<string, string>()
  for (const [head, byName] of counts) {
    let best = ''
    let most = 0
    for (const [name, count] of byName) if (count > most) [best, most] = [name, count]
    result.set(head, best)
  }
  return result
}

/**
 * The instrument a name stands for: a full name as it is; a short form
 * ("Convention") the nearest full name of that head before `at`, else the
 * document's; as written ("the Convention") when neither names one.
 */
export function resolveInstrument(name: string, at: number, named: readonly InstrumentName[], main: InstrumentLookup | undefined): string | undefined {
  const bare = name.replace(/^the /, '')
  if (!headWords.has(bare)) return bare
  for (let index = named.length - 1; index >= 0; index--) {
    const item = named[index]!
    if (item.from < at && !item.short && item.head === bare) return item.name
  }
  // Named nowhere in full: as written.
  return main?.get(bare) ?? name
}

/** The nearest full name of any head before `at`, for an article that names none ("its article 14", "articles 33 (2) and 16 (3) thereof"). */
export function nearestInstrument(at: number, named: readonly InstrumentName[], main: InstrumentLookup | undefined): string | undefined {
  for (let index = named.length - 1; index >= 0; index--) {
    const item = named[index]!
    if (item.from >= at) continue
    return item.short ? main?.get(item.head) : item.name
  }
  return undefined
}
