#!/usr/bin/env node
// `reso diff` of each Markdown in ../shared/corpus/ga-80 against the official
// PDF of the same resolution (../shared/corpus-pdf/ga-80), read directly and
// through pdftotext plain and -layout (cached in node_modules/.cache/reso-textforms):
// how many have no paragraph change, and what changed where they do.
//   npm run build && node scripts/markdown-vs-pdf.js [--verbose]
import {execFileSync} from 'node:child_process'
import {existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {diff, parse, parseInput} from '../dist/index.js'

const verbose = process.argv.includes('--verbose')
const markdown = '../shared/corpus/ga-80'
const pdfs = '../shared/corpus-pdf/ga-80'
const cache = 'node_modules/.cache/reso-textforms'
mkdirSync(cache, {recursive: true})

function pdftotext(pdf, layout) {
  const out = join(cache, pdf.replace(/\.pdf$/, '') + (layout ? '.layout' : '.plain') + '.txt')
  if (!existsSync(out)) writeFileSync(out, execFileSync('pdftotext', [...(layout ? ['-layout'] : []), '-enc', 'UTF-8', join(pdfs, pdf), '-'], {maxBuffer: 1 << 26}))
  return readFileSync(out, 'utf8')
}

const pass = {pdf: 0, plain: 0, layout: 0}
let total = 0
for (const pdf of readdirSync(pdfs).filter((name) => name.endsWith('.pdf')).sort()) {
  const md = join(markdown, pdf.replace(/\.pdf$/, '.md'))
  if (!existsSync(md)) continue
  total++
  const old = parse(readFileSync(md, 'utf8'), {format: 'markdown'}).tree
  const row = [pdf.replace(/\.pdf$/, '')]
  for (const form of ['pdf', 'plain', 'layout']) {
    const tree = form === 'pdf' ? (await parseInput({name: pdf, bytes: readFileSync(join(pdfs, pdf))}, {format: 'pdf'})).tree : parse(pdftotext(pdf, form === 'layout'), {format: 'text'}).tree
    const result = diff(old, tree)
    const changes = result.changes.filter((change) => change.kind !== 'unchanged')
    if (changes.length === 0) pass[form]++
    row.push(form + ' ' + (changes.length === 0 ? 'same' : changes.length + ' changes'))
    if (verbose) {
      for (const change of changes.slice(0, 4)) {
        const words = change.words.filter((word) => word.op !== 'equal').map((word) => (word.op === 'insert' ? '{+' : '[-') + word.text.trim().slice(0, 60) + (word.op === 'insert' ? '+}' : '-]')).slice(0, 3).join(' ')
        console.error('  ' + row[0] + ' ' + form + ' ' + change.kind + ' ' + change.old.join(',') + ' -> ' + change.new.join(',') + ' ' + words)
      }
    }
  }
  console.log(row.join('\t'))
}
console.log()
console.log('Markdown vs PDF with no paragraph change: PDF ' + pass.pdf + '/' + total + ', pdftotext plain ' + pass.plain + '/' + total + ', layout ' + pass.layout + '/' + total)
