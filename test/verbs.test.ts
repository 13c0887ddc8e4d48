/**
 * `reso verbs`: rows and tallies from real fixtures (Markdown, PDF text,
 * capitals, lost italics, multi-word and unknown heads, Chapter VII), the
 * rows of every document with verbs expectations against the library and
 * their places in the input (the expected outputs themselves, per document
 * and over the corpus fixtures/corpora/mixed-sources, are checked by
 * test/fixtures.test.ts), and a corpus with files that cannot be read.
 */
import {mkdirSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join, relative} from 'node:path'
import {Chalk} from 'chalk'
import {describe, expect, it} from 'vitest'
import {lexicon, parse, strengths} from '../src/index.js'
import {countVerbs, createTally, phraseKey, verbRows, type VerbRow} from '../src/query/verbs.js'
import {bar, verbCountTable} from '../src/render/verbs.js'
import {documentInput, documents, root, run, seed} from './helpers.js'

/** Paths as a user in the repository would type them, so expected outputs do not depend on the machine. */
const rel = (path: string): string => relative(process.cwd(), path)

/** The documents with expected verbs outputs. */
const cases = documents('verbs')
const inputOf = documentInput

function rowsOf(name: string, select: 'operative' | 'preambular' | 'all' = 'operative'): VerbRow[] {
  const input = inputOf(name)
  const {tree} = parse(readFileSync(input, 'utf8'), {format: input.endsWith('.md') ? 'markdown' : 'auto'})
  return verbRows(tree, {file: rel(input), select})
}

const pick = (rows: VerbRow[], ...fields: Array<keyof VerbRow>) => rows.map((row) => fields.map((field) => row[field]))

