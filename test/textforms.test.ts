/**
 * The oracle of the text forms: one document, four forms, one tree. The
 * PDF reader's tree of each PDF of ../shared/corpus-pdf is the reference;
 * the same PDF as `pdftotext` plain, `pdftotext -layout` and the PyMuPDF
 * text in corpus-pdf/text/ must give the same tree facts: header (symbol,
 * title, number, date, formula), the same paragraphs with the same labels,
 * phrases, citations and footnote markers, the same sub-paragraphs,
 * footnotes as footnotes, the annex as annex, the closing as closing.
 * Paragraph text may differ only in white space and hyphens (what the text
 * form could not know). The documents that still differ, and why, are
 * committed in fixtures/textforms/corpus-pdf/expected.differences.txt: one
 * line each, document, form, the first fact that differs, and a reason a
 * person can check.
 *
 * Each document is parsed once per form. What the outside tools make is
 * kept in node_modules/.cache/reso-textforms: pdftotext's text, and the
 * PDF's pages as PDF.js reads them (the costly part; keyed by the PDF and
 * the source of the modules that read pages, so a change there reads them
 * again). The layout of the pages and the parse run every time.
 */
import {createHash} from 'node:crypto'
import {execFileSync, spawnSync} from 'node:child_process'
import {existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {parse, parseSource} from '../src/parse/index.js'
import {readPages, sourceOfPages, type PageLines} from '../src/read/pdf/index.js'
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

/** What makes the pages of a PDF: the modules that read them and PDF.js's version. */
const pageReader = createHash('sha1')
for (const file of ['src/read/pdf/index.ts', 'src/read/pdf/lines.ts', 'src/read/pdf/load.ts', 'node_modules/pdfjs-dist/package.json']) pageReader.update(readFileSync(join(root, file)))
const pageReaderKey = pageReader.digest('hex').slice(0, 12)

/** A PDF's pages as PDF.js reads them, read once for these modules and kept in the cache. */
async function pagesOf(pdf: string): Promise<PageLines[]> {
  const bytes = readFileSync(pdf)
  const key = createHash('sha1').update(bytes).digest('hex').slice(0, 12) + '-' + pageReaderKey
  const out = join(cache, 'pages', pdf.split('/').pop()!.replace(/\.pdf$/, '') + '.' + key + '.json')
  if (existsSync(out)) return JSON.parse(readFileSync(out, 'utf8')) as PageLines[]
  const pages = await readPages(pdf, bytes)
  mkdirSync(join(cache, 'pages'), {recursive: true})
  writeFileSync(out, JSON.stringify(pages))
  return pages
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

const forms = ['plain', 'layout', 'pymupdf'] as const
type Form = (typeof forms)[number]
const expected = join(root, 'fixtures/textforms/corpus-pdf/expected.differences.txt')

/** The reason column of a line no person has explained yet. */
const unexplained = '(why: to be written)'

/** A line of the expected differences without its reason (the fourth column, written by a person). */
function withoutReason(line: string): string {
  return line.split('\t').slice(0, 3).join('\t')
}

describe.skipIf(!hasCorpus || !hasPdftotext)('text forms of ../shared/corpus-pdf give the PDF\'s tree', () => {
  it('plain, -layout and PyMuPDF text agree with the PDF on header, paragraphs, footnotes, annex and closing', async () => {
    const names = readdirSync(corpus).filter((name) => name.endsWith('.pdf')).sort()
    expect(names.length).toBeGreaterThanOrEqual(72)
    const report: string[] = []
    const agree: Record<Form, number> = {plain: 0, layout: 0, pymupdf: 0}
    for (const name of names) {
      const document = name.replace(/\.pdf$/, '')
      const pdf = join(corpus, name)
      const reference = facts(parseSource(sourceOfPages(name, await pagesOf(pdf))).tree)
      const texts: Record<Form, string> = {plain: pdftotext(pdf, false), layout: pdftotext(pdf, true), pymupdf: readFileSync(join(corpus, 'text', document + '.txt'), 'utf8')}
      for (const form of forms) {
        const differs = difference(reference, facts(parse(texts[form], {format: 'text'}).tree))
        if (differs === undefined) agree[form]++
        else report.push(document + '\t' + form + '\t' + differs)
      }
    }
    // The committed file gives a reason for each line; the facts before it must be what differs now.
    const lines = expectFile(expected, report.map((line) => line + '\t' + unexplained).join('\n') + '\n').split('\n').filter((line) => line !== '')
    // A line the test wrote itself (the file was missing) still wants its reason from a person.
    for (const line of lines) expect(line.split('\t')[3] ?? unexplained, 'a reason for ' + withoutReason(line)).not.toBe(unexplained)
    expect(report.join('\n') + '\n').toBe(lines.map(withoutReason).join('\n') + '\n')
    expect(agree.plain + agree.layout + agree.pymupdf).toBe(3 * names.length - report.length)
  }, 180_000)
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

/** A draft as pdftotext gives it: a masthead, the body lines, then the page's foot. */
function draft(body: string, foot = ''): string {
  return [
    'A/C.2/80/L.99', '', 'United Nations', '', 'General Assembly', '', 'Distr.: Limited', '1 October 2025', 'Original: English', '',
    'Eightieth session', 'Second Committee', 'Agenda item 16', 'Macroeconomic policy questions',
    'Peru:* draft resolution', '', 'International financial system and development', 'The General Assembly,',
    body, foot, '', '25-16551 (E)', '', '*2516551*', ''
  ].join('\n')
}

function markersOf(text: string): Record<string, string[]> {
  const result: Record<string, string[]> = {}
  const {tree} = parse(text, {format: 'text'})
  for (const paragraph of paragraphs(tree)) {
    const markers: string[] = []
    for (const node of walk(paragraph)) if (node.type === 'footnoteReference') markers.push(node.identifier)
    result[paragraph.label] = markers
  }
  return result
}

describe('the PDF text reader on made-up pages', () => {
  it('reads a number apart from its word as a marker only when it is the next one', () => {
    const text = draft(
      'Welcoming the convening of the Fourth International Conference, 1 to close with urgency the estimated\nannual 4 trillion dollar financing gap, 2 and to catalyse investments,\n1. Decides to continue its consideration of the question.',
      '_______________\n1\nResolution 69/313, annex.\n2\nSee A/79/1.\n3\nSee A/79/2.\n4\nSee A/79/3.'
    )
    expect(markersOf(text)).toEqual({PP1: ['1', '2'], OP1: []})
  })

  it('reads a marker glued to the next little word, and Agenda 21 with its marker', () => {
    const text = draft(
      'Recalling the report entitled \u201cPromoting social inclusion\u201d, 1and its findings, and Agenda 21 2 and the Plan of Implementation,\n1. Decides to continue its consideration of the question.',
      '_______________\n1\nA/80/155.\n2\nA/CONF.151/26.'
    )
    const {tree} = parse(text, {format: 'text'})
    expect(markersOf(text).PP1).toEqual(['1', '2'])
    expect(ownText(paragraphs(tree)[0]!)).toContain('Agenda 21 and the Plan')
  })

  it('takes the sponsors\u2019 star note without a separator for a footnote, not the end of the paragraph above', () => {
    const text = draft(
      'Recalling its resolution 79/196 of 19 December 2024, which sets forth a renewed global framework\n* On behalf of the States that are members of the Group of 77 and China.\n',
    )
    const {tree} = parse(text, {format: 'text'})
    expect(ownText(paragraphs(tree)[0]!)).not.toContain('Group of 77')
    expect([...walk(tree)].filter((node) => node.type === 'footnoteDefinition').map((node) => node.type === 'footnoteDefinition' && node.identifier)).toEqual(['*'])
  })

  it('puts back a paragraph\u2019s last line that plain pdftotext gives between its number and its opening', () => {
    const text = draft('Recalling its resolution 79/196,\n1. Notes the report;\n2.\nranges;\n\nReiterates that language posts are not subject to the system of desirable\n\n3. Requests the Secretary-General to report thereon.')
    const {tree} = parse(text, {format: 'text'})
    expect(paragraphs(tree).map((paragraph) => paragraph.label + ' ' + phraseOf(paragraph)?.value)).toEqual(['PP1 Recalling', 'OP1 Notes', 'OP2 Reiterates', 'OP3 Requests'])
    expect(ownText(paragraphs(tree)[2]!)).toMatch(/desirable ranges;$/)
  })

  it('puts back the words of a justified line that plain pdftotext scattered after the next line', () => {
    const text = draft('Recalling its resolution 79/196,\n1.\nTakes note of the report\nrecommendations contained therein;\n\nof\n\nthe\n\nSecretary-General and\n\nthe\n\n2.\nRequests the Secretary-General to report thereon.')
    const {tree} = parse(text, {format: 'text'})
    expect(ownText(paragraphs(tree)[1]!)).toBe('Takes note of the report of the Secretary-General and the recommendations contained therein;')
  })

  it('puts back the last word of a page\u2019s first line that plain pdftotext gave after the running header', () => {
    const text = draft('Recalling its resolution 79/196 of 19 December 2024 on international\ncooperation,\n\n2/4\n\n25-16551\n\nInternational financial system and development\n\nUrging the international community to enhance the role of solutions, in\ntele-epidemiology, in monitoring and response activities,\n\nA/C.2/80/L.99\n\nparticular\n\nRecalling the fact that the Conference recognized the important role of space,\n1. Decides to continue its consideration of the question.')
    const {tree} = parse(text, {format: 'text'})
    expect(ownText(paragraphs(tree)[1]!)).toBe('Urging the international community to enhance the role of solutions, in particular tele-epidemiology, in monitoring and response activities,')
  })

  it('reads a paragraph number whose full stop the source dropped, alone on its line or before its verb', () => {
    for (const gap of ['24\n', '24 ']) {
      const text = draft('Recalling its resolution 79/196,\n23. Notes the report;\n' + gap + 'Condemns without reservation any denial of the Holocaust;\n25. Requests the Secretary-General to report thereon.')
      const labels = paragraphs(parse(text, {format: 'text'}).tree).map((paragraph) => paragraph.label)
      expect(labels).toEqual(['PP1', 'OP23', 'OP24', 'OP25'])
    }
  })

  it('reads a table\u2019s lettered notes at the foot of its page as footnotes, not its cells', () => {
    const notes = (foot: string): string[] => {
      const {tree} = parse(draft('Recalling its resolution 79/196,\n1. Decides to continue its consideration of the question.\nAppropriation for 2024 a 63 930 800\nDiscount\n', foot), {format: 'text'})
      return [...walk(tree)].flatMap((node) => (node.type === 'footnoteDefinition' ? [node.identifier] : []))
    }
    expect(notes('a See A/78/534.\nb\nSee A/78/634.')).toEqual(['a', 'b'])
    expect(notes('a\nDiscount\n(percentage)')).toEqual([])
  })

  it('keeps a table a paragraph announces as one block: its row labels are not parts', () => {
    const text = draft('Recalling its resolution 79/196,\n1. Decides that the rates should be as set forth in the table below:\nLevel\nCriterion\nA\nPermanent members of the Security Council\nB\nAll other Member States\nAbbreviations: GS (OL), General Service (Other level).\n2. Encourages Member States to move up voluntarily in their level of contribution;')
    const labels = paragraphs(parse(text, {format: 'text'}).tree).map((paragraph) => paragraph.label)
    expect(labels).toEqual(['PP1', 'OP1', 'OP2'])
  })
})
