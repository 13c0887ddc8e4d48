#!/usr/bin/env node
// Rank the hand-written phrase lexicon (scripts/lexicon-spec.txt) by how often
// real paragraphs open with each form (../shared/lexicon/paragraph-openings.tsv)
// and write src/lexicon/heads.json. Run by hand when the spec changes:
//   node scripts/build-lexicon.js ../shared/lexicon
import {readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'

const lexiconDir = process.argv[2] ?? '../shared/lexicon'
const spec = readFileSync(new URL('lexicon-spec.txt', import.meta.url), 'utf8')
const openings = readFileSync(join(lexiconDir, 'paragraph-openings.tsv'), 'utf8')

/** @type {Map<string, number>} lower-cased opening -> count, per kind */
const counts = new Map()
for (const line of openings.split('\n').slice(1)) {
  const [kind, opening, count] = line.split('\t')
  if (!kind || !opening) continue
  const key = kind + '\t' + opening.toLowerCase()
  counts.set(key, (counts.get(key) ?? 0) + Number(count))
}

const strengths = ['binding', 'urging', 'recommending', 'declaratory', 'acknowledging']
const entries = []
for (const raw of spec.split('\n')) {
  const line = raw.trim()
  if (!line || line.startsWith('#')) continue
  const [lemma, strength, op = '', pp = ''] = line.split('|')
  if (!strengths.includes(strength)) throw new Error('Unknown strength in: ' + line)
  const forms = (list, kind) =>
    list.split(',').map((f) => f.trim()).filter(Boolean).map((form) => ({
      form,
      count: counts.get(kind + '\t' + form.toLowerCase()) ?? 0
    }))
  const operative = forms(op, 'operative')
  const preambular = forms(pp, 'preambular')
  const count = [...operative, ...preambular].reduce((n, f) => n + f.count, 0)
  entries.push({lemma, strength, count, operative, preambular})
}
entries.sort((a, b) => b.count - a.count || a.lemma.localeCompare(b.lemma))
writeFileSync(
  new URL('../src/lexicon/heads.json', import.meta.url),
  JSON.stringify(entries, null, 1) + '\n'
)
console.log(entries.length + ' heads written; top: ' + entries.slice(0, 8).map((e) => e.lemma + ' ' + e.count).join(', '))
