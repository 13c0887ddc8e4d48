// Generated drafts and their revisions for the diff benchmark: a draft of n
// paragraphs (three in ten preambular, some operative ones with lettered
// sub-paragraphs, citations, "[agreed ad referendum]" notes) and a Rev.1
// made from it the way negotiators revise: paragraphs inserted, deleted,
// reworded, moved, softened, notes dropped. Deterministic (seeded), shaped
// like real drafts, never copied from any.
import {writeFileSync} from 'node:fs'
import {random, wrap} from './generate.js'

const preambular = ['Recalling', 'Recalling also', 'Reaffirming', 'Deeply concerned', 'Noting with appreciation', 'Bearing in mind', 'Welcoming', 'Stressing', 'Recognizing further', 'Mindful', 'Convinced', 'Taking note']
const operative = ['Decides', 'Also decides', 'Requests', 'Also requests', 'Urges', 'Calls upon', 'Encourages', 'Invites', 'Welcomes', 'Takes note of', 'Strongly condemns', 'Expresses its appreciation to', 'Emphasizes', 'Reaffirms', 'Stresses']
const softer = {Urges: 'Encourages', 'Calls upon': 'Invites', Decides: 'Recommends', Requests: 'Invites', 'Strongly condemns': 'Condemns', Encourages: 'Invites'}
const subjects = ['the Secretary-General', 'all Member States', 'the relevant organs, organizations and bodies of the United Nations system', 'the international community', 'States parties', 'the Office of the United Nations High Commissioner for Human Rights', 'regional and subregional organizations', 'the Economic and Social Council', 'donor countries and international financial institutions', 'the Special Rapporteur']
// A vocabulary of a few hundred words, as real drafts have: rare words make pairing by content possible.
const vocabulary = (
  'accountability accession adaptation adequate administrative affected agencies agreements agricultural allocation ' +
  'annual appropriate arrangements assessment assistance availability awareness basic benchmarks biodiversity border ' +
  'budgetary capacity capacity-building central certification children civil climate coastal coherence collection ' +
  'commitments communities competent compliance comprehensive concessional conditions conflict consultations ' +
  'continued cooperation coordination corruption countries crisis cross-border cultural data debt decent ' +
  'decision-making deforestation democratic desertification destination detention developing development dialogue ' +
  'digital disability disaggregated disaster discrimination displacement domestic drought early economic education ' +
  'effective elderly elections electricity emergency employment empowerment energy enforcement environmental equitable ' +
  'evaluation evidence-based exchange expertise exploitation extreme facilities families financing fisheries flows ' +
  'food forests framework freedom funding gender generation governance guidelines health humanitarian hunger ' +
  'implementation inclusive indigenous inequality information infrastructure initiatives innovation institutional ' +
  'integrated integrity internally investment judicial justice knowledge labour landlocked legal legislation ' +
  'livelihoods local long-term maritime measures mechanisms migrants mitigation mobilization monitoring multilateral ' +
  'national natural nutrition obligations oceans older operational oversight partnerships peacebuilding persons ' +
  'planning policies pollution poverty predictable prevention private procedures programmes promotion protection ' +
  'public quality recovery reduction refugees regional registration rehabilitation reporting research resilience ' +
  'resources responsibility restoration rights rural safety sanitation scientific security services settlements ' +
  'small-scale social standards statistical strategies strengthening sustainable systems technical technology ' +
  'territorial trafficking training transfer transparency transport treaty unaccompanied universal urban victims ' +
  'violence voluntary vulnerable water welfare women workers youth'
).split(' ')
const glue = 'the of and to in for with on at by including as well as through within between among towards'.split(' ')

function pick(next, list) {
  return list[Math.floor(next() * list.length)]
}

function phrase(next, count) {
  const words = []
  for (let i = 0; i < count; i++) words.push(i % 3 === 2 ? pick(next, glue) : pick(next, vocabulary))
  return words.join(' ')
}

function citation(next) {
  const session = 50 + Math.floor(next() * 30)
  const roll = next()
  if (roll < 0.6) return 'its resolution ' + session + '/' + (1 + Math.floor(next() * 300)) + ' of ' + (1 + Math.floor(next() * 28)) + ' December ' + (1945 + session)
  if (roll < 0.8) return 'Security Council resolution ' + (1000 + Math.floor(next() * 1700)) + ' (' + (2000 + Math.floor(next() * 25)) + ')'
  return 'the report of the Secretary-General (A/' + session + '/' + (100 + Math.floor(next() * 800)) + ')'
}

