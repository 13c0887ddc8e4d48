/**
 * Chains (`reso diff V1 V2 V3 ...`), footnotes, annexes and the exit rule.
 * Chain fixtures: fixtures/chains/<name>/v1.md, v2.md, ... with the
 * expected overview (80 columns, no colour), the full text output and the
 * JSON, read line by line.
 */
import {mkdtempSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {chain, diff} from '../src/diff/index.js'
import {parse} from '../src/index.js'
import {overview} from '../src/render/diff/overview.js'
import {makeChalk} from '../src/cli/engine/color.js'
import {expectFile, fixtures, run} from './helpers.js'

const chainsDir = join(fixtures, 'chains')
const read = (path: string) => parse(readFileSync(path, 'utf8'), {format: path.endsWith('.md') ? 'markdown' : 'text'}).tree
const versionsOf = (name: string): string[] =>
  readdirSync(join(chainsDir, name)).filter((file) => /^v\d+\.(md|txt)$/.test(file)).sort((a, b) => parseInt(a.slice(1)) - parseInt(b.slice(1))).map((file) => join('fixtures/chains', name, file))

describe('chain fixtures', () => {
  for (const name of readdirSync(chainsDir)) {
    const files = versionsOf(name)
    it(name + ': the overview, line by line', () => {
      const result = chain(files.map((file) => read(file)))
      const actual = overview(result, files, makeChalk(0), 80).join('\n') + '\n'
      const expected = expectFile(join(chainsDir, name, 'expected.overview.txt'), actual)
      expect(actual.split('\n')).toEqual(expected.split('\n'))
      for (const line of actual.split('\n')) expect(line.length).toBeLessThanOrEqual(80)
    })
    it(name + ': the command, text and JSON', async () => {
      const text = await run(['diff', '--width', '80', ...files])
      expect(text.code).toBe(0)
      expect(text.stdout.split('\n')).toEqual(expectFile(join(chainsDir, name, 'expected.diff.txt'), text.stdout).split('\n'))
      const json = await run(['diff', '--json', ...files])
      expect(json.stdout.split('\n')).toEqual(expectFile(join(chainsDir, name, 'expected.diff.json'), json.stdout).split('\n'))
    })
  }
})

describe('the seed chain: seed -> Rev.1 -> adopted', () => {
  const files = versionsOf('seed')
  const result = chain(files.map((file) => read(file)))
  const row = (label: string) => result.paragraphs.find((paragraph) => paragraph.labels[2] === label)!

  it('has one diff per step and a row per paragraph of the last version', () => {
    expect(result.steps).toHaveLength(2)
    expect(result.paragraphs.filter((paragraph) => paragraph.labels[2] !== null)).toHaveLength(19)
  })
  it('follows a paragraph through insertions before it: draft PP3 is PP4 of Rev.1 and of the adopted text', () => {
    expect(row('PP4').labels).toEqual(['PP3', 'PP4', 'PP4'])
    expect(row('PP4').marks).toEqual(['#', '='])
    expect(row('PP6').labels).toEqual(['PP4', 'PP5', 'PP6'])
    expect(row('PP6').marks).toEqual(['#', '~'])
  })
  it('marks additions at the step they happen', () => {
    expect(row('PP3')).toMatchObject({labels: [null, 'PP3', 'PP3'], marks: ['+', '=']})
    expect(row('PP5')).toMatchObject({labels: [null, null, 'PP5'], marks: [null, '+']})
  })
  it('gives a split its pieces, each marked /', () => {
    expect(row('OP8')).toMatchObject({labels: ['OP8', 'OP8', 'OP8'], marks: ['/', '=']})
    expect(row('OP9')).toMatchObject({labels: [null, 'OP9', 'OP9'], marks: ['/', '=']})
  })
  it('keeps the phrase in every version and where its strength moved', () => {
    expect(row('OP3')).toMatchObject({phrases: ['Urges', 'Encourages', 'Encourages'], strength: ['weaker', null]})
    expect(row('OP7')).toMatchObject({phrases: ['Urges', 'Invites', 'Invites'], strength: ['weaker', null]})
  })
  it('exits 1 with --exit-code when any step changed the text', async () => {
    expect((await run(['diff', '--exit-code', '--stat', ...files])).code).toBe(1)
  })
})

describe('a paragraph dropped along the way', () => {
  it('keeps its row where it last stood, with - at its step and nothing after', () => {
    const v1 = 'The General Assembly,\n\nRecalling its resolution 74/247,\n\n1. *Decides* one thing entirely;\n\n2. *Requests* another report on everything;\n\n3. *Decides* to remain seized of the matter.\n'
    const v2 = v1.replace('2. *Requests* another report on everything;\n\n3.', '2.')
    const result = chain([v1, v2, v2].map((text) => parse(text, {format: 'markdown'}).tree))
    expect(result.paragraphs.map((paragraph) => paragraph.labels)).toEqual([
      ['PP1', 'PP1', 'PP1'], ['OP1', 'OP1', 'OP1'], ['OP2', null, null], ['OP3', 'OP2', 'OP2']
    ])
    expect(result.paragraphs[2]!.marks).toEqual(['-', null])
    const lines = overview(result, ['a', 'b', 'c'], makeChalk(0), 80)
    expect(lines).toContain('OP2  -')
  })
})

const head = (title: string) => 'General Assembly\n\nDistr.: Limited\n1 October 2025\n\n[xx/xxx]. ' + title + '\n\nThe General Assembly,\n\n'
const body = 'Recalling the report of the Secretary-General,[^1]\n\nNoting the study,[^2]\n\n1. *Decides* to remain seized of the matter.\n\n[^1]: A/79/123.\n\n[^2]: See the study.\n'

describe('footnotes', () => {
  const before = parse(head('Test resolution') + body, {format: 'markdown'}).tree
  it('a footnote that now cites another report is a change, told at its paragraph', async () => {
    const after = parse(head('Test resolution') + body.replace('A/79/123', 'A/80/456'), {format: 'markdown'}).tree
    const result = diff(before, after)
    expect(result.footnotes).toEqual([{kind: 'changed', label: 'PP1', oldId: '1', newId: '1', old: 'A/79/123.', new: 'A/80/456.', citationsRemoved: ['A/79/123'], citationsAdded: ['A/80/456']}])
    expect(result.differs).toBe(true)
  })
  it('a footnote renumbered by one inserted before it is not a change; the new one is', () => {
    const inserted = 'Recalling its resolution 74/247,[^1]\n\nRecalling the report of the Secretary-General,[^2]\n\nNoting the study,[^3]\n\n1. *Decides* to remain seized of the matter.\n\n[^1]: General Assembly resolution 74/247.\n\n[^2]: A/79/123.\n\n[^3]: See the study.\n'
    const after = parse(head('Test resolution') + inserted, {format: 'markdown'}).tree
    const result = diff(before, after)
    expect(result.footnotes?.map((change) => [change.kind, change.label, change.newId])).toEqual([['added', 'PP1', '1']])
  })
  it('a footnote inserted among others of one paragraph is one addition, not a cascade of changes', () => {
    const three = 'Recalling its resolutions 61/295,[^1] 69/2[^2] and 41/128,[^3]\n\n1. *Decides* to remain seized of the matter.\n\n[^1]: Resolution 61/295, annex.\n\n[^2]: Resolution 69/2.\n\n[^3]: Resolution 41/128, annex.\n'
    const four = 'Recalling the Durban Declaration,[^1] its resolutions 61/295,[^2] 69/2[^3] and 41/128,[^4]\n\n1. *Decides* to remain seized of the matter.\n\n[^1]: See A/CONF.189/12, chap. I.\n\n[^2]: Resolution 61/295, annex.\n\n[^3]: Resolution 69/2.\n\n[^4]: Resolution 41/128, annex.\n'
    const result = diff(parse(head('Test resolution') + three, {format: 'markdown'}).tree, parse(head('Test resolution') + four, {format: 'markdown'}).tree)
    expect(result.footnotes?.map((change) => [change.kind, change.label, change.newId])).toEqual([['added', 'PP1', '1']])
  })
  it('a removed footnote is a change', () => {
    const after = parse(head('Test resolution') + body.replace(',[^2]', ',').replace('\n[^2]: See the study.\n', ''), {format: 'markdown'}).tree
    expect(diff(before, after).footnotes?.map((change) => [change.kind, change.label, change.oldId])).toEqual([['removed', 'PP2', '2']])
  })
})

describe('the exit rule: the text changed', () => {
  const draft = head('Test resolution') + body
  it('adoption alone (symbol, date, distribution, number) does not count, and is still shown', () => {
    const adopted = draft.replace('Distr.: Limited\n1 October 2025', 'Distr.: General\n9 December 2025')
    const result = diff(parse(draft, {format: 'markdown'}).tree, parse(adopted, {format: 'markdown'}).tree)
    expect(result.header.map((change) => change.field)).toEqual(['date', 'distribution'])
    expect(result.differs).toBe(false)
  })
  it('a new title counts', () => {
    const retitled = draft.replace('Test resolution', 'Another resolution')
    expect(diff(parse(draft, {format: 'markdown'}).tree, parse(retitled, {format: 'markdown'}).tree).differs).toBe(true)
  })
  it('a fact one version gives and the other does not is shown in every view, and counts only if it is the title', async () => {
    const sponsored = draft.replace('[xx/xxx].', 'Chile and Ghana: draft resolution\n\n[xx/xxx].')
    const adopted = draft.replace('General Assembly\n\n', 'General Assembly\n\nA/RES/80/5\n\n').replace('[xx/xxx]', '80/5')
    const result = diff(parse(sponsored, {format: 'markdown'}).tree, parse(adopted, {format: 'markdown'}).tree)
    expect(result.header).toEqual([
      {field: 'symbol', new: 'A/RES/80/5'},
      {field: 'number', old: '[xx/xxx]', new: '80/5', filled: true},
      {field: 'sponsors', old: 'Chile, Ghana'}
    ])
    expect(result.differs).toBe(false)
    // Swapped, the same facts change sides.
    expect(diff(parse(adopted, {format: 'markdown'}).tree, parse(sponsored, {format: 'markdown'}).tree).header.filter((change) => change.field !== 'number'))
      .toEqual([{field: 'symbol', old: 'A/RES/80/5'}, {field: 'sponsors', new: 'Chile, Ghana'}])

    const dir = mkdtempSync(join(tmpdir(), 'reso-header-'))
    const [a, b] = [join(dir, 'draft.md'), join(dir, 'adopted.md')]
    writeFileSync(a, sponsored)
    writeFileSync(b, adopted)
    const inline = await run(['diff', '--exit-code', a, b])
    expect(inline.code).toBe(0)
    expect(inline.stdout.split('\n').slice(2, 6)).toEqual([
      'symbol       + A/RES/80/5',
      'number       [xx/xxx] -> 80/5 (placeholder filled)',
      'sponsors     - Chile, Ghana',
      'no change of substance (header facts only)'
    ])
    expect((await run(['diff', '--side-by-side', '--width', '100', a, b])).stdout).toContain('\nsymbol       + A/RES/80/5\n')
    const markdown = (await run(['diff', '--markdown', a, b])).stdout
    expect(markdown).toContain('\n- symbol: **A/RES/80/5**\n')
    expect(markdown).toContain('\n- sponsors: ~~Chile, Ghana~~\n')
    expect(markdown).toContain('\n*No change of substance (header facts only).*\n')
    expect((await run(['diff', '--stat', a, b])).stdout).toContain('\nheader      number changed; symbol added; sponsors removed\n')
    expect(JSON.parse((await run(['diff', '--json', a, b])).stdout).header[0]).toEqual({field: 'symbol', new: 'A/RES/80/5'})

    // A title on one side only is a change of the text.
    const untitled = draft.replace('[xx/xxx]. Test resolution\n\n', '')
    const titled = diff(parse(untitled, {format: 'markdown'}).tree, parse(draft, {format: 'markdown'}).tree)
    expect(titled.header).toEqual([{field: 'number', new: '[xx/xxx]'}, {field: 'title', new: 'Test resolution'}])
    expect(titled.differs).toBe(true)
  })
  it('is written in the help', async () => {
    const {stdout} = await run(['diff', '--help'])
    expect(stdout).toMatch(/Header facts that change\s+by the nature of adoption/)
  })
})

describe('an annex is one unit', () => {
  const adopted = readFileSync(join(fixtures, 'documents/annex/input.md'), 'utf8')
  const withoutAnnex = adopted.slice(0, adopted.indexOf('\nAnnex\n')) + '\n'
  it('added whole: one entry with its title and size, not a paragraph per block', () => {
    const result = diff(parse(withoutAnnex, {format: 'markdown'}).tree, parse(adopted, {format: 'markdown'}).tree)
    expect(result.changes.every((change) => change.kind === 'unchanged')).toBe(true)
    expect(result.annexes).toEqual([{kind: 'added', label: 'Annex', title: 'Declaration on the Protection of Submarine Communications Cables', new: {articles: 2, paragraphs: 14}, articles: [], changed: 14, changes: []}])
    expect(result.differs).toBe(true)
  })
  it('changed: the articles that changed, its paragraphs paired inside', async () => {
    const edited = adopted.replace('wilful or culpably negligent', 'wilful')
    const result = diff(parse(adopted, {format: 'markdown'}).tree, parse(edited, {format: 'markdown'}).tree)
    expect(result.annexes).toHaveLength(1)
    expect(result.annexes![0]).toMatchObject({kind: 'changed', articles: ['article 2'], changed: 1})
    expect(result.annexes![0]!.changes.filter((change) => change.kind === 'changed').map((change) => change.new)).toEqual([['Annex art. 2 \u00b62']])
  })
})

describe('a sub-paragraph moved into another paragraph', () => {
  it('is a move, not a removal plus an addition', () => {
    const before = 'The General Assembly,\n\nRecalling its resolution 74/247,\n\n1. *Requests* the Secretary-General:\n\n(a) To submit a report on the financing of the programme to the Assembly;\n\n(b) To convene an expert meeting on the protection of submarine cables in 2026;\n\n2. *Invites* Member States:\n\n(a) To contribute to the trust fund for the participation of developing countries;\n\n3. *Decides* to remain seized of the matter.\n'
    const after = before.replace('\n\n(b) To convene an expert meeting on the protection of submarine cables in 2026;', '').replace('developing countries;\n', 'developing countries;\n\n(b) To convene an expert meeting on the protection of submarine cables in 2026;\n')
    const result = diff(parse(before, {format: 'markdown'}).tree, parse(after, {format: 'markdown'}).tree)
    const subs = result.changes.flatMap((change) => change.subs)
    expect(subs.map((sub) => [sub.kind, sub.old, sub.new])).toEqual([
      ['unchanged', ['OP1(a)'], ['OP1(a)']], ['unchanged', ['OP2(a)'], ['OP2(a)']], ['moved', ['OP1(b)'], ['OP2(b)']]
    ])
    expect(result.differs).toBe(true)
  })
})

describe('the overview honours the width', () => {
  it('ten versions in 40 columns: marks only in the middle columns, the legend and phrase trails wrapped', () => {
    const files = versionsOf('seed')
    const trees = files.map((file) => read(file))
    const ten = [0, 1, 2, 0, 1, 2, 0, 1, 2, 0].map((index) => trees[index]!)
    const result = chain(ten)
    const lines = overview(result, ten.map((_, index) => 'v' + (index + 1) + '.md'), makeChalk(0), 40)
    for (const line of lines) expect(line.length, line).toBeLessThanOrEqual(40)
    expect(lines).toContain('OP5  = = = = = = = =  = OP5')
    expect(lines).toContain('    Urges -> v2 Encourages (weaker)')
  })
})

describe('the closing', () => {
  it('is shown in the header block and does not count', async () => {
    const adopted = readFileSync(join(chainsDir, 'seed/v3.md'), 'utf8')
    const later = adopted.replace('55th plenary meeting', '57th plenary meeting')
    const result = diff(parse(adopted, {format: 'markdown'}).tree, parse(later, {format: 'markdown'}).tree)
    expect(result.closing).toEqual({old: '55th plenary meeting, 24 December 2024', new: '57th plenary meeting, 24 December 2024'})
    expect(result.differs).toBe(false)
  })
  it('is shown when only one version closes (the adopted text), and still does not count', () => {
    const adopted = readFileSync(join(chainsDir, 'seed/v3.md'), 'utf8')
    const unclosed = adopted.replace('55th plenary meeting\n24 December 2024', '')
    const result = diff(parse(unclosed, {format: 'markdown'}).tree, parse(adopted, {format: 'markdown'}).tree)
    expect(result.closing).toEqual({new: '55th plenary meeting, 24 December 2024'})
    expect(result.differs).toBe(false)
    expect(diff(parse(adopted, {format: 'markdown'}).tree, parse(unclosed, {format: 'markdown'}).tree).closing).toEqual({old: '55th plenary meeting, 24 December 2024'})
  })
})
