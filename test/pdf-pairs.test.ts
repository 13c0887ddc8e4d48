/**
 * Draft -> adopted pairs of ../shared/corpus-pdf (seven) whose changes were
 * written down by eye from the pages of both PDFs
 * (fixtures/pdf-pairs/<draft>--<adopted>/expected-changes.txt, format in
 * fixtures/README.md). reso must report those changes and nothing else:
 * each with its kind, its labels on both sides and the words that changed;
 * no other paragraph, sub-paragraph, footnote, annex or header change.
 * Skipped when ../shared/corpus-pdf is absent.
 */
import {existsSync, readFileSync, readdirSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {diff} from '../src/diff/index.js'
import type {Change, DiffResult} from '../src/diff/types.js'
import {parseSource} from '../src/parse/index.js'
import {readPdf} from '../src/read/pdf/index.js'

const corpus = fileURLToPath(new URL('../../shared/corpus-pdf/', import.meta.url))
const fixtures = fileURLToPath(new URL('../fixtures/pdf-pairs/', import.meta.url))
const present = existsSync(corpus + 'PAIRS.tsv')
if (!present) console.warn('test/pdf-pairs.test.ts: ' + corpus + ' is absent; the pairs read by eye are not checked')

/** The words as a bag: letters and digits in runs, every other mark alone, hyphens and quotes in one form. */
function tokens(text: string): string[] {
  const plain = text.normalize('NFKC').replace(/[\u2010\u2011\u00ad]/g, '-').replace(/[“”]/g, '"').replace(/[‘’]/g, "'")
  return plain.match(/[\p{L}\p{N}_]+|[^\s\p{L}\p{N}_]/gu) ?? []
}

/**
 * What a change did to the words, whatever runs a diff chose to show it
 * in: each token deleted more often than inserted ("-word") and the
 * reverse ("+word"), with its count, sorted. A citation that is one token
 * for reso ("resolution 80/___ of __ December 2025") and a few words for
 * a reader compare equal, since the words they share cancel out.
 */
function net(deleted: string[], inserted: string[]): string[] {
  const count = new Map<string, number>()
  for (const text of deleted) for (const token of tokens(text)) count.set(token, (count.get(token) ?? 0) + 1)
  for (const text of inserted) for (const token of tokens(text)) count.set(token, (count.get(token) ?? 0) - 1)
  const out: string[] = []
  for (const [token, n] of count) if (n !== 0) out.push((n > 0 ? '-' : '+') + token + (Math.abs(n) > 1 ? ' x' + Math.abs(n) : ''))
  return out.sort()
}

interface Expectation {
  /** "field\told\tnew" for header facts both versions give: reso must report each. */
  header: string[]
  /** Every header field the file lists, one-sided ones too ("-" for the side that lacks it). */
  headerFields: Set<string>
  /** "old\tnew\tkind" -> the net words. */
  paragraphs: Map<string, string[]>
  /** "label\toldId\tnewId\tkind" -> the net words. */
  footnotes: Map<string, string[]>
}

const kinds: Record<string, Change['kind']> = {reworded: 'changed', added: 'added', removed: 'removed', moved: 'moved', renumbered: 'renumbered', split: 'split', merged: 'merged'}

function wordsOf(fields: string[]): string[] {
  return net(fields.filter((field) => field.startsWith('-')).map((field) => field.slice(1)), fields.filter((field) => field.startsWith('+')).map((field) => field.slice(1)))
}

/** A header fact as "field\told\tnew", sponsors' "A, B and C" written "A, B, C", a value shortened with "..." as "...". */
function headerFact(field: string, old: string, now: string): string {
  const value = (text: string): string => (text.includes('...') ? '...' : text.replace(/ and (?=[^,]*$)/, ', '))
  return [field, value(old), value(now)].join('\t')
}

function readExpectation(file: string): Expectation {
  const expectation: Expectation = {header: [], headerFields: new Set(), paragraphs: new Map(), footnotes: new Map()}
  for (const [index, line] of readFileSync(file, 'utf8').split('\n').entries()) {
    if (line.trim() === '' || line.startsWith('#')) continue
    const fields = line.split('\t')
    const where = file + ':' + String(index + 1)
    if (fields[0] === 'header') {
      // Every fact is reported, one-sided ones too ("-" for the side that lacks it); a list shortened
      // with "..." (a long sponsors list) is compared by the side it stands on.
      expectation.headerFields.add(fields[1] ?? '')
      expectation.header.push(headerFact(fields[1] ?? '', fields[2] ?? '-', fields[3] ?? '-'))
    } else if (fields[0] === 'footnote') {
      const kind = fields[4]
      if (kind !== 'changed' && kind !== 'added' && kind !== 'removed') throw new Error(where + ': footnote kind ' + kind)
      expectation.footnotes.set(fields.slice(1, 5).join('\t'), wordsOf(fields.slice(5)))
    } else {
      const kind = kinds[fields[2] ?? '']
      if (kind === undefined || fields.length < 3) throw new Error(where + ': not a change line: ' + line)
      expectation.paragraphs.set(fields[0] + '\t' + fields[1] + '\t' + kind, wordsOf(fields.slice(3)))
    }
  }
  return expectation
}

/** Every paragraph and sub-paragraph reso says changed, with its net words. */
function reported(result: DiffResult): Map<string, string[]> {
  const found = new Map<string, string[]>()
  const stack: Change[] = [...result.changes].reverse()
  while (stack.length > 0) {
    const change = stack.pop() as Change
    if (change.kind !== 'unchanged') {
      const key = (change.old.join('+') || '-') + '\t' + (change.new.join('+') || '-') + '\t' + change.kind
      const words = change.kind === 'renumbered' ? [] : net(change.words.filter((run) => run.op === 'delete').map((run) => run.text), change.words.filter((run) => run.op === 'insert').map((run) => run.text))
      found.set(key, words)
    }
    for (let index = change.subs.length - 1; index >= 0; index--) stack.push(change.subs[index] as Change)
  }
  return found
}

function reportedFootnotes(result: DiffResult): Map<string, string[]> {
  const found = new Map<string, string[]>()
  for (const note of result.footnotes ?? []) {
    found.set([note.label, note.oldId ?? '-', note.newId ?? '-', note.kind].join('\t'), net(note.old === undefined ? [] : [note.old], note.new === undefined ? [] : [note.new]))
  }
  return found
}

const pairs = existsSync(fixtures) ? readdirSync(fixtures).filter((name) => name.includes('--')).sort() : []

describe.skipIf(!present)('draft -> adopted PDF pairs read by eye', () => {
  it('has at least six pairs', () => {
    expect(pairs.length).toBeGreaterThanOrEqual(6)
  })

  for (const pair of pairs) {
    const [draft, adopted] = pair.split('--') as [string, string]
    it(draft + ' -> ' + adopted + ': the changes on the pages and nothing else', async () => {
      const expected = readExpectation(fixtures + pair + '/expected-changes.txt')
      const tree = async (name: string) => parseSource(await readPdf({name: name + '.pdf', bytes: new Uint8Array(readFileSync(corpus + name + '.pdf'))})).tree
      const result = diff(await tree(draft), await tree(adopted))

      const paragraphs = reported(result)
      expect([...paragraphs.keys()].sort(), 'paragraph changes (old, new, kind)').toEqual([...expected.paragraphs.keys()].sort())
      for (const [key, words] of expected.paragraphs) expect(paragraphs.get(key), 'words of ' + key).toEqual(words)

      const footnotes = reportedFootnotes(result)
      expect([...footnotes.keys()].sort(), 'footnote changes (label, old, new, kind)').toEqual([...expected.footnotes.keys()].sort())
      for (const [key, words] of expected.footnotes) expect(footnotes.get(key), 'words of footnote ' + key).toEqual(words)

      const shortened = new Set(expected.header.filter((fact) => fact.includes('...')).map((fact) => fact.split('\t')[0]))
      const header = result.header.map((change) => {
        const value = (text: string | undefined): string => (text === undefined ? '-' : shortened.has(change.field) ? '...' : text)
        return headerFact(change.field, value(change.old), value(change.new))
      })
      for (const fact of expected.header) expect(header, 'header').toContain(fact)
      expect(result.header.map((change) => change.field).filter((field) => !expected.headerFields.has(field)), 'header facts not on the pages').toEqual([])
      expect(result.annexes ?? [], 'annexes').toEqual([])
      expect(result.differs).toBe(true)
    }, 60_000)
  }
})
