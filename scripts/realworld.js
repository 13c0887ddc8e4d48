#!/usr/bin/env node
// Parse every file of a folder of real resolutions and report, per document,
// the preambular and operative counts, numbering problems (operative-numbering),
// phrases the lexicon did not know, citations left without a symbol, symbols
// that cannot exist (a number no organ gave: "A/RES/5/5"), whether a
// title was found, the footnotes, and paragraphs that hold page furniture (the
// document's symbol, a job number, a barcode, an "n/m" page line), which the
// readers should have set aside; then the totals.
//   npm run realworld -- ../shared/corpus
//   npm run realworld -- ../shared/corpus-pdf --ext=pdf   (only the PDFs, not text/)
import {readdirSync, readFileSync, statSync} from 'node:fs'
import {join} from 'node:path'
import {impossibleSymbol, parse, parseInput, walk} from '../dist/index.js'

const root = process.argv[2] ?? '../shared/corpus'
const verbose = process.argv.includes('--verbose')
const only = process.argv.find((arg) => arg.startsWith('--ext='))?.slice(6)

function files(dir) {
  const result = []
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) result.push(...files(path))
    else if (/\.(?:txt|md|pdf)$/.test(name) && !/^[A-Z]+\.md$/.test(name) && (!only || name.endsWith('.' + only))) result.push(path)
  }
  return result
}

const totals = {documents: 0, failed: 0, preambular: 0, operative: 0, gaps: 0, unknownOperative: 0, unknownPreambular: 0, noPhrase: 0, unresolved: 0, citations: 0, untitled: 0, footnotes: 0, markers: 0, furniture: 0, impossible: 0}
const unknown = new Map()
/** Page furniture in a paragraph's text: a job number, a barcode, an "n/m" page line, the document's own symbol standing alone. */
function furnitureIn(node, symbol) {
  const values = []
  for (const child of walk(node)) if (child.type === 'text') values.push(child.value)
  const text = values.join('')
  if (/\b\d{2}-\d{5}\b|\*\d{7}\*/.test(text)) return true
  if (/(?:^|\s)\d{1,2}\/\d{1,2}(?:\s|$)/.test(text) && !/(?:resolutions?|decisions?|and|,) \d{1,2}\/\d{1,2}/.test(text)) return true
  return symbol !== undefined && values.some((value) => value.trim() === symbol)
}

console.log(['document', 'PP', 'OP', 'gaps', 'unknown', 'no-phrase', 'citations', 'no-symbol', 'impossible', 'title', 'footnotes', 'furniture'].join('\t'))
for (const file of files(root)) {
  let parsed
  try {
    parsed = file.endsWith('.pdf')
      ? await parseInput({name: file, bytes: readFileSync(file)})
      : parse(readFileSync(file, 'utf8'), {format: file.endsWith('.md') ? 'markdown' : 'auto'})
  } catch (error) {
    totals.failed++
    console.log(file.slice(root.length + 1) + '\tFAILED: ' + error.message)
    continue
  }
  const {tree, diagnostics} = parsed
  let pp = 0, op = 0, unknownCount = 0, noPhrase = 0, citations = 0, unresolved = 0, footnotes = 0, furniture = 0, impossible = 0
  for (const node of walk(tree)) {
    if (node.type === 'footnoteDefinition') footnotes++
    if (node.type === 'footnoteReference') totals.markers++
    if ((node.type === 'preambularParagraph' || node.type === 'operativeParagraph' || node.type === 'subParagraph') && furnitureIn(node, tree.symbol)) {
      furniture++
      if (verbose) console.error('  furniture: ' + file + ' ' + node.label)
    }
    if (node.type === 'preambularParagraph' || node.type === 'operativeParagraph') {
      if (node.type === 'preambularParagraph') pp++
      else op++
      const phrase = [...walk(node)].find((n) => n.type === 'actionPhrase')
      if (!phrase) {
        noPhrase++
        if (verbose) console.error('  no phrase: ' + file + ' ' + node.label)
      } else if (!phrase.known) {
        unknownCount++
        if (node.type === 'operativeParagraph') totals.unknownOperative++
        else totals.unknownPreambular++
        unknown.set(phrase.value, (unknown.get(phrase.value) ?? 0) + 1)
      }
    }
    if (node.type === 'citation') {
      citations++
      if ((node.kind === 'resolution' || node.kind === 'decision') && !node.symbol) {
        unresolved++
        if (verbose) console.error('  no symbol: ' + file + ' "' + node.value + '"')
      }
      const why = node.symbol ? impossibleSymbol(node.symbol) : undefined
      if (why) {
        impossible++
        console.error('  impossible symbol: ' + file + ' "' + node.value + '" -> ' + node.symbol + ' (' + why + ')')
      }
    }
  }
  const gaps = diagnostics.filter((d) => d.ruleId === 'operative-numbering')
  if (verbose) for (const gap of gaps) console.error('  gap: ' + file + ':' + gap.place.start.line + ' ' + gap.reason)
  totals.documents++
  totals.preambular += pp
  totals.operative += op
  totals.gaps += gaps.length
  totals.noPhrase += noPhrase
  totals.citations += citations
  totals.unresolved += unresolved
  totals.footnotes += footnotes
  totals.impossible += impossible
  totals.furniture += furniture
  if (!tree.title) totals.untitled++
  console.log([file.slice(root.length + 1), pp, op, gaps.length, unknownCount, noPhrase, citations, unresolved, impossible, tree.title ? 'yes' : 'NO', footnotes, furniture].join('\t'))
}
console.log()
console.log('documents ' + totals.documents + ', failed ' + totals.failed + ', without a title ' + totals.untitled + ', footnotes ' + totals.footnotes +
  ' (markers ' + totals.markers + '), paragraphs with page furniture ' + totals.furniture)
console.log('documents ' + totals.documents + ', preambular ' + totals.preambular + ', operative ' + totals.operative +
  ', numbering gaps ' + totals.gaps + ', unknown operative phrases ' + totals.unknownOperative +
  ', unknown preambular phrases ' + totals.unknownPreambular + ', paragraphs without a phrase ' + totals.noPhrase +
  ', citations ' + totals.citations + ', resolution/decision citations without a symbol ' + totals.unresolved +
  ', impossible symbols ' + totals.impossible)
if (unknown.size > 0) console.log('phrases the lexicon did not know: ' + [...unknown].sort((a, b) => b[1] - a[1]).map(([p, n]) => p + ' (' + n + ')').join(', '))