describe('verb rows', () => {
  it('lists the 12 operative phrases of the seed in order, and its 4 preambular ones', () => {
    expect(rowsOf('seed').map((row) => row.phrase)).toEqual([
      'Takes note', 'Adopts', 'Urges', 'Decides', 'Also decides', 'Further decides',
      'Urges', 'Requests', 'Requests', 'Also requests', 'Further requests', 'Decides'
    ])
    expect(rowsOf('seed').map((row) => row.label)).toEqual(Array.from({length: 12}, (_, index) => 'OP' + (index + 1)))
    expect(rowsOf('seed', 'preambular').map((row) => row.phrase)).toEqual(['Recalling', 'Recalling also', 'Strongly convinced', 'Strongly convinced also'])
    expect(rowsOf('seed', 'all').map((row) => row.kind)).toEqual([...Array(4).fill('preambular'), ...Array(12).fill('operative')])
  })

  it('gives head, modifiers, strength and the place of the phrase', () => {
    const rows = rowsOf('seed')
    expect(rows[4]).toMatchObject({label: 'OP5', phrase: 'Also decides', head: 'decide', modifiers: ['also'], strength: 'binding', known: true, chapterVII: false, line: 46, column: 5})
    expect(rows[4]!.object).toBe('that the Ad Hoc Committee shall continue its\u2026')
    expect(rows[0]).toMatchObject({head: 'take note', strength: 'acknowledging'})
    expect(rows[2]).toMatchObject({head: 'urge', strength: 'urging'})
    expect(seed.split('\n')[rows[4]!.line! - 1]!.slice(rows[4]!.column! - 1)).toMatch(/^Also decides/)
  })

  it('reads the seed as PDF text the same way', () => {
    const fields: Array<keyof VerbRow> = ['label', 'kind', 'phrase', 'head', 'modifiers', 'strength']
    expect(pick(rowsOf('seed-pdf', 'all'), ...fields)).toEqual(pick(rowsOf('seed', 'all'), ...fields))
    const pdf = readFileSync(inputOf('seed-pdf'), 'utf8').split('\n')
    for (const row of rowsOf('seed-pdf', 'all')) expect(pdf[row.line! - 1]!.slice(row.column! - 1).startsWith(row.phrase!)).toBe(true)
  })

  it('reads phrases in capitals from old PDF text, and keeps them as written', () => {
    expect(pick(rowsOf('capitals-1974', 'all'), 'label', 'phrase', 'head', 'modifiers', 'strength')).toEqual([
      ['PP1', 'RECALLING', 'recall', [], 'declaratory'],
      ['PP2', 'BEARING IN MIND', 'bear in mind', [], 'declaratory'],
      ['PP3', 'NOTING WITH CONCERN', 'note', ['with concern'], 'acknowledging'],
      ['PP4', 'CONVINCED', 'convinced', [], 'declaratory'],
      ['OP1', 'TAKES NOTE', 'take note', [], 'acknowledging'],
      ['OP2', 'RECONFIRMS', 'reconfirm', [], 'unknown'],
      ['OP3', 'EXPRESSES ITS APPRECIATION', 'express appreciation', [], 'acknowledging'],
      ['OP4', 'CALLS UPON', 'call upon', [], 'urging'],
      ['OP5', null, null, [], null],
      ['OP5(a)', 'INVITES', 'invite', [], 'recommending'],
      ['OP5(b)', 'URGES', 'urge', [], 'urging'],
      ['OP6', 'REQUESTS', 'request', [], 'urging']
    ])
  })

  it('reads phrases with and without italics alike', () => {
    const rows = rowsOf('hrc-mixed-italics', 'all')
    const row = (label: string) => rows.find((candidate) => candidate.label === label)
    expect(row('PP3')).toMatchObject({phrase: 'Bearing in mind', head: 'bear in mind', strength: 'declaratory'}) // no italics
    expect(row('OP3')).toMatchObject({phrase: 'Takes note with appreciation', head: 'take note', modifiers: ['with appreciation']}) // no italics
    expect(row('OP4')).toMatchObject({phrase: 'Expresses its appreciation', head: 'express appreciation', strength: 'acknowledging'})
    expect(row('PP5')).toMatchObject({phrase: 'Expressing its deep concern', head: 'express concern', modifiers: ['deep']})
    expect(row('OP7')).toMatchObject({phrase: 'Once again urges', head: 'urge', modifiers: ['once again'], strength: 'urging'})
  })

  it('says "unknown" for a head the lexicon lacks, never a guess', () => {
    const unknown = [...rowsOf('hrc-mixed-italics', 'all'), ...rowsOf('capitals-1974')].filter((row) => row.strength === 'unknown')
    expect(pick(unknown, 'label', 'phrase', 'head', 'known')).toEqual([
      ['PP4', 'Echoing', 'echo', false],
      ['OP5', 'Entrusts', 'entrust', false],
      ['OP2', 'RECONFIRMS', 'reconfirm', false]
    ])
    const knownRows = rowsOf('hrc-mixed-italics', 'all').filter((row) => row.strength !== 'unknown')
    expect(knownRows.every((row) => row.known)).toBe(true)
  })

  it('lists a sub-paragraph only when it opens with a phrase of its own', () => {
    expect(rowsOf('capitals-1974').map((row) => row.label)).toEqual(['OP1', 'OP2', 'OP3', 'OP4', 'OP5', 'OP5(a)', 'OP5(b)', 'OP6'])
    expect(rowsOf('hrc-mixed-italics').map((row) => row.label)).toEqual(['OP1', 'OP2', 'OP3', 'OP4', 'OP5', 'OP6', 'OP7', 'OP8'])
  })

  it('marks the decisions of a Security Council text acting under Chapter VII', () => {
    const rows = rowsOf('security-council', 'all')
    expect(rows.find((row) => row.label === 'PP8')).toMatchObject({phrase: 'Acting under Chapter VII', head: 'act under Chapter VII', strength: 'binding', chapterVII: false})
    expect(pick(rows.filter((row) => row.chapterVII), 'label', 'head', 'strength')).toEqual([
      ['OP3', 'decide', 'binding'],
      ['OP8', 'decide', 'binding']
    ])
    expect(rows.find((row) => row.label === 'OP2')).toMatchObject({head: 'demand', strength: 'binding', chapterVII: false})
    expect(rows.every((row) => row.symbol === 'S/RES/2799 (2025)')).toBe(true)
    // A General Assembly "decides" is not under Chapter VII.
    expect(rowsOf('seed').filter((row) => row.head === 'decide').every((row) => !row.chapterVII)).toBe(true)
  })
})

