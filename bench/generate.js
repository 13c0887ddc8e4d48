// Generated resolutions for benchmarks: deterministic (seeded), shaped like
// real texts (header, formula, preambular and numbered operative paragraphs,
// sub-paragraphs, citations, bracketed notes), never copied from any.
import {mkdirSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'

/** A small deterministic PRNG (mulberry32). */
export function random(seed) {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const preambular = ['Recalling', 'Recalling also', 'Reaffirming', 'Deeply concerned', 'Noting with appreciation', 'Bearing in mind', 'Welcoming', 'Stressing', 'Recognizing further', 'Mindful']
const operative = ['Decides', 'Also decides', 'Requests', 'Also requests', 'Urges', 'Calls upon', 'Encourages', 'Invites', 'Welcomes', 'Takes note of', 'Strongly condemns', 'Expresses its appreciation to']
const objects = ['the Secretary-General to submit a report on the implementation of the present resolution', 'all Member States to cooperate fully with the special mechanisms', 'the relevant organs, organizations and bodies of the United Nations system to strengthen coordination', 'the international community to provide adequate, predictable and sustainable funding', 'States to consider ratifying or acceding to the relevant international instruments as a matter of priority']
const words = 'the of and to in for international cooperation development States Member implementation report programme support national regional capacity assistance including relevant efforts measures particular'.split(' ')

function pick(next, list) {
  return list[Math.floor(next() * list.length)]
}

function filler(next, count) {
  const out = []
  for (let i = 0; i < count; i++) out.push(pick(next, words))
  return out.join(' ')
}

function citation(next) {
  const session = 50 + Math.floor(next() * 30)
  const number = 1 + Math.floor(next() * 300)
  const roll = next()
  if (roll < 0.5) return 'its resolution ' + session + '/' + number + ' of ' + (1 + Math.floor(next() * 28)) + ' December ' + (1945 + session)
  if (roll < 0.7) return 'Security Council resolution ' + (1000 + Math.floor(next() * 1700)) + ' (' + (2000 + Math.floor(next() * 25)) + ')'
  if (roll < 0.85) return 'resolutions ' + session + '/' + number + ' and ' + (session + 1) + '/' + (number + 3)
  return 'paragraph ' + (1 + Math.floor(next() * 5)) + ' above'
}

/** One resolution as Markdown (the seed's shape) or PDF-like text. */
export function resolutionText(seed, {pp = 12, op = 20, format = 'markdown'} = {}) {
  const next = random(seed)
  const session = 70 + Math.floor(next() * 10)
  const number = session + '/' + (100 + Math.floor(next() * 200))
  const lines = ['United Nations', '', 'General Assembly', '', 'Distr.: General', '3 December 20' + (session - 55), '', 'Agenda item ' + (10 + Math.floor(next() * 100)), '',
    number + '. ' + filler(next, 6).replace(/^./, (c) => c.toUpperCase()), '', 'The General Assembly,', '']
  for (let i = 0; i < pp; i++) {
    lines.push(pick(next, preambular) + ' ' + citation(next) + ', ' + filler(next, 25 + Math.floor(next() * 40)) + ',' + (next() < 0.2 ? ' [agreed ad referendum]' : ''), '')
  }
  for (let i = 1; i <= op; i++) {
    const phrase = pick(next, operative)
    const head = format === 'markdown' ? '*' + phrase + '*' : phrase
    const end = i === op ? '.' : ';'
    if (next() < 0.15) {
      lines.push(i + '. ' + head + ' ' + pick(next, objects) + ':', '')
      for (const letter of ['a', 'b', 'c']) lines.push('(' + letter + ') To ' + filler(next, 15) + ';', '')
      lines.push('(d) To ' + filler(next, 12) + end, '')
    } else {
      lines.push(i + '. ' + head + ' ' + pick(next, objects) + ', in accordance with ' + citation(next) + ', ' + filler(next, 20 + Math.floor(next() * 50)) + end, '')
    }
  }
  let text = lines.join('\n')
  if (format === 'text') text = wrap(text, 80)
  return text
}

/** Hard-wrap paragraphs as PDF extraction does. */
export function wrap(text, width) {
  return text.split('\n').map((line) => {
    if (line.length <= width) return line
    const out = []
    let current = ''
    for (const word of line.split(' ')) {
      if (current && current.length + word.length + 1 > width) {
        out.push(current)
        current = word
      } else current = current ? current + ' ' + word : word
    }
    if (current) out.push(current)
    return out.join('\n')
  }).join('\n')
}

/** Write `count` generated resolutions into `dir`; returns their paths. */
export function writeCorpus(dir, count, options = {}) {
  mkdirSync(dir, {recursive: true})
  const files = []
  for (let i = 0; i < count; i++) {
    const format = i % 3 === 0 ? 'text' : 'markdown'
    const path = join(dir, 'res-' + String(i).padStart(5, '0') + (format === 'text' ? '.txt' : '.md'))
    writeFileSync(path, resolutionText(i + 1, {format, ...options}))
    files.push(path)
  }
  return files
}

/** About `bytes` of generated resolutions in one string. */
export function generatedBytes(bytes, format = 'markdown') {
  const parts = []
  let size = 0
  for (let i = 1; size < bytes; i++) {
    const text = resolutionText(i, {format})
    parts.push(text)
    size += text.length + 2
  }
  return parts.join('\n\n')
}
