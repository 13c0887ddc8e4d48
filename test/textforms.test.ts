/**
 * The oracle of the text forms: one document, three text forms, one tree.
 * Every PDF of ../shared/corpus-pdf read as `pdftotext` plain, `pdftotext
 * -layout` and the PyMuPDF text in corpus-pdf/text/ must give the same tree
 * facts: header (symbol, title, number, date, formula), the same paragraphs
 * with the same labels, phrases, citations and footnote markers, the same
 * sub-paragraphs, footnotes as footnotes, the annex as annex, the closing as
 * closing. Paragraph text may differ only in white space and hyphens (what
 * the text form could not know). The documents that still differ, and how,
 * are committed in fixtures/textforms/corpus-pdf/expected.differences.txt.
 * Until the PDF reader lands, PyMuPDF's text is the reference.
 */
import {execFileSync, spawnSync} from 'node:child_process'
import {existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {parse} from '../src/parse/index.js'
import {citationsOf, ownText, paragraphs, phraseOf, walk} from '../src/grammar/paragraphs.js'
import type {Resolution} from '../src/tree.js'
import {expectFile, root} from './helpers.js'

const corpus = fileURLToPath(new URL('../../shared/corpus-pdf/', import.meta.url))
const hasCorpus = existsSync(join(corpus, 'text'))
const hasPdftotext = spawnSync('pdftotext', ['-v']).error === undefined
const cache = join(root, 'node_modules/.cache/reso-textforms')

/** A PDF's text by pdftotext, made once and kept in the cache. */
function pdftotext(pdf: string, layout: boolean): string {
  const name = pdf.split('/').pop()!.replace(/\.pdf$/, '')
  const out = join(cache, name + (layout ? '.layout' : '.plain') + '.txt')
  if (!existsSync(out)) {
    mkdirSync(cache, {recursive: true})
    writeFileSync(out, execFileSync('pdftotext', [...(layout ? ['-layout'] : []), '-enc', 'UTF-8', pdf, '-'], {maxBuffer: 1 << 26}))
  }
  return readFileSync(out, 'utf8')
}

/** Text as the forms all know it: no white space, no hyphens, no soft hyphens. */
function key(text: string): string {
  return text.replace(/[\s\u00ad\u2010\u2011-]+/g, '')
}

/** The facts of a tree that every text form must agree on, one line each. */
export function facts(tree: Resolution): string[] {
  const lines: string[] = []
  lines.push('symbol ' + (tree.symbol ?? ''))
  lines.push('title ' + key(tree.title ?? ''))
  lines.push('number ' + (tree.number ?? ''))
  lines.push('date ' + (tree.date ?? ''))
  lines.push('formula ' + (tree.enactingFormula ?? ''))
  for (const paragraph of paragraphs(tree)) {
    const label = paragraph.label
    const phrase = phraseOf(paragraph)
    const citations = citationsOf(paragraph).map((citation) => citation.symbol ?? key(citation.value))
    const markers: string[] = []
    for (const node of walk(paragraph)) if (node.type === 'footnoteReference') markers.push(node.identifier)
    lines.push(label + ' phrase ' + (phrase ? phrase.value : '-'))
    lines.push(label + ' text ' + key(ownText(paragraph)))
    lines.push(label + ' cites ' + citations.join(' '))
    lines.push(label + ' markers ' + markers.join(' '))
  }
  for (const node of walk(tree)) {
    if (node.type === 'annex') lines.push('annex ' + node.label)
    if (node.type === 'closing') lines.push('closing ' + (node.meeting ?? '') + ' ' + (node.date ?? ''))
    if (node.type === 'footnoteDefinition') lines.push('footnote ' + node.identifier)
  }
  return lines
}

/** What differs between two fact lists: the first differing fact's kind and a short account. */
export function difference(reference: string[], other: string[]): string | undefined {
  const length = Math.max(reference.length, other.length)
  for (let index = 0; index < length; index++) {
    const a = reference[index]
    const b = other[index]
    if (a === b) continue
    const what = (a ?? b)!.split(' ').slice(0, 2).join(' ')
    if (a === undefined || b === undefined) return what + ': ' + short(a) + ' | ' + short(b)
    // Where the two facts part: a few characters either side.
    let at = 0
    while (at < a.length && a[at] === b[at]) at++
    const from = Math.max(0, at - 25)
    return what + ': …' + a.slice(from, at + 25) + '… | …' + b.slice(from, at + 25) + '…'
  }
  return undefined
}

function short(fact: string | undefined): string {
  if (fact === undefined) return '(none)'
  return fact.length > 70 ? fact.slice(0, 70) + '…' : fact
}

const forms = ['plain', 'layout'] as const

describe.skipIf(!hasCorpus || !hasPdftotext)('text forms of ../shared/corpus-pdf give one tree', () => {
  it('plain, -layout and PyMuPDF agree on header, paragraphs, footnotes, annex and closing', () => {
    const names = readdirSync(corpus).filter((name) => name.endsWith('.pdf')).sort()
    expect(names.length).toBeGreaterThanOrEqual(72)
    const report: string[] = []
    const agree = {plain: 0, layout: 0}
    for (const name of names) {
      const document = name.replace(/\.pdf$/, '')
      const reference = facts(parse(readFileSync(join(corpus, 'text', document + '.txt'), 'utf8'), {format: 'text'}).tree)
      for (const form of forms) {
        const text = pdftotext(join(corpus, name), form === 'layout')
        const differs = difference(reference, facts(parse(text, {format: 'text'}).tree))
        if (differs === undefined) agree[form]++
        else report.push(document + '\t' + form + '\t' + differs)
      }
    }
    const actual = report.join('\n') + '\n'
    expect(actual).toBe(expectFile(join(root, 'fixtures/textforms/corpus-pdf/expected.differences.txt'), actual))
    expect(agree.plain + agree.layout).toBe(2 * names.length - report.length)
  }, 120_000)
})

if (!hasCorpus) describe('text forms', () => it.skip('../shared/corpus-pdf is absent: the oracle of the text forms is skipped', () => {}))
else if (!hasPdftotext) describe('text forms', () => it.skip('pdftotext is absent (apt-get install poppler-utils): the oracle of the text forms is skipped', () => {}))

describe('the seed as Markdown and as PDF text', () => {
  it('gives the same tree facts', () => {
    const markdown = facts(parse(readFileSync(join(root, 'fixtures/documents/seed/input.md'), 'utf8'), {format: 'markdown'}).tree)
    const text = facts(parse(readFileSync(join(root, 'fixtures/documents/seed-pdf/input.txt'), 'utf8'), {format: 'text'}).tree)
    // The Markdown seed has no symbol line (its masthead starts at "General Assembly") and no
    // footnote (the PDF text has one, on OP1); all else is the same.
    expect(markdown[0]).toBe('symbol ')
    expect(text[0]).toBe('symbol A/AC.291/L.15')
    expect(text).toContain('OP1 markers 1')
    expect(text).toContain('footnote 1')
    const shared = (facts: string[]) => facts.slice(1).filter((fact) => !/^(?:\S+ markers |footnote )/.test(fact))
    expect(difference(shared(markdown), shared(text))).toBeUndefined()
  })
})