describe('counting', () => {
  it('counts heads most frequent first, ties to the stronger head, with the files they occur in', () => {
    const rows = [...rowsOf('seed'), ...rowsOf('security-council')]
    const counts = countVerbs(rows)
    expect(counts.slice(0, 4).map((entry) => [entry.value, entry.count, entry.files])).toEqual([
      ['decide', 6, 2],
      ['request', 5, 2],
      ['urge', 3, 2],
      ['adopt', 1, 1]
    ])
    expect(counts.reduce((sum, entry) => sum + entry.count, 0)).toBe(rows.length)
  })

  it('counts phrases in sentence case, so capitals and lower case are one line', () => {
    expect(phraseKey('TAKES  NOTE')).toBe('Takes note')
    expect(phraseKey('ACTING UNDER CHAPTER VII', 'act under Chapter VII')).toBe('Acting under Chapter VII')
    expect(phraseKey('Acting under Chapter VII', 'act under Chapter VII')).toBe('Acting under Chapter VII')
    const tally = createTally('phrase')
    tally.add(rowsOf('capitals-1974'))
    tally.add(rowsOf('seed'))
    const takesNote = tally.result().find((entry) => entry.value === 'Takes note')
    expect(takesNote).toMatchObject({head: 'take note', strength: 'acknowledging', count: 2, files: 2})
  })

  it('counts paragraphs without a phrase on a last line', () => {
    const counts = countVerbs(rowsOf('capitals-1974'))
    expect(counts.at(-1)).toEqual({value: null, head: null, strength: null, count: 1, files: 1})
    expect(counts.at(-2)!.count).toBe(1)
  })

  it('draws bars in proportion, in eighths, never empty for a count', () => {
    expect(bar(10, 10, 4)).toBe('\u2588\u2588\u2588\u2588')
    expect(bar(5, 10, 4)).toBe('\u2588\u2588')
    expect(bar(1, 10, 4)).toBe('\u258d') // 3.2 eighths -> 3 eighths
    expect(bar(1, 1000, 4)).toBe('\u258f')
    expect(bar(0, 10, 4)).toBe('')
    const lines = verbCountTable(countVerbs(rowsOf('seed')), new Chalk({level: 0}), {by: 'head', width: 100})
    const bars = lines.slice(1).map((line) => /[\u2588-\u258f]+$/.exec(line)![0].length)
    expect(bars).toEqual([40, 40, 20, 10, 10])
  })
})

