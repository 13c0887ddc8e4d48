/**
 * Read the header of a resolution: organ, symbol, distribution, date,
 * language, session, agenda item, sponsors, number and title. Header lines
 * are short; every pattern here is anchored or bounded and runs on at most a
 * few hundred characters of one block.
 */
import type {Resolution} from '../tree.js'

/** What the header says: the root's header facts (src/tree.ts); absent when it does not say them. */
export type HeaderInfo = Pick<Resolution, 'organ' | 'symbol' | 'distribution' | 'date' | 'language' | 'session' | 'agendaItem' | 'sponsors' | 'adoptedFrom' | 'kind'>

/**
 * "[without reference to a Main Committee (A/80/L.4)]", "[on the report of the Third Committee (A/80/540, para. 5)]",
 * "[on the report of the Special Political and Decolonization Committee (Fourth Committee) (A/80/537, para. 15)]": the symbol.
 */
const adoptedFromPattern = /^\[(?:without reference to a Main Committee|on the report of the (?:[A-Za-z]+ ){1,6}Committee(?: \([A-Z][a-z]+ Committee\))?)\s*\(([A-Z]{1,6}(?:\/[A-Za-z0-9.-]{1,20}){1,8})/

const organs = [
  'General Assembly',
  'Security Council',
  'Economic and Social Council',
  'Human Rights Council'
]

const month = '(?:January|February|March|April|May|June|July|August|September|October|November|December)'
const datePattern = new RegExp('\\b\\d{1,2} ' + month + ' \\d{4}\\b')
const symbolPattern = /(?:^|[\s(])([A-Z]{1,6}(?:\/[A-Za-z0-9.-]{1,20}){1,8}(?: \((?:\d{4}|[IVXLC]{1,7})\))?)/

/** At most this much of a header block is read. */
const maxLength = 600

/** The title line: "[xx/xxx]. Title", "80/20. Title", "ES-11/1. Title". */
export function matchTitle(text: string): {number: string; title: string} | undefined {
  const line = text.slice(0, maxLength).trim()
  const match = /^(\[[^\]]{1,24}\]|(?:ES-|S-)?\d{1,4}\/\d{1,4}(?: [A-Z]{1,2})?)\.\s+(\S.*)$/.exec(line)
  if (match) return {number: match[1]!, title: match[2]!.trim()}
  // Sessions 1 to 30: "3350 (XXIX). Title", "2200 A (XXI). Title".
  const roman = /^(\d{1,4}(?: [A-Z])? \([IVXLC]{1,7}\))\.\s+(\S.*)$/.exec(line)
  if (roman) return {number: roman[1]!, title: roman[2]!.trim()}
  // Security Council: "Resolution 1445 (2002)", "RESOLUTION 781 (1992)", "Resolution 211 (1965) of 20 September 1965",
  // "1 (1946). Resolution of 25 January 1946", "31 (1947). Resolution of 25 August 1947 [S/525]" (the draft's symbol in brackets).
  const sc =
    /^Resolution (\d{1,5} \(\d{4}\))(?: of \d{1,2} [A-Z][a-z]{2,8} \d{4})?$/i.exec(line) ??
    /^(\d{1,5} \(\d{4}\))\.? Resolution of \d{1,2} [A-Z][a-z]{2,8} \d{4}(?: \[[^\]}]{1,40}[\]}])?$/.exec(line)
  if (sc) return {number: sc[1]!, title: ''}
  return undefined
}

/** "The General Assembly,": returns the organ, or undefined. */
export function matchFormula(text: string): string | undefined {
  const line = text.trim()
  if (line.length > 90 || !line.startsWith('The ') || !line.endsWith(',')) return undefined
  const words = line.slice(4, -1).split(' ')
  if (words.length === 0 || words.length > 10) return undefined
  const small = new Set(['and', 'of', 'on', 'for', 'the', 'to', 'against'])
  if (!/^[A-Z]/.test(words[0]!)) return undefined
  for (const word of words) {
    if (!(/^[A-Z][A-Za-z-]*$/.test(word) || small.has(word))) return undefined
  }
  return words.join(' ')
}