/** A paragraph's text after its number: phrase, object, body, optional note. */
function paragraph(next, kind) {
  if (kind === 'pp') {
    const body = pick(next, preambular) + ' ' + (next() < 0.5 ? citation(next) + ', ' : '') + phrase(next, 20 + Math.floor(next() * 40)) + ','
    return {head: body, subs: [], note: next() < 0.2}
  }
  const head = pick(next, operative) + ' ' + pick(next, subjects) + ' ' + phrase(next, 15 + Math.floor(next() * 45))
  const subs = []
  if (next() < 0.15) for (let i = 0; i < 2 + Math.floor(next() * 4); i++) subs.push('To ' + phrase(next, 8 + Math.floor(next() * 15)))
  return {head: subs.length ? head + ':' : head, subs, note: next() < 0.2}
}

/** A draft of `count` paragraphs: {pp, op} arrays of paragraphs. */
export function makeDraft(seed, count) {
  const next = random(seed)
  const pp = []
  const op = []
  for (let i = 0; i < Math.round(count * 0.3); i++) pp.push(paragraph(next, 'pp'))
  for (let i = pp.length; i < count; i++) op.push(paragraph(next, 'op'))
  return {pp, op}
}

function reword(next, text) {
  const words = text.split(' ')
  const edits = 1 + Math.floor(next() * 3)
  for (let e = 0; e < edits; e++) {
    const at = 1 + Math.floor(next() * (words.length - 2))
    const roll = next()
    if (roll < 0.4) words[at] = pick(next, vocabulary)
    else if (roll < 0.7) words.splice(at, 0, pick(next, vocabulary), pick(next, glue))
    else words.splice(at, 1)
  }
  return words.join(' ')
}

/**
 * A revision: per paragraph, 3% deleted, 3% followed by a new one, 8%
 * reworded, 3% softened, 1% moved elsewhere in its part, 30% of the notes
 * dropped.
 */
export function revise(draft, seed) {
  const next = random(seed)
  const part = (list, kind) => {
    const out = []
    const moved = []
    for (const item of list) {
      const roll = next()
      if (roll < 0.03) continue
      let copy = {...item, subs: [...item.subs]}
      if (roll < 0.04) {
        moved.push(copy)
        continue
      }
      if (roll < 0.12) copy.head = reword(next, copy.head)
      else if (roll < 0.15) {
        for (const [strong, soft] of Object.entries(softer)) {
          if (copy.head.startsWith(strong + ' ')) {
            copy.head = soft + copy.head.slice(strong.length)
            break
          }
        }
      }
      if (copy.note && next() < 0.3) copy.note = false
      out.push(copy)
      if (next() < 0.03) out.push(paragraph(next, kind))
    }
    for (const item of moved) out.splice(Math.floor(next() * (out.length + 1)), 0, item)
    return out
  }
  return {pp: part(draft.pp, 'pp'), op: part(draft.op, 'op')}
}

/** A draft as Markdown (the way the seed is written), or as PDF text hard-wrapped at 80 columns. */
export function draftText(draft, symbol, format = 'markdown') {
  const lines = ['United Nations', '', symbol, '', 'General Assembly', '', 'Distr.: Limited', '14 October 2025', '', 'Original: English', '', 'Eightieth session', '', 'Agenda item 68', '',
    'Argentina, Chile, Ghana, Norway and Viet Nam: draft resolution', '', '[80/xxx]. Strengthening the coordination of sustainable development cooperation', '', 'The General Assembly,', '']
  const note = (item) => (item.note ? ' [*agreed ad referendum*]' : '')
  for (const item of draft.pp) lines.push(item.head + note(item), '')
  draft.op.forEach((item, index) => {
    const last = index === draft.op.length - 1
    const end = last ? '.' : ';'
    if (item.subs.length === 0) {
      lines.push(index + 1 + '. ' + item.head + end + note(item), '')
      return
    }
    lines.push(index + 1 + '. ' + item.head + note(item), '')
    item.subs.forEach((sub, letter) => lines.push('(' + String.fromCharCode(97 + letter) + ') ' + sub + (letter === item.subs.length - 1 ? end : ';'), ''))
  })
  const text = lines.join('\n')
  return format === 'text' ? wrap(text.replaceAll('[*agreed ad referendum*]', '[agreed ad referendum]'), 80) : text
}

/** Write a draft of `count` paragraphs and its revision (Markdown, or `text`); returns their paths. */
export function writeDrafts(dir, count, seed = 1, format = 'markdown') {
  const draft = makeDraft(seed, count)
  const extension = format === 'text' ? '.txt' : '.md'
  const old = dir + '/draft-' + count + extension
  const next = dir + '/draft-' + count + '-rev1' + extension
  writeFileSync(old, draftText(draft, 'A/C.2/80/L.7', format))
  writeFileSync(next, draftText(revise(draft, seed + 1), 'A/C.2/80/L.7/Rev.1', format))
  return [old, next]
}