describe('reso verbs output', () => {
  it('has the documents written for it', () => {
    expect(cases.map((fixture) => fixture.name)).toEqual(expect.arrayContaining(['capitals-1974', 'hrc-mixed-italics', 'security-council', 'seed', 'seed-pdf']))
  })

  describe.each(cases)('fixture $name', ({input}) => {
    it('as JSON (--all), the same rows the library gives', async () => {
      const {stdout, stderr, code} = await run(['verbs', '--all', '--json', rel(input)])
      expect([code, stderr]).toEqual([0, ''])
      const {tree} = parse(readFileSync(input, 'utf8'), {format: input.endsWith('.md') ? 'markdown' : 'auto'})
      expect(JSON.parse(stdout)).toEqual(verbRows(tree, {file: rel(input), select: 'all'}))
    })

    it('points each phrase at its line and column in the input', () => {
      const lines = readFileSync(input, 'utf8').split('\n')
      const rows = verbRows(parse(lines.join('\n'), {format: input.endsWith('.md') ? 'markdown' : 'auto'}).tree, {select: 'all'})
      for (const row of rows) {
        const at = lines[row.line! - 1]!.slice(row.column! - 1)
        expect(at.startsWith(row.phrase ?? ''), row.label + ' at ' + row.line + ':' + row.column + ': ' + at).toBe(true)
      }
    })
  })

  it('groups rows under each file with its symbol', async () => {
    const {stdout} = await run(['verbs', rel(inputOf('seed')), rel(inputOf('security-council'))])
    const lines = stdout.split('\n')
    expect(lines[0]).toBe(rel(inputOf('seed')))
    expect(lines).toContain(rel(inputOf('security-council')) + '  S/RES/2799 (2025)')
    expect(lines.filter((line) => / Decides .*binding \(Chapter VII\)/.test(line))).toHaveLength(2)
    const single = await run(['verbs', rel(inputOf('seed'))])
    expect(single.stdout.split('\n')[0]).toMatch(/^LINE {2}LABEL {2}PHRASE/)
  })

  it('writes CSV a spreadsheet reads back: one header, CRLF, quoted fields', async () => {
    const {stdout} = await run(['verbs', '--csv', '--all', rel(inputOf('hrc-mixed-italics'))])
    const lines = stdout.split('\r\n')
    expect(lines[0]).toBe('file,symbol,label,kind,phrase,head,modifiers,strength,chapter_vii,known,line,column,object')
    expect(lines).toHaveLength(1 + 13 + 1)
    expect(lines.at(-1)).toBe('')
    expect(lines).toContain('fixtures/documents/hrc-mixed-italics/input.md,A/HRC/RES/58/14,OP5,operative,Entrusts,entrust,,unknown,false,false,47,5,the Special Rapporteur with preparing a compilation of\u2026')
    expect(lines.find((line) => line.includes(',OP6,'))).toMatch(/,"States to involve residents of informal settlements, in\u2026"$/)
    expect(lines.find((line) => line.includes(',PP5,'))).toContain(',Expressing its deep concern,express concern,deep,declaratory,')
  })

  it('reads stdin as -', async () => {
    const {stdout, code} = await run(['verbs', '--json', '-'], {stdin: seed})
    expect(code).toBe(0)
    const rows = JSON.parse(stdout) as VerbRow[]
    expect(rows).toHaveLength(12)
    expect(rows[0]!.file).toBe('<stdin>')
  })

  it('colours only when asked, and never passes control characters from the input', async () => {
    const hostile = seed.replace('*Adopts* the United Nations', '*Adopts* the \u001b[31mUnited\u202e Nations')
    const plain = await run(['verbs', '-'], {stdin: hostile})
    expect(plain.stdout).not.toContain('\u001b')
    expect(plain.stdout).toContain('the \\x1b[31mUnited\\u202e Nation')
    const coloured = await run(['verbs', '--color', 'always', '-'], {stdin: hostile, env: {}})
    expect(coloured.stdout).toContain('\u001b[')
    expect(coloured.stdout).not.toContain('\u001b[31mUnited')
    expect(coloured.stdout).not.toContain('\u202e')
    const json = await run(['verbs', '--json', '-'], {stdin: hostile})
    expect(json.stdout).not.toContain('\u202e')
    expect(json.stdout).not.toContain('\u001b')
    expect((JSON.parse(json.stdout) as VerbRow[])[1]!.object).toBe('the \u001b[31mUnited\u202e Nations Convention against Cybercrime: Strengthening International\u2026')
  })

  it('refuses --json with --csv, and --by alone implies --count', async () => {
    const both = await run(['verbs', '--json', '--csv', rel(inputOf('seed'))])
    expect(both.code).toBe(2)
    expect(both.stderr).toMatch(/--csv.*cannot be used with.*--json/)
    const by = await run(['verbs', '--by', 'phrase', rel(inputOf('seed'))])
    expect(by.stdout.split('\n')[0]).toMatch(/^COUNT {2}PHRASE {2}/)
    const bad = await run(['verbs', '--by', 'verb', rel(inputOf('seed'))])
    expect(bad.code).toBe(2)
  })

  it('documents help with examples', async () => {
    const {stdout, code} = await run(['verbs', '--help'])
    expect(code).toBe(0)
    expect(stdout).toContain('Examples:')
    expect(stdout).toContain('reso verbs --count corpus/*.txt')
  })
})