/** Read header facts from the header blocks' texts and any front matter. */
export function readHeader(texts: string[], front: Record<string, string>): HeaderInfo {
  const info: HeaderInfo = {kind: 'unknown'}
  const all = texts.map((text) => text.slice(0, maxLength))
  for (const text of all) {
    const trimmed = text.trim()
    if (!info.organ) {
      for (const organ of organs) {
        if (trimmed.startsWith(organ) || trimmed.startsWith('United Nations ' + organ) || trimmed.startsWith('Adopted by the ' + organ)) info.organ = organ
      }
    }
    if (!info.distribution) {
      const match = /Distr\.?: ?(General|Limited|Restricted)/.exec(text)
      if (match) {
        info.distribution = match[1]!
        const after = datePattern.exec(text.slice(match.index))
        if (after && !info.date) info.date = after[0]
      }
    }
    if (!info.language) {
      const match = /Original: ?([A-Z][a-z]{2,20})/.exec(text)
      if (match) info.language = match[1]!
    }
    if (!info.session) {
      const match = /(?:^|\s)((?:[A-Z][a-z]+-)?[A-Za-z]+ (?:special |emergency special |resumed |concluding )?session)\b/.exec(text)
      if (match && !/^(?:at|its|the|this|a)\b/i.test(match[1]!)) info.session = match[1]!
    }
    if (!info.agendaItem) {
      const match = /Agenda items? \d{1,3}(?: ?\([a-z]\))?(?:(?:, | and )\d{1,3}(?: ?\([a-z]\))?){0,20}/.exec(text)
      if (match) info.agendaItem = match[0]
    }
    if (!info.adoptedFrom) {
      const match = adoptedFromPattern.exec(trimmed.replace(/\s+/g, ' '))
      if (match) info.adoptedFrom = match[1]!.replace(/\.$/, '')
    }
    // "[on the report of the Sixth Committee (A/80/502, para. 9)]" names a report, not this text.
    if (!info.symbol && !trimmed.startsWith('[')) {
      const match = symbolPattern.exec(text)
      if (match && /\d/.test(match[1]!)) info.symbol = match[1]!
    }
    if (!info.sponsors) {
      const match = /^(.{3,590}?): (?:revised )?draft (?:resolution|decision)$/i.exec(trimmed)
      if (match) {
        info.sponsors = splitSponsors(match[1]!)
        info.kind = 'draft'
      }
    }
    if (/\bdraft (?:resolution|decision)\b/i.test(text)) info.kind = 'draft'
    if (/\b(?:Resolution|Decision) adopted by\b|\bAdopted by the Security Council\b/.test(text) && info.kind !== 'draft') info.kind = 'adopted'
  }
  if (!info.date) {
    for (const text of all) {
      const match = datePattern.exec(text)
      if (match) {
        info.date = match[0]
        break
      }
    }
  }
  if (front.symbol) info.symbol = front.symbol
  if (!info.date && front.date) info.date = front.date
  if (info.symbol) {
    if (/\/L\.\d/.test(info.symbol)) info.kind = 'draft'
    else if (/\/RES\/|\/DEC\//.test(info.symbol) && info.kind === 'unknown') info.kind = 'adopted'
  }
  return info
}

/** Member States whose names contain "and". */
const compoundNames = [
  'Antigua and Barbuda',
  'Bosnia and Herzegovina',
  'Saint Kitts and Nevis',
  'Saint Vincent and the Grenadines',
  'Sao Tome and Principe',
  'Trinidad and Tobago',
  'United Kingdom of Great Britain and Northern Ireland',
  'Saint Pierre and Miquelon',
  'Turks and Caicos Islands',
  'Wallis and Futuna'
]

/**
 * "Argentina, Antigua and Barbuda, Chile and Trinidad and Tobago": the
 * sponsors in order. Commas separate; the last "and" joins the last two,
 * except inside a name such as "Antigua and Barbuda".
 */
export function splitSponsors(text: string): string[] {
  // Hide the "and" of compound names, split, then restore it.
  let hidden = text
  for (const name of compoundNames) hidden = hidden.split(name).join(name.replace(/ and /g, ' \u0000 '))
  return hidden
    .split(/, | and /)
    .map((name) => name.replace(/ \u0000 /g, ' and ').trim())
    .filter(Boolean)
}
