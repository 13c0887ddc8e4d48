/**
 * `reso diff` on the fixture pairs (fixtures/pairs/<name>: two documents, old
 * then new; their committed change lists, expected.diff.json, are checked by
 * test/fixtures.test.ts), what each pair was written to show, the views as
 * CLI transcripts (fixtures/transcripts/diff), and the command's handling of
 * stdin, bad input and options.
 */
import {readFileSync, writeFileSync, mkdtempSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join, relative} from 'node:path'
import {PassThrough} from 'node:stream'
import {describe, expect, it} from 'vitest'
import {parse} from '../src/index.js'
import {diff, type Change, type DiffResult, type Annotation} from '../src/diff/index.js'
import {diffTokens} from '../src/diff/words.js'
import {passagesOf} from '../src/diff/passages.js'
import {makeContext} from '../src/cli/engine/context.js'
import {run as runDiff} from '../src/cli/commands/diff-run.js'
import {documentInput, expectFile, fixtures, groups, root, run} from './helpers.js'

const pairs = groups('pairs').map(({name, inputs}) => ({name, old: inputs[0]!, new: inputs[1]!}))

function read(path: string) {
  return parse(readFileSync(path, 'utf8'), {format: path.endsWith('.md') ? 'markdown' : 'auto'}).tree
}

function diffPair(name: string): DiffResult {
  const pair = pairs.find((candidate) => candidate.name === name)!
  return diff(read(pair.old), read(pair.new))
}

/** Every change, sub-paragraphs included, depth first. */
function all(changes: Change[]): Change[] {
  return changes.flatMap((change) => [change, ...all(change.subs)])
}

function find(result: DiffResult, label: string): Change {
  const change = all(result.changes).find((candidate) => candidate.new.includes(label) || (candidate.new.length === 0 && candidate.old.includes(label)))
  if (!change) throw new Error('no change for ' + label)
  return change
}

const summary = (change: Change): string => change.kind + ' ' + change.old.join('+') + ' -> ' + change.new.join('+')
const notes = (result: DiffResult, type: Annotation['type']): Annotation[] => all(result.changes).flatMap((change) => change.notes.filter((note) => note.type === type))

describe.each(pairs)('fixture pair $name', ({old, new: next}) => {
  it('gives the same change list from the library and from --json', async () => {
    const actual = JSON.stringify(diff(read(old), read(next)), null, 2) + '\n'
    const {stdout, code} = await run(['diff', '--json', old, next])
    expect(code).toBe(0)
    expect(stdout).toBe(actual)
  })

  it('round-trips through JSON and swaps cleanly', () => {
    const forward = diff(read(old), read(next))
    expect(JSON.parse(JSON.stringify(forward))).toEqual(forward)
    const backward = diff(read(next), read(old))
    const labels = (result: DiffResult, kind: Change['kind'], side: 'old' | 'new') =>
      all(result.changes).filter((change) => change.kind === kind).flatMap((change) => change[side]).sort()
    expect(labels(backward, 'removed', 'old')).toEqual(labels(forward, 'added', 'new'))
    expect(labels(backward, 'added', 'new')).toEqual(labels(forward, 'removed', 'old'))
  })
})

