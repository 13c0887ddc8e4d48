/**
 * The head of a resolution: the header lines (organ, symbol, distribution,
 * date, session, sponsors), the title and subtitle, and the enacting
 * formula, which ends the head. A decision has no formula: its body starts
 * after the title.
 */
import type {EnactingFormula, Header, Heading, Text} from '../tree.js'
import {TextMap, type RawBlock} from '../read/blocks.js'
import {asOrgan, currentSession, organOfSymbol} from '../recognize/citations/index.js'
import {matchPhrase} from '../recognize/phrase.js'
import {headerFacts, leadingSpace, numberAt} from '../grammar/index.js'
import {matchFormula, matchTitle, readHeader, type HeaderInfo} from './header.js'
import type {BuildOptions, BuildState} from './state.js'

/** The header facts the root takes from the header's lines as written. */
const fromHeader = headerFacts.filter((fact) => fact.fromHeader).map((fact) => fact.field as keyof HeaderInfo)

/** Where the head ends and whether it has a formula. */
export interface Head {
  /** Index of the first body block. */
  bodyStart: number
  /** Whether the text has an enacting formula. */
  formula: boolean
}

/** Find where the head ends: at the enacting formula, else before the first numbered or phrase-opened block. */
function headEnd(body: readonly RawBlock[], texts: readonly string[]): {end: number; formula: number} {
  let formula = -1
  for (let index = 0; index < body.length; index++) {
    if (body[index]!.kind !== 'artefact' && matchFormula(texts[index]!)) {
      formula = index
      break
    }
    if (body[index]!.kind === 'item') break
  }
  if (formula !== -1) return {end: formula, formula}
  let end = body.length
  for (let index = 0; index < body.length; index++) {
    const block = body[index]!
    const text = texts[index]!
    if (block.kind === 'artefact') continue
    if (block.number !== undefined || numberAt(text)) {
      end = index
      break
    }
    const phrase = matchPhrase(text, leadingSpace(text, 0), 'any')
    if (phrase?.known && !matchTitle(text)) {
      end = index
      break
    }
  }
  // A decision has a title and no enacting formula: its body ("At its 45th plenary meeting,
  // ... the General Assembly ... decided:") starts after the title.
  const title = body.findIndex((block, index) => index < end && block.kind !== 'artefact' && matchTitle(texts[index]!) !== undefined)
  if (title !== -1 && texts.slice(title + 1, end).some((text) => /\bdecided\b/.test(text.slice(0, 600)))) end = title + 1
  // The formula without its comma, right before the body ("The General Assembly" / "Resolves that:", A/RES/80/246).
  let last = end - 1
  while (last > title && body[last]?.kind === 'artefact') last--
  if (last > title && last >= 0 && bareFormula(texts[last]!) !== undefined) return {end: last, formula: last}
  return {end, formula}
}

/** The organ of an enacting formula, written with its comma or, right before the body, without it. */
function bareFormula(text: string): string | undefined {
  const line = text.trim()
  return line.endsWith(',') ? matchFormula(line) : matchFormula(line + ',')
}

/**
 * The General Assembly session a text belongs to, the largest its citations
 * can name: from its symbol ("A/C.3/81/L.2", "A/RES/81/5") or the year of
 * its date, and never below `currentSession`.
 */
function ownSession(symbol: string | undefined, date: string | undefined): number {
  let session = currentSession
  const own = symbol ? /^A\/(?:C\.\d\/|RES\/|DEC\/|ES-\d{1,2}\/)?(\d{2,3})\//.exec(symbol.replace(/\s+/g, '')) : null
  if (own) session = Math.max(session, Number(own[1]))
  const year = date ? /\b(\d{4})$/.exec(date.trim()) : null
  if (year) session = Math.max(session, Number(year[1]) - 1945)
  return session
}

/** A front-matter title without the colon a subtitle would follow: "No first placement :". */
function withoutColon(title: string): string {
  const trimmed = title.trimEnd()
  return trimmed.endsWith(':') ? trimmed.slice(0, -1).trimEnd() : trimmed
}

