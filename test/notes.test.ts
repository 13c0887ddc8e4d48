/**
 * `reso notes`: the seed's negotiation state, what the drafts were written
 * to show (their committed text and JSON reports, expected.notes.*, are
 * checked by test/fixtures.test.ts), and the library's reading of agreement.
 */
import {relative} from 'node:path'
import {describe, expect, it} from 'vitest'
import {isAgreement, notesReport} from '../src/query/notes.js'
import {parse} from '../src/parse/index.js'
import {documentInput, documents, run, seedPath} from './helpers.js'

describe('reso notes on the seed', () => {
  it('finds 6 of 16 paragraphs agreed ad referendum and 2 placeholders', async () => {
    const {stdout, code} = await run(['notes', seedPath])
    expect(code).toBe(0)
    expect(stdout).toContain('  6 of 16 agreed ad ref: PP1 PP2 OP1 OP2 OP11 OP12\n')
    expect(stdout).toContain('  2 placeholders: title [xx/xxx], OP12 [date of adoption of the Convention by the General Assembly]\n')
    expect(stdout).toContain('  no unbalanced brackets\n')
  })

  it('gives the same facts as JSON', async () => {
    const {stdout} = await run(['notes', '--json', seedPath])
    const [report] = JSON.parse(stdout) as Array<ReturnType<typeof notesReport> & {file: string}>
    expect(report!.file).toBe(seedPath)
    expect(report!.paragraphs).toBe(16)
    expect(report!.agreed).toEqual(['PP1', 'PP2', 'OP1', 'OP2', 'OP11', 'OP12'])
    expect(report!.placeholders.map((note) => [note.label, note.text, note.line])).toEqual([
      ['title', 'xx/xxx', 22],
      ['OP12', 'date of adoption of the Convention by the General Assembly', 62]
    ])
    expect(report!.notes.filter((note) => note.kind === 'status')).toHaveLength(6)
  })
})

describe('notes fixtures', () => {
  for (const fixture of documents('notes')) {
    it(fixture.name + ': the text report says what the JSON one does', async () => {
      const input = relative(process.cwd(), fixture.input)
      const text = await run(['notes', input])
      expect(text.code).toBe(0)
      const [report] = JSON.parse((await run(['notes', '--json', input])).stdout) as Array<ReturnType<typeof notesReport> & {file: string}>
      expect(report!.file).toBe(input)
      expect(text.stdout.startsWith(input + '\n')).toBe(true)
      expect(text.stdout).toContain(' of ' + report!.paragraphs + ' agreed ad ref')
    })
  }

  it('reads nested brackets, alternatives, sub-paragraph notes and a stray bracket', async () => {
    const {stdout} = await run(['notes', '--json', relative(process.cwd(), documentInput('revised-draft'))])
    const [report] = JSON.parse(stdout) as Array<ReturnType<typeof notesReport>>
    expect(report!.alternatives).toEqual(['PP3 alt', 'OP2 bis'])
    expect(report!.open.map((note) => [note.text, note.nested])).toEqual([
      ['rapid', false],
      ['accelerating', false],
      ['threatens the [very] existence of low-lying small island developing States', false],
      ['very', true]
    ])
    // OP2 ends with its sub-paragraph (b), agreed; (a) is agreed on its own.
    expect(report!.agreed).toEqual(['PP1', 'PP2', 'PP3', 'OP1', 'OP2'])
    expect(report!.notes.find((note) => note.label === 'OP2(a)')?.kind).toBe('status')
    expect(report!.unbalanced).toEqual([{line: 40, column: 101, reason: "Unopened bracket ']': remove it or add the '[' that opens it"}])
  })

  it('reads the notes of the bracketed draft among the parse fixtures', async () => {
    const {stdout} = await run(['notes', documentInput('draft-brackets')])
    expect(stdout).toContain('  6 of 12 agreed ad ref: PP1 PP2 PP5 OP1 OP4 OP6\n')
    expect(stdout).toContain('  5 open bracketed texts: PP3, PP5 (2), OP2, OP3\n')
    expect(stdout).toContain('  1 alternative: OP3 alt\n')
  })
})

describe('reso notes', () => {
  it('reads several files, and stdin', async () => {
    const draft = documentInput('draft-brackets')
    const both = await run(['notes', seedPath, draft])
    expect(both.stdout.match(/ of \d+ agreed ad ref/g)).toHaveLength(2)
    expect(both.stdout.indexOf(seedPath)).toBeLessThan(both.stdout.indexOf(draft))
    const piped = await run(['notes', '-'], {stdin: 'The General Assembly,\n\n1. Decides to convene, on [date], a meeting; [ad ref]\n\n2. Requests a report.\n'})
    expect(piped.stdout).toContain('<stdin>\n')
    expect(piped.stdout).toContain('  1 of 2 agreed ad ref: OP1\n')
    expect(piped.stdout).toContain('  1 placeholder: OP1 [date]\n')
  })

  it('never writes control characters from a note to the terminal', async () => {
    const {stdout} = await run(['notes', '-'], {stdin: 'The General Assembly,\n\n1. Decides [to \u0007act \u202eevil];\n\n2. Requests a report.\n'})
    expect(stdout).not.toMatch(/[\u0007\u202e]/)
    expect(stdout).toContain('[to \\x07act \\u202eevil]')
  })

  it('skips a file it cannot read, exit 2', async () => {
    const {stdout, stderr, code} = await run(['notes', 'no/such.md', seedPath])
    expect(code).toBe(2)
    expect(stderr).toMatch(/no\/such\.md: no such file/)
    expect(stdout).toContain('6 of 16 agreed ad ref')
  })
})

describe('agreement', () => {
  it('reads the usual status notes as agreement, and other status notes not', () => {
    for (const note of ['agreed ad referendum', 'ad ref', 'Agreed ad ref.', 'ad referendum', 'agreed']) expect(isAgreement(note), note).toBe(true)
    for (const note of ['on the report of the Sixth Committee (A/80/502, para. 9)', 'without reference to a Main Committee', 'not agreed']) expect(isAgreement(note), note).toBe(false)
  })

  it('counts a paragraph agreed only where the note is its own or ends it', () => {
    const {tree, diagnostics} = parse('The General Assembly,\n\n1. Requests the Secretary-General:\n\n(a) To report; [ad ref]\n\n(b) To consult;\n\n2. Decides to act. [ad ref]\n', {format: 'text'})
    expect(notesReport({tree, diagnostics}).agreed).toEqual(['OP2'])
  })
})