describe('what each fixture pair shows', () => {
  it('seed -> Rev.1: an inserted PP, a move that renumbers, a softened verb, a filled placeholder, ad ref notes gone', () => {
    const result = diffPair('seed-rev1')
    expect(result.header).toEqual([{field: 'date', old: '7 August 2024', new: '9 August 2024'}])
    expect(result.changes.map(summary)).toEqual([
      'changed PP1 -> PP1', 'changed PP2 -> PP2', 'added  -> PP3', 'renumbered PP3 -> PP4', 'renumbered PP4 -> PP5',
      'changed OP1 -> OP1', 'changed OP2 -> OP2', 'changed OP3 -> OP3', 'moved OP7 -> OP4',
      'renumbered OP4 -> OP5', 'renumbered OP5 -> OP6', 'renumbered OP6 -> OP7',
      'changed OP8 -> OP8', 'unchanged OP9 -> OP9', 'changed OP10 -> OP10', 'unchanged OP11 -> OP11', 'changed OP12 -> OP12'
    ])
    expect(find(result, 'OP3').notes).toEqual([{type: 'phrase', old: 'Urges', new: 'Encourages', direction: 'weaker'}])
    expect(find(result, 'OP12').notes).toEqual([
      {type: 'placeholder', change: 'filled', old: '[date of adoption of the Convention by the General Assembly]', new: '29 December'}
    ])
    expect(notes(result, 'note')).toHaveLength(4)
    expect(notes(result, 'note').every((note) => note.type === 'note' && note.change === 'removed' && note.note === 'agreed ad referendum')).toBe(true)
    expect(find(result, 'OP8').words.filter((run) => run.op !== 'equal')).toEqual([
      {op: 'delete', text: ' challenges'},
      {op: 'insert', text: ' lessons learned'},
      {op: 'insert', text: ', and avoid duplication of, the'},
      {op: 'insert', text: ' and processes'}
    ])
    expect(find(result, 'OP10').notes).toEqual([
      {type: 'reference', change: 'updated', text: 'paragraphs 6 and 7 above', old: 'paragraphs 5 and 6 above', targets: ['OP6', 'OP7'], meant: ['OP6', 'OP7']}
    ])
    expect(result.stat).toMatchObject({added: 1, removed: 0, moved: 1, renumbered: 5, weakened: 1, strengthened: 0})
    expect(result.differs).toBe(true)
  })

  it('seed as Markdown -> seed as PDF text: no change of substance, only the symbol line the Markdown lost', () => {
    const result = diffPair('seed-pdf')
    expect(result.header).toEqual([{field: 'symbol', new: 'A/AC.291/L.15'}])
    expect(result.changes.every((change) => change.kind === 'unchanged' && change.notes.length === 0)).toBe(true)
    expect(result.changes).toHaveLength(16)
    expect(result.differs).toBe(false)
  })

  it('brackets -> Rev.1: brackets resolved, a merge, a split, sponsors joined, a placeholder filled', () => {
    const result = diffPair('brackets-rev1')
    expect(result.header.map((change) => change.field)).toEqual(['symbol', 'date', 'sponsors'])
    expect(result.header[2]).toMatchObject({added: ['Colombia', 'Peru'], removed: []})
    expect(result.changes.map(summary)).toEqual([
      'unchanged PP1 -> PP1', 'changed PP2 -> PP2', 'changed PP3 -> PP3', 'unchanged PP4 -> PP4', 'changed PP5 -> PP5',
      'merged OP1+OP2 -> OP1', 'merged OP3+OP3 alt -> OP2', 'changed OP4 -> OP3', 'split OP5 -> OP4+OP5', 'unchanged OP6 -> OP6'
    ])
    expect(find(result, 'PP5').notes).toEqual([
      {type: 'brackets', change: 'dropped', text: 'to ensure'},
      {type: 'brackets', change: 'kept', text: 'in order to ensure'}
    ])
    expect(find(result, 'PP3').notes).toMatchObject([{type: 'brackets', change: 'kept'}])
    expect(find(result, 'OP2').notes).toContainEqual({type: 'phrase', old: 'Urges', new: 'Encourages', direction: 'weaker'})
    expect(find(result, 'OP2').notes).toContainEqual({type: 'note', change: 'removed', kind: 'alternative', note: 'OP3 alt'})
    expect(find(result, 'OP4').notes).toEqual([{type: 'placeholder', change: 'filled', old: '[date]', new: '10 March 2027'}])
  })

  it('draft -> adopted: sub-paragraphs paired inside their paragraph, the number filled', () => {
    const result = diffPair('subparagraphs-adopted')
    expect(result.header).toContainEqual({field: 'number', old: '[80/xxx]', new: '80/123', filled: true})
    expect(find(result, 'OP3').subs.map(summary)).toEqual(['unchanged OP3(a) -> OP3(a)', 'unchanged OP3(b) -> OP3(b)', 'changed OP3(c) -> OP3(c)'])
    expect(find(result, 'OP3(b)').subs.map(summary)).toEqual(['unchanged OP3(b)(i) -> OP3(b)(i)', 'added  -> OP3(b)(ii)'])
    expect(find(result, 'OP5').kind).toBe('unchanged')
    expect(find(result, 'OP5').subs.map(summary)).toEqual([
      'renumbered OP5(b) -> OP5(a)', 'moved OP5(a) -> OP5(b)', 'unchanged OP5(c) -> OP5(c)', 'changed OP5(d) -> OP5(d)',
      'unchanged OP5(e) -> OP5(e)', 'unchanged OP5(f) -> OP5(f)', 'unchanged OP5(g) -> OP5(g)', 'unchanged OP5(h) -> OP5(h)',
      'added  -> OP5(i)', 'renumbered OP5(i) -> OP5(j)'
    ])
    expect(find(result, 'OP2').notes).toEqual([{type: 'phrase', old: 'Expresses its appreciation', new: 'Expresses its deep appreciation', direction: 'stronger'}])
    expect(find(result, 'OP4').notes).toEqual([{type: 'phrase', old: 'Invites', new: 'Calls upon', direction: 'stronger'}])
  })

  it('last year\'s resolution (PDF text, parts) -> this year\'s draft (Markdown): a paragraph moved from the preamble', () => {
    const result = diffPair('parts-rollover')
    const moved = find(result, 'II.A.OP1')
    expect(moved).toMatchObject({kind: 'moved', old: ['II.A.PP2'], new: ['II.A.OP1'], part: 'II.A operative', oldPart: 'II.A preamble'})
    expect(find(result, 'I.PP2').kind).toBe('added')
    expect(find(result, 'I.OP2').notes).toEqual([{type: 'phrase', old: 'Urges', new: 'Strongly urges', direction: 'stronger'}])
    expect(find(result, 'I.OP1').notes).toEqual([
      {type: 'citation', change: 'removed', text: 'A/80/86', symbol: 'A/80/86'},
      {type: 'citation', change: 'added', text: 'A/81/92', symbol: 'A/81/92'}
    ])
    expect(result.header.map((change) => change.field)).toEqual(['symbol', 'date', 'number', 'distribution', 'language', 'session', 'adoptedFrom', 'sponsors'])
    // Facts one side gives: the adopted text names its draft, the draft its sponsors and its original language.
    expect(result.header.filter((change) => change.old === undefined || change.new === undefined)).toEqual([
      {field: 'language', new: 'English'},
      {field: 'adoptedFrom', old: 'A/80/L.44'},
      {field: 'sponsors', new: 'Denmark, Fiji, Jordan, Kenya'}
    ])
    expect(result.differs).toBe(true)
  })
})

