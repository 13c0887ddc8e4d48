/** The document family: full symbols ("A/RES/74/247", "A/C.3/79/L.15/Rev.1", "A/79/364 and Corr.1"). */
import type {CitationKind} from '../../tree.js'
import {Reader, isAlnum, isDigit, isLower, isUpper, readDate, readSeparator} from './scan.js'
import type {CitationMatch, Family, Organ} from './types.js'

/** A document symbol at `start` (`joined`: the second half of a joint symbol, which takes no third). */
export function readSymbol(reader: Reader, start: number, joined = false): {end: number; symbol: string} | undefined {
  const text = reader.text
  let index = start
  let components = 0
  let hasDigit = false
  let firstEnd = -1
  // At most 12 components of at most 24 characters: the scan is bounded wherever it starts.
  for (; components < 12; ) {
    const componentStart = index
    while (index - componentStart < 24) {
      const code = reader.code(index)
      if (isDigit(code)) hasDigit = true
      else if (code === 40 /* ( */ && index > componentStart) {
        // A session in parentheses inside a component: "WT/MIN(15)/48".
        const close = reader.digits(index + 1, 4)
        if (close === -1 || reader.code(close) !== 41 /* ) */) break
        index = close + 1
        continue
      } else if (!(isUpper(code) || isLower(code) || code === 46 /* . */ || code === 45 /* - */)) break
      index++
    }
    if (index === componentStart) return undefined
    components++
    if (firstEnd === -1) {
      firstEnd = index
      // The organ comes first: A, S, E, CD, UNEP... (one to six capitals).
      // Checked at every capitalised word, so with no slice and no regex.
      if (firstEnd - start > 6) return undefined
      for (let at = start; at < firstEnd; at++) if (!isUpper(text.charCodeAt(at))) return undefined
    }
    if (reader.code(index) !== 47 /* / */ || !isAlnum(reader.code(index + 1))) break
    index++
  }
  if (components < 2 || !hasDigit) return undefined
  // A full stop that ends the sentence is not part of the symbol.
  while (text.charCodeAt(index - 1) === 46) index--
  let symbol = text.slice(start, index)
  // A joint symbol cut at its hyphen by a line break: "A/77/69/Add.1- E/2022/47/Add.1", "WT/MIN(15)/48-\nWT/L/982".
  if (symbol.endsWith('-')) {
    const next = reader.spaces(index)
    const second = next > index && isUpper(reader.code(next)) && !joined ? readSymbol(reader, next, true) : undefined
    if (second) return {end: second.end, symbol: symbol + second.symbol}
    index--
    symbol = symbol.slice(0, -1)
  }
  // S/RES/2231 (2015)
  const paren = reader.spaces(index)
  if (/^S\/RES\/\d+$/.test(symbol) && reader.code(paren) === 40) {
    const close = paren + 5
    if (reader.code(close) === 41 && /^\d{4}$/.test(text.slice(paren + 1, close))) {
      symbol += '(' + text.slice(paren + 1, close) + ')'
      index = close + 1
    }
  }
  return {end: index, symbol}
}

export function classifySymbol(symbol: string): {kind: CitationKind; organ?: Organ} {
  if (symbol.startsWith('S/RES/')) return {kind: 'resolution', organ: 'Security Council'}
  if (symbol.startsWith('A/HRC/RES/')) return {kind: 'resolution', organ: 'Human Rights Council'}
  if (symbol.startsWith('A/HRC/DEC/')) return {kind: 'decision', organ: 'Human Rights Council'}
  if (symbol.startsWith('A/RES/')) return {kind: 'resolution', organ: 'General Assembly'}
  if (symbol.startsWith('A/DEC/')) return {kind: 'decision', organ: 'General Assembly'}
  if (symbol.startsWith('E/RES/')) return {kind: 'resolution', organ: 'Economic and Social Council'}
  if (symbol.startsWith('E/DEC/')) return {kind: 'decision', organ: 'Economic and Social Council'}
  return {kind: 'document'}
}

export function readDocument(reader: Reader, start: number, found: CitationMatch[]): number | undefined {
  if (!isUpper(reader.code(start))) return undefined
  const symbol = readSymbol(reader, start)
  if (!symbol) return undefined
  const {kind, organ} = classifySymbol(symbol.symbol)
  const match: CitationMatch = {from: start, to: symbol.end, kind, symbol: symbol.symbol.replace(/\s+/g, '')}
  if (organ) match.organ = organ
  if (kind !== 'document') {
    const date = readDate(reader, symbol.end)
    if (date) {
      match.date = date.date
      match.to = date.end
    }
  }
  found.push(match)
  // "A/79/364 and Corr.1", "A/78/40 and Add.1": the modifier is a document of its own.
  let end = match.to
  for (let count = 0; count < 8; count++) {
    const next = readSeparator(reader, end)
    if (next === -1) break
    const modifierEnd = readModifier(reader, next)
    if (modifierEnd === -1) break
    found.push({from: next, to: modifierEnd, kind: 'document', symbol: match.symbol + '/' + reader.text.slice(next, modifierEnd)})
    end = modifierEnd
  }
  return end
}

/** A symbol modifier standing alone: "Rev.1", "Add.2", "Corr.1", "Amend.1". Returns its end or -1. */
export function readModifier(reader: Reader, start: number): number {
  let end = -1
  for (const word of ['Rev.', 'Add.', 'Corr.', 'Amend.']) {
    if (reader.text.startsWith(word, start)) {
      end = reader.digits(start + word.length, 2)
      break
    }
  }
  if (end === -1) return -1
  const after = reader.code(end)
  return isAlnum(after) || after === 47 ? -1 : end
}

/** The document family: tried at any capital. */
export const documents: Family = {
  starts: '',
  capitals: true,
  read: (reader, start, _options, found) => readDocument(reader, start, found)
}