describe('a corpus with files that cannot be read', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'reso-verbs-'))
  const good = [inputOf('seed'), inputOf('security-council'), inputOf('capitals-1974')]
  const missing = join(scratch, 'A_RES_80_999.md')
  const directory = join(scratch, 'annexes')
  mkdirSync(directory)
  const binary = join(scratch, 'scan.pdf')
  writeFileSync(binary, Buffer.from('%PDF-1.7\n\u0000\u0001\u0002', 'latin1'))
  const files = [good[0]!, missing, good[1]!, directory, binary, good[2]!]

  it('keeps --json valid, with the good files rows in order, and exits 2', async () => {
    const {stdout, stderr, code} = await run(['verbs', '--json', ...files])
    expect(code).toBe(2)
    const rows = JSON.parse(stdout) as VerbRow[]
    expect([...new Set(rows.map((row) => row.file))]).toEqual(good)
    expect(rows).toHaveLength(12 + 8 + 8)
    const messages = stderr.trim().split('\n')
    expect(messages).toHaveLength(3)
    expect(messages[0]).toBe('reso: ' + missing + ': no such file; check the path (skipped)')
    expect(messages[1]).toMatch(/annexes: is a directory; give the files in it .*\(skipped\)$/)
    expect(messages[2]).toMatch(/scan\.pdf: not a readable PDF .*truncated or damaged.*\(skipped\)$/)
  })

  it('still prints the table, CSV and count of the others', async () => {
    const text = await run(['verbs', ...files])
    expect(text.code).toBe(2)
    const headings = text.stdout.split('\n').filter((line) => good.some((path) => line.startsWith(path)))
    expect(headings.map((line) => line.split('  ')[0])).toEqual(good)
    expect(headings[1]).toBe(good[1] + '  S/RES/2799 (2025)')
    const csv = await run(['verbs', '--csv', ...files])
    expect(csv.code).toBe(2)
    expect(csv.stdout.trim().split('\r\n')).toHaveLength(1 + 28)
    const count = await run(['verbs', '--count', '--json', ...files])
    expect(count.code).toBe(2)
    expect(JSON.parse(count.stdout).reduce((sum: number, entry: {count: number}) => sum + entry.count, 0)).toBe(28)
  })

  it('prints an empty JSON array when no file can be read', async () => {
    const {stdout, code} = await run(['verbs', '--json', missing])
    expect(code).toBe(2)
    expect(JSON.parse(stdout)).toEqual([])
  })
})

describe('docs/verbs.md', () => {
  it('lists every head of the lexicon under its tier', () => {
    const doc = readFileSync(join(root, 'docs/verbs.md'), 'utf8')
    const start = '<!-- strength-scale:start -->\n'
    const block = doc.slice(doc.indexOf(start) + start.length, doc.indexOf('<!-- strength-scale:end -->'))
    const expected = strengths
      .map((strength) => {
        const heads = lexicon.filter((entry) => entry.strength === strength).map((entry) => entry.lemma).sort((a, b) => a.localeCompare(b, 'en'))
        return '- **' + strength + '** (' + heads.length + '): ' + heads.join(', ') + '\n'
      })
      .join('')
    expect(block).toBe(expected)
  })
})