describe('normalisation', () => {
  it('ignores italics, typographic quotes, footnote markers, line breaks and the closing punctuation', () => {
    const markdown = 'The General Assembly,\n\n*Recalling* the “Children’s Charter”,[^1]\n\n1. *Decides* to act *mutatis mutandis*.\n\n[^1]: A/80/1.\n'
    const text = 'The General Assembly,\n\nRecalling the "Children\'s\nCharter",\n\n1. Decides to act mutatis\nmutandis;\n\n2. Requests a report.\n'
    const result = diff(parse(markdown, {format: 'markdown'}).tree, parse(text, {format: 'text'}).tree)
    expect(result.changes.map(summary)).toEqual(['unchanged PP1 -> PP1', 'unchanged OP1 -> OP1', 'added  -> OP2'])
  })

  it('keeps a citation and a bracketed note as one token each', () => {
    const doc = (text: string) => parse('The General Assembly,\n\n1. Decides ' + text + '.\n', {format: 'text'}).tree
    const result = diff(doc('in line with resolution 74/247 of 27 December 2019 [ad ref]'), doc('in line with resolution 74/247 of 28 December 2019 [agreed ad referendum]'))
    // A different date replaces the whole citation, never "27" by "28" inside it.
    expect(result.changes[0]!.words).toEqual([
      {op: 'equal', text: 'Decides in line with'},
      {op: 'delete', text: ' resolution 74/247 of 27 December 2019 [ad ref]'},
      {op: 'insert', text: ' resolution 74/247 of 28 December 2019 [agreed ad referendum]'},
      {op: 'equal', text: '.'}
    ])
    // Same symbol: no citation note; the status note changed wording.
    expect(result.changes[0]!.notes.map((note) => note.type + ' ' + ('change' in note ? note.change : ''))).toEqual(['note removed', 'note added'])
  })
})

describe('stale references', () => {
  it('flags "paragraphs 5 and 6 above" left as it was when OP5 and OP6 became OP6 and OP7', () => {
    const pair = pairs.find((candidate) => candidate.name === 'seed-rev1')!
    const stale = readFileSync(pair.new, 'utf8').replace('paragraphs 6 and 7 above', 'paragraphs 5 and 6 above')
    const result = diff(read(pair.old), parse(stale, {format: 'markdown'}).tree)
    expect(find(result, 'OP10')).toMatchObject({
      kind: 'unchanged',
      notes: [{type: 'reference', change: 'stale', text: 'paragraphs 5 and 6 above', targets: ['OP5', 'OP6'], meant: ['OP6', 'OP7']}]
    })
  })
})

