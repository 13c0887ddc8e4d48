#!/usr/bin/env node
// Parse each PDF of a folder (default ../shared/corpus-pdf, with its ga-80/)
// in its three text forms: `pdftotext` plain, `pdftotext -layout` and the
// PyMuPDF text in text/ (when present). Report per form: numbering gaps,
// paragraphs holding page furniture (the document's own symbol, a job
// number, an "n/m" page line), titles found and footnotes; then, per
// document, whether the forms give the same tree facts.
//   npm run build && node scripts/textforms.js [../shared/corpus-pdf] [--verbose]
// pdftotext runs once per file; its output is cached in node_modules/.cache/reso-textforms.
import {execFileSync} from 'node:child_process'
import {existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync} from 'node:fs'
import {basename, join} from 'node:path'
import {parse, walk} from '../dist/index.js'

const args = process.argv.slice(2)
const verbose = args.includes('--verbose')
const root = args.find((arg) => !arg.startsWith('--')) ?? '../shared/corpus-pdf'
const cache = 'node_modules/.cache/reso-textforms'
mkdirSync(cache, {recursive: true})

function pdfs(dir) {
  const result = []
  for (const name of readdirSync(dir).sort()) if (name.endsWith('.pdf')) result.push(join(dir, name))
  if (existsSync(join(dir, 'ga-80'))) result.push(...pdfs(join(dir, 'ga-80')))
  return result
}

function pdftotext(pdf, layout) {
  const out = join(cache, basename(pdf, '.pdf') + (layout ? '.layout' : '.plain') + '.txt')
  if (!existsSync(out)) writeFileSync(out, execFileSync('pdftotext', [...(layout ? ['-layout'] : []), '-enc', 'UTF-8', pdf, '-'], {maxBuffer: 1 << 26}))
  return readFileSync(out, 'utf8')
}

function text(node) {
  let value = ''
  for (const n of walk(node)) if (n.type === 'text' || n.type === 'citation') value += n.value ?? ''
  return value
}

/** Page furniture inside a paragraph: the document's symbol, a job number, a page line. */
function furniture(paragraph, symbol) {
  const value = text(paragraph)
  if (symbol && value.includes(symbol)) return 'symbol'
  if (/\b\d{2}-\d{5}\b/.test(value)) return 'job number'
  if (/(?:^|\s)\d{1,2}\/\d{1,2}(?:\s|$)/.test(value) && !/resolutions? \d{1,2}\/\d{1,2}/.test(value)) return 'page line'
  return undefined
}

const forms = ['plain', 'layout', 'pymupdf']
const totals = Object.fromEntries(forms.map((form) => [form, {documents: 0, gaps: 0, gapDocuments: 0, furniture: 0, titles: 0, footnotes: 0, noPhrase: 0}]))
console.log(['document', 'form', 'PP', 'OP', 'gaps', 'furniture', 'title', 'footnotes', 'no-phrase'].join('\t'))
for (const pdf of pdfs(root)) {
  const name = basename(pdf, '.pdf')
  const texts = {plain: pdftotext(pdf, false), layout: pdftotext(pdf, true)}
  const pymupdf = join(root, 'text', name + '.txt')
  if (!pdf.includes('/ga-80/') && existsSync(pymupdf)) texts.pymupdf = readFileSync(pymupdf, 'utf8')
  for (const form of forms) {
    if (texts[form] === undefined) continue
    const {tree, diagnostics} = parse(texts[form], {format: 'text'})
    let pp = 0, op = 0, dirty = 0, footnotes = 0, noPhrase = 0
    for (const node of walk(tree)) {
      if (node.type === 'preambularParagraph' || node.type === 'operativeParagraph') {
        if (node.type === 'preambularParagraph') pp++
        else op++
        if (!node.children.some((child) => child.type === 'actionPhrase')) noPhrase++
        const found = furniture(node, tree.symbol)
        if (found) {
          dirty++
          if (verbose) console.error('  ' + found + ': ' + name + ' ' + form + ' ' + node.label + ': ' + text(node).slice(0, 160))
        }
      }
      if (node.type === 'footnoteDefinition') footnotes++
    }
    const gaps = diagnostics.filter((d) => d.ruleId === 'operative-numbering')
    if (verbose) for (const gap of gaps) console.error('  gap: ' + name + ' ' + form + ':' + gap.place.start.line + ' ' + gap.reason)
    const total = totals[form]
    total.documents++
    total.gaps += gaps.length
    if (gaps.length > 0) total.gapDocuments++
    total.furniture += dirty
    if (tree.title) total.titles++
    total.footnotes += footnotes
    total.noPhrase += noPhrase
    console.log([name, form, pp, op, gaps.length, dirty, tree.title ? 'yes' : 'no', footnotes, noPhrase].join('\t'))
  }
}
console.log()
for (const form of forms) {
  const t = totals[form]
  console.log(form + ': documents ' + t.documents + ', numbering gaps ' + t.gaps + ' (in ' + t.gapDocuments + ' documents), paragraphs with furniture ' + t.furniture +
    ', titles ' + t.titles + ', footnotes ' + t.footnotes + ', paragraphs without a phrase ' + t.noPhrase)
}
