/**
 * `reso lint`: every rule fires on a text made to break it and stays quiet
 * on one that keeps it (fixtures/lint/<rule>/fires and /passes, each with
 * its committed report expected.lint.txt); the seed; the document
 * fixtures/documents/mixed-faults (several rules at once); rule choice; exit
 * codes; JSON.
 */
import {existsSync, readdirSync, readFileSync} from 'node:fs'
import {join, relative} from 'node:path'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {lint, rules} from '../src/lint/index.js'
import {parse} from '../src/parse/index.js'
import type {Diagnostic} from '../src/tree.js'
import {documentInput, documents, expectFile, root, run, seedPath} from './helpers.js'

const lintDir = join(root, 'fixtures/lint')

/** The input of a fixture folder, as a path relative to the repository (as the reports show it). */
function inputOf(dir: string): string {
  const name = readdirSync(dir).find((file) => file.startsWith('input.'))
  if (!name) throw new Error('no input in ' + dir)
  return relative(process.cwd(), join(dir, name))
}

async function messages(path: string, extra: string[] = []): Promise<Diagnostic[]> {
  const {stdout} = await run(['lint', '--json', ...extra, path])
  return (JSON.parse(stdout) as Array<{messages: Diagnostic[]}>).flatMap((file) => file.messages)
}

describe('each rule fires on a text that breaks it, and only there', () => {
  for (const rule of rules) {
    const fires = join(lintDir, rule.id, 'fires')
    const passes = join(lintDir, rule.id, 'passes')

    it(rule.id + ' fires', async () => {
      expect(existsSync(fires), 'fixtures/lint/' + rule.id + '/fires').toBe(true)
      const input = inputOf(fires)
      const found = await messages(input)
      expect(found.length).toBeGreaterThan(0)
      expect(new Set(found.map((message) => message.ruleId))).toEqual(new Set([rule.id]))
      expect(found.every((message) => message.severity === rule.severity)).toBe(true)
      const {stdout, code} = await run(['lint', input])
      expect(stdout).toBe(expectFile(join(fires, 'expected.lint.txt'), stdout))
      expect(code).toBe(rule.severity === 'error' ? 1 : 0)
    })

    it(rule.id + ' stays quiet', async () => {
      expect(existsSync(passes), 'fixtures/lint/' + rule.id + '/passes').toBe(true)
      const input = inputOf(passes)
      expect(await messages(input)).toEqual([])
      const {stdout, code} = await run(['lint', input])
      expect(stdout).toBe(expectFile(join(passes, 'expected.lint.txt'), stdout))
      expect(stdout).toBe(input + ': no issues found\n')
      expect(code).toBe(0)
    })
  }
})