describe('a pathological pair', () => {
  it('stops at the edit bound and shows a removal plus an addition', () => {
    const words = Array.from({length: 1500}, (_, index) => 'w' + (index % 300))
    const shuffled = [...words].sort((a, b) => (a.length * 7 + a.charCodeAt(1)) % 11 - (b.length * 7 + b.charCodeAt(1)) % 11 || (a < b ? -1 : 1))
    const doc = (text: string) => parse('The General Assembly,\n\n1. Decides that ' + text + '.\n', {format: 'text'}).tree
    const [before] = passagesOf(doc(words.join(' ')))
    const [after] = passagesOf(doc(shuffled.join(' ')))
    expect(diffTokens(before!.tokens, after!.tokens)).toBeUndefined()
    const result = diff(doc(words.join(' ')), doc(shuffled.join(' ')))
    expect(result.changes.map(summary)).toEqual(['removed OP1 -> ', 'added  -> OP1'])
  })
})

/** Commands whose output is committed under fixtures/transcripts/diff. */
const transcriptDir = join(fixtures, 'transcripts/diff')
/** A pair's documents as paths relative to the repository: old, new. */
const p = (name: string): [string, string] => {
  const pair = pairs.find((candidate) => candidate.name === name)!
  return [relative(root, pair.old), relative(root, pair.new)]
}
const transcripts: Array<[string, string[], string?]> = [
  ['inline', ['diff', ...p('seed-rev1')]],
  ['inline-context-0', ['diff', '--context', '0', ...p('subparagraphs-adopted')]],
  ['inline-full', ['diff', '--full', '--width', '90', ...p('brackets-rev1')]],
  ['inline-parts', ['diff', ...p('parts-rollover')]],
  ['side-by-side', ['diff', '--side-by-side', '--width', '130', ...p('brackets-rev1')]],
  ['side-by-side-forced', ['diff', '--side-by-side', '--width', '72', ...p('subparagraphs-adopted')]],
  ['stat', ['diff', '--stat', ...p('seed-rev1')]],
  ['stat-parts', ['diff', '--stat', ...p('parts-rollover')]],
  ['json', ['diff', '--json', ...p('subparagraphs-adopted')]],
  ['markdown', ['diff', '--markdown', ...p('brackets-rev1')]],
  ['exit-code-same', ['diff', '--exit-code', ...p('seed-pdf')]],
  ['exit-code-differs', ['diff', '--exit-code', '--stat', ...p('seed-rev1')]],
  ['stdin', ['diff', '--stat', p('seed-rev1')[0], '-'], p('seed-rev1')[1]],
  ['missing-file', ['diff', p('seed-rev1')[0], 'fixtures/documents/seed-rev1/nope.md']],
  ['both-stdin', ['diff', '-', '-']]
]

describe('CLI transcripts', () => {
  for (const [name, args, stdinFile] of transcripts) {
    it(name, async () => {
      const stdin = stdinFile ? readFileSync(join(root, stdinFile), 'utf8') : undefined
      const absolute = args.map((arg) => (arg.startsWith('fixtures/') ? join(root, arg) : arg))
      const raw = await run(absolute, stdin === undefined ? {} : {stdin})
      // Paths as given on the command line, relative to the repository.
      const relative = (text: string): string => text.split(root.endsWith('/') ? root : root + '/').join('')
      const result = {...raw, stdout: relative(raw.stdout), stderr: relative(raw.stderr)}
      const command = '$ reso ' + args.join(' ') + (stdinFile ? ' < ' + stdinFile : '')
      const actual = [command, ...(result.stdout ? [result.stdout.trimEnd()] : []), ...(result.stderr ? ['[stderr]', result.stderr.trimEnd()] : []), '[exit ' + result.code + ']'].join('\n') + '\n'
      expect(actual).toBe(expectFile(join(transcriptDir, name + '.txt'), actual))
    })
  }
})

