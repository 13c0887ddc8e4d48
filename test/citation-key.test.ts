/**
 * reso against the answer key (fixtures/citations/answer-key.tsv): every
 * citation of eleven documents of ../shared/corpus-pdf, written down by eye
 * with its canonical symbol, or its article and instrument. Each text is
 * parsed in-process and its rows (src/query/refs.ts) are matched to the key
 * by file, place, kind and canonical form, as multisets; precision and
 * recall are printed per kind and held at the floors below (raise them when
 * reso gets better; a fall fails). Skips when ../shared is absent.
 */
import {existsSync, readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {parse} from '../src/parse/index.js'
import {citationRows, type RefRow} from '../src/query/refs.js'
import {root} from './helpers.js'

const texts = fileURLToPath(new URL('../../shared/corpus-pdf/text/', import.meta.url))
const present = existsSync(texts)
if (!present) console.log('citation-key: ' + texts + ' is absent; skipping the answer key')

/** The kinds the key records (references inside the text are left out). */
const kinds = ['resolution', 'decision', 'document', 'article'] as const
type Kind = (typeof kinds)[number]

interface KeyRow {
  file: string
  place: string
  kind: Kind
  text: string
  canonical: string
}

function readKey(): KeyRow[] {
  const rows: KeyRow[] = []
  for (const line of readFileSync(root + 'fixtures/citations/answer-key.tsv', 'utf8').split('\n')) {
    if (line === '' || line.startsWith('#')) continue
    const [file, place, kind, text, canonical] = line.split('\t')
    if (!(kinds as readonly string[]).includes(kind!)) throw new Error('answer key: unknown kind in ' + line)
    rows.push({file: file!, place: place!, kind: kind as Kind, text: text!, canonical: canonical!})
  }
  return rows
}

/** A row's canonical form, as the key writes it. */
export function canonical(row: RefRow): string {
  if (row.kind !== 'article') return row.symbol ?? '-'
  const pinpoint = row.pinpoint === undefined ? '' : (row.pinpoint.startsWith('(') ? ' ' : ', ') + row.pinpoint
  return 'article ' + row.article + pinpoint + ' of ' + (row.instrument ?? '?')
}

const keyOf = (file: string, place: string, kind: string, form: string): string => [file, place, kind, form].join('\t')

describe.runIf(present)('the answer key', () => {
  const key = readKey()
  const files = [...new Set(key.map((row) => row.file))]
  const found: Array<{kind: Kind; key: string}> = []
  // A skipped suite's body still runs (vitest collects its tests): read the texts only when they are there.
  for (const file of present ? files : []) {
    const {tree} = parse(readFileSync(texts + file, 'utf8'), {format: 'auto'})
    for (const row of citationRows(tree, file)) {
      if (!(kinds as readonly string[]).includes(row.kind)) continue
      found.push({kind: row.kind as Kind, key: keyOf(file, row.label, row.kind, canonical(row))})
    }
  }
  const expected = new Map<string, number>()
  for (const row of key) {
    const id = keyOf(row.file, row.place, row.kind, row.canonical)
    expected.set(id, (expected.get(id) ?? 0) + 1)
  }
  const left = new Map(expected)
  const score = new Map<Kind, {hit: number; found: number; key: number}>(kinds.map((kind) => [kind, {hit: 0, found: 0, key: 0}]))
  const wrong: string[] = []
  for (const item of found) {
    const entry = score.get(item.kind)!
    entry.found++
    const count = left.get(item.key) ?? 0
    if (count > 0) {
      entry.hit++
      left.set(item.key, count - 1)
    } else wrong.push(item.key)
  }
  for (const row of key) score.get(row.kind)!.key++
  const missed = [...left].flatMap(([id, count]) => Array.from({length: count}, () => id))
  const figures = new Map(kinds.map((kind) => {
    const {hit, found: total, key: wanted} = score.get(kind)!
    return [kind, {precision: total === 0 ? 1 : hit / total, recall: wanted === 0 ? 1 : hit / wanted}]
  }))
  const lines = kinds.map((kind) => {
    const {precision, recall} = figures.get(kind)!
    const {hit, found: total, key: wanted} = score.get(kind)!
    return kind.padEnd(11) + ' precision ' + precision.toFixed(3) + ' (' + hit + '/' + total + ')  recall ' + recall.toFixed(3) + ' (' + hit + '/' + wanted + ')'
  })
  if (present) console.log('answer key: ' + key.length + ' citations in ' + files.length + ' documents\n' + lines.join('\n') +
    '\nfound, not in the key:\n  ' + (wrong.join('\n  ') || '(none)') + '\nin the key, not found:\n  ' + (missed.join('\n  ') || '(none)'))

  it('has at least 150 citations, with Human Rights Council, Economic and Social Council, footnote and article ones', () => {
    expect(key.length).toBeGreaterThanOrEqual(150)
    expect(key.filter((row) => row.canonical.startsWith('A/HRC/RES/')).length).toBeGreaterThanOrEqual(10)
    expect(key.filter((row) => row.canonical.startsWith('E/RES/')).length).toBeGreaterThanOrEqual(5)
    expect(key.filter((row) => row.place.startsWith('footnote')).length).toBeGreaterThanOrEqual(50)
    expect(key.filter((row) => row.kind === 'article').length).toBeGreaterThanOrEqual(30)
  })

  /** The floors reached: precision and recall per kind. */
  const floors: Record<Kind, {precision: number; recall: number}> = {
    resolution: {precision: 1, recall: 1},
    decision: {precision: 1, recall: 1},
    document: {precision: 1, recall: 1},
    article: {precision: 1, recall: 1}
  }

  for (const kind of kinds) {
    it(kind + ': precision and recall at or above their floors', () => {
      const {precision, recall} = figures.get(kind)!
      expect(precision).toBeGreaterThanOrEqual(floors[kind].precision)
      expect(recall).toBeGreaterThanOrEqual(floors[kind].recall)
    })
  }
})