describe('reso lint', () => {
  it('reports the page-break continuation in OP6 of the seed, and no punctuation error', async () => {
    const found = await messages(seedPath)
    expect(found.map((message) => message.ruleId)).toEqual(['page-break-continuation'])
    expect(found[0]!.place.start.line).toBe(50)
    expect(found[0]!.reason).toMatch(/^Operative paragraph 6 continues here after a page break/)
    const {stdout, code} = await run(['lint', seedPath])
    expect(stdout).toContain(seedPath + ':50:1  info  Operative paragraph 6 continues here after a page break: joined to it  page-break-continuation')
    expect(stdout).toMatch(/\n1 info\n$/)
    expect(code).toBe(0)
  })

  it('finds nothing but page-break joins in the documents with parse expectations', async () => {
    for (const fixture of documents('parse')) {
      const found = await messages(fixture.input)
      expect(found.filter((message) => message.ruleId !== 'page-break-continuation'), fixture.name).toEqual([])
    }
  })

  const mixed = relative(process.cwd(), documentInput('mixed-faults'))

  it('reports several rules with file:line:column, severity, reason and rule id, and exits 1 on an error', async () => {
    const {stdout, code} = await run(['lint', mixed])
    expect(stdout).toBe(readFileSync(join(root, 'fixtures/documents/mixed-faults/expected.lint.txt'), 'utf8'))
    expect(stdout).toContain(mixed + ':28:4   error    OP4 follows OP2: number 3 is missing; renumber')
    expect(stdout.trimEnd().split('\n').at(-1)).toBe('\u2716 3 errors, \u26a0 1 warning')
    expect(code).toBe(1)
  })

  it('runs only the rules given with --rule, and skips those given with --no-rule', async () => {
    const only = await messages(mixed, ['--rule', 'preambular-comma', '--rule', 'dangling-reference'])
    expect(only.map((message) => message.ruleId)).toEqual(['preambular-comma', 'dangling-reference'])
    const skipped = await messages(mixed, ['--no-rule', 'unbalanced-bracket', '--no-rule', 'operative-numbering'])
    expect(skipped.map((message) => message.ruleId)).toEqual(['preambular-comma', 'dangling-reference'])
    const both = await messages(mixed, ['--rule', 'preambular-comma', '--rule', 'dangling-reference', '--no-rule', 'dangling-reference'])
    expect(both.map((message) => message.ruleId)).toEqual(['preambular-comma'])
  })

  it('exits 0 when only warnings remain', async () => {
    const {code} = await run(['lint', '--rule', 'preambular-comma', mixed])
    expect(code).toBe(0)
  })

  it('rejects an unknown rule id, naming the rules, exit 2', async () => {
    const {stdout, stderr, code} = await run(['lint', '--no-rule', 'trailing-comma', mixed])
    expect(code).toBe(2)
    expect(stdout).toBe('')
    expect(stderr).toMatch(/no rule "trailing-comma"; the rules are preambular-comma, operative-semicolon/)
  })

  it('lists the rules', async () => {
    const {stdout, code} = await run(['lint', '--list-rules'])
    expect(code).toBe(0)
    for (const rule of rules) expect(stdout).toMatch(new RegExp('^' + rule.id + ' +' + rule.severity + ' ', 'm'))
  })

  it('asks for a file when given none, exit 2', async () => {
    const {stderr, code} = await run(['lint'])
    expect(code).toBe(2)
    expect(stderr).toMatch(/no file given/)
  })

  it('prints {file, messages} per file as JSON, vfile-message shaped', async () => {
    const {stdout, code} = await run(['lint', '--json', mixed, seedPath])
    expect(code).toBe(1)
    const files = JSON.parse(stdout) as Array<{file: string; messages: Diagnostic[]}>
    expect(files.map((file) => file.file)).toEqual([mixed, seedPath])
    const first = files[0]!.messages[0]!
    expect(Object.keys(first).sort()).toEqual(['place', 'reason', 'ruleId', 'severity', 'source'])
    expect(first).toMatchObject({ruleId: 'preambular-comma', source: 'reso', severity: 'warning', place: {start: {line: 20, column: 79}}})
  })

  it('reads stdin, and skips an unreadable file with exit 2', async () => {
    const text = readFileSync(join(lintDir, 'final-full-stop/fires/input.txt'), 'utf8')
    const piped = await run(['lint', '-'], {stdin: text})
    expect(piped.stdout).toMatch(/^<stdin>:31:9 {2}warning {2}OP3 ends with a semicolon/)
    const missing = await run(['lint', 'no/such/file.txt', mixed])
    expect(missing.code).toBe(2)
    expect(missing.stderr).toMatch(/no such file/)
    expect(missing.stdout).toContain('OP4 follows OP2')
  })
})

describe('rule details', () => {
  const lintText = (text: string) => lint(parse(text, {format: 'text'}))

  it('reads a bare session/number citation in a Security Council text as ambiguous', () => {
    const found = lintText('The Security Council,\n\nRecalling General Assembly resolution 46/182 and resolution 60/1 on the World Summit Outcome,\n\nDecides to remain seized of the matter.\n')
    expect(found.map((message) => [message.ruleId, message.reason.slice(0, 40)])).toEqual([['ambiguous-citation', '"resolution 60/1" names no organ, and Se']])
  })

  it('passes over a footnote number left after the punctuation, and a colon that leads in', () => {
    const found = lintText('The General Assembly,\n\nHaving examined the application of Palau, 17\n\nNoting the report, in particular:\n\n1. Decides to admit Palau;\n\n2. Requests the Secretary-General to inform the Government of Palau.\n')
    expect(found).toEqual([])
  })

  it('ends each lettered part with a full stop of its own', () => {
    const text = 'The General Assembly,\n\nI\n\nRecalling its resolution 78/1,\n\n1. Decides to act;\n\n2. Requests a report;\n\nII\n\nRecalling its resolution 78/2,\n\n1. Decides to act;\n\n2. Requests a report.\n'
    const found = lintText(text)
    expect(found.map((message) => message.reason)).toEqual(['I.OP2 ends with a semicolon: the last operative paragraph ends with a full stop; change it to "."'])
  })

  it('never throws, and places every message inside the input', () => {
    fc.assert(
      fc.property(fc.string({maxLength: 400}), (noise) => {
        const text = 'The General Assembly,\n\n' + noise + '\n\n1. Decides [x;\n\n3. Urges (b) y,\n'
        for (const message of lint(parse(text))) {
          expect(message.place.start.offset ?? 0).toBeLessThanOrEqual(text.length)
          expect(message.place.start.line).toBeGreaterThan(0)
        }
      }),
      {numRuns: 200}
    )
  })
})