describe('reso diff options', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'reso-diff-'))
  const seedRev = [documentInput('seed'), documentInput('seed-rev1')]

  it('colours deletions red and struck, insertions green, only when asked', async () => {
    const {stdout} = await run(['diff', '--color', 'always', ...seedRev], {env: {}})
    expect(stdout).toContain('\u001b[9m')
    expect(stdout).toContain('\u001b[32m')
    expect(stdout).not.toContain('[-')
    const plain = await run(['diff', ...seedRev], {env: {}})
    expect(plain.stdout).not.toContain('\u001b[')
    expect(plain.stdout).toContain('[-Urges-]{+Encourages+}')
  })

  it('wraps to the width it is given', async () => {
    for (const width of [50, 72, 140]) {
      const {stdout} = await run(['diff', '--width', String(width), ...seedRev])
      const lines = stdout.split('\n').filter((line) => line.includes(' ') && !line.startsWith('---') && !line.startsWith('+++'))
      expect(Math.max(...lines.map((line) => line.length))).toBeLessThanOrEqual(width)
    }
  })

  it('rejects two views at once, a bad width, a bad context: exit 2', async () => {
    for (const args of [['--json', '--stat'], ['--markdown', '--side-by-side'], ['--width', 'wide'], ['--width', '10'], ['--context', '-1']]) {
      const {code, stderr, stdout} = await run(['diff', ...args, ...seedRev])
      expect(code).toBe(2)
      expect(stdout).toBe('')
      expect(stderr).not.toBe('')
    }
  })

  it('exits 2 on an unreadable side even with --exit-code', async () => {
    const path = join(scratch, 'binary.md')
    writeFileSync(path, Buffer.from([0x89, 0x50, 0x00, 0x01]))
    const {code, stderr} = await run(['diff', '--exit-code', seedRev[0]!, path])
    expect(code).toBe(2)
    expect(stderr).toMatch(/binary\.md: looks like a binary file/)
  })

  it('never writes control characters from the input to the terminal', async () => {
    const old = join(scratch, 'old.txt')
    const next = join(scratch, 'new.txt')
    writeFileSync(old, 'The General Assembly,\n\n1. Decides to act;\n')
    writeFileSync(next, 'The General Assembly,\n\n1. Decides to act \u001b[31mnow\u001b[0m and \u0007 at once;\n')
    for (const view of [[], ['--side-by-side'], ['--markdown'], ['--stat']]) {
      for (const env of [{NO_COLOR: '1'}, {FORCE_COLOR: '1'}]) {
        const {stdout} = await run(['diff', ...view, old, next], {env})
        expect(stdout.replace(/\u001b\[[0-9;]*m/g, '')).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/)
      }
    }
  })

  it('sums up parse warnings in one line per file, and lists them with --verbose', async () => {
    const old = join(scratch, 'gap-old.txt')
    const next = join(scratch, 'gap-new.txt')
    writeFileSync(old, 'The General Assembly,\n\n1. Decides to act;\n\n2. Requests a report;\n\n3. Decides to remain seized of the matter.\n')
    writeFileSync(next, 'The General Assembly,\n\n1. Decides to act;\n\n3. Decides to remain seized of the matter.\n')
    const quiet = await run(['diff', old, next])
    expect(quiet.code).toBe(0)
    expect(quiet.stderr.trim().split('\n')).toEqual([next + ': 1 parse warning (operative-numbering); --verbose lists them'].map((line) => 'reso: ' + line))
    expect(quiet.stdout).toContain('OP2  removed')
    const verbose = await run(['diff', '--verbose', old, next])
    expect(verbose.stderr).toMatch(/gap-new\.txt:5:\d+: warning: OP3 follows OP1: number 2 is missing; renumber \[operative-numbering\]/)
  })

  it('falls back to the inline view on a narrow terminal, and says so', async () => {
    const stdout = Object.assign(new PassThrough(), {isTTY: true, columns: 64})
    const stderr = new PassThrough()
    let out = ''
    let err = ''
    stdout.on('data', (chunk: Buffer) => (out += chunk.toString()))
    stderr.on('data', (chunk: Buffer) => (err += chunk.toString()))
    const context = makeContext('never', {stdout, stderr, stdin: new PassThrough(), env: {}})
    // Relative paths: the header names the files, and a long checkout path would not fit 64 columns.
    await runDiff([relative(process.cwd(), seedRev[0]!), relative(process.cwd(), seedRev[1]!)], {sideBySide: true}, context)
    expect(err).toMatch(/64 columns wide, too narrow for --side-by-side/)
    expect(out).toContain('[-Urges-]{+Encourages+}')
    expect(out).not.toContain(' | ')
    expect(Math.max(...out.split('\n').map((line) => line.length))).toBeLessThanOrEqual(64)
  })

  it('shows help with examples', async () => {
    const {stdout, code} = await run(['diff', '--help'])
    expect(code).toBe(0)
    expect(stdout).toContain('Examples:')
    expect(stdout).toContain('--side-by-side')
  })
})