/**
 * The front matter's title (the PDF's largest bold line), unless it is only
 * a number line: a Security Council resolution's "Resolution 2799 (2025)"
 * is its number, and the resolution has no title, as its text form says.
 */
function frontTitle(front: BuildOptions['front']): string | undefined {
  if (!front.title) return undefined
  const title = withoutColon(front.title)
  return matchTitle(title)?.title === '' ? undefined : title
}

/** Build the head's nodes and the root's header facts; returns where the body starts. */
export function buildHead(body: readonly RawBlock[], texts: readonly string[], state: BuildState, options: BuildOptions): Head {
  const {tree} = state
  const {end, formula} = headEnd(body, texts)
  const info = readHeader(texts.slice(0, end), options.front)
  tree.kind = info.kind
  const formulaOrgan = formula === -1 ? undefined : bareFormula(texts[formula]!)
  const organ = info.organ ?? formulaOrgan
  if (organ) tree.organ = organ
  for (const key of fromHeader) {
    const value = info[key]
    if (value !== undefined) (tree as unknown as Record<string, unknown>)[key] = value
  }
  // The organ whose text it is: its enacting formula, its header, else its symbol ("A/HRC/58/L.1").
  state.organ = asOrgan(formulaOrgan ?? organ) ?? organOfSymbol(info.symbol)
  state.session = ownSession(info.symbol, info.date)

  // Header lines, up to the title.
  let titleIndex = -1
  for (let index = 0; index < end; index++) {
    if (body[index]!.kind !== 'artefact' && matchTitle(texts[index]!)) {
      titleIndex = index
      break
    }
  }
  const lines: Text[] = []
  for (let index = 0; index < (titleIndex === -1 ? end : titleIndex); index++) {
    const map = new TextMap(body[index]!.pieces)
    if (map.text.trim() === '') continue
    lines.push({type: 'text', value: map.text, position: state.position(map.start, map.end)})
  }
  if (lines.length > 0) {
    const header: Header = {type: 'header', children: lines, position: {start: lines[0]!.position!.start, end: lines[lines.length - 1]!.position!.end}}
    tree.children.push(header)
  }

  // Title and subtitle.
  if (titleIndex !== -1) {
    const title = matchTitle(texts[titleIndex]!)!
    tree.number = title.number
    const map = new TextMap(body[titleIndex]!.pieces)
    const heading: Heading = {type: 'heading', role: 'title', label: title.number, children: state.phrasing(map), position: state.position(map.start, map.end)}
    // A title cut short in the source ("... on the Prohibition of the") takes the front matter's whole title.
    const front = frontTitle(options.front)
    if (title.title && !(front && front.length > title.title.length && front.startsWith(title.title))) tree.title = title.title
    else if (front) tree.title = front
    tree.children.push(heading)
    // The subtitle: the next plain block before the formula.
    for (let index = titleIndex + 1; index < end; index++) {
      const block = body[index]!
      const text = texts[index]!.trim()
      if (block.kind === 'artefact' || text.startsWith('[') || /adopted by/i.test(text)) continue
      // "The General Assembly" without its comma ("... Resolves that:", A/RES/80/246) is the formula, not a subtitle.
      if (bareFormula(text) !== undefined) break
      const subtitle = new TextMap(block.pieces)
      tree.subtitle = text
      tree.children.push({type: 'heading', role: 'subtitle', children: state.phrasing(subtitle), position: state.position(subtitle.start, subtitle.end)})
      break
    }
  } else {
    const front = frontTitle(options.front)
    if (front) tree.title = front
  }
  if (info.kind === 'unknown' && tree.number?.startsWith('[')) tree.kind = 'draft'

  if (formula === -1) return {bodyStart: end, formula: false}
  const map = new TextMap(body[formula]!.pieces)
  tree.enactingFormula = map.text.trim()
  const node: EnactingFormula = {
    type: 'enactingFormula',
    organ: formulaOrgan!,
    children: [{type: 'text', value: map.text, position: state.position(map.start, map.end)}],
    position: state.position(map.start, map.end)
  }
  tree.children.push(node)
  return {bodyStart: formula + 1, formula: true}
}
