/**
 * `reso show`: paragraphs in full by label, wrapped, the phrase in bold;
 * ranges, places, sub-paragraphs, JSON, and the message for a label the
 * text does not have.
 */
import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {labelRuns, normalizeLabel, selectLabels} from '../src/query/select-label.js'
import {parse} from '../src/parse/index.js'
import {root, run, seed, seedPath} from './helpers.js'

const draft = join(root, 'fixtures/documents/draft-brackets/input.md')
const subparagraphs = join(root, 'fixtures/documents/subparagraphs/input.md')
const parts = join(root, 'fixtures/documents/parts/input.txt')

/** The body of a `show` block as one line: the label line dropped, wrapping undone. */
function unwrapped(stdout: string): string {
  return stdout.split('\n').slice(1).map((line) => line.trim()).filter((line) => line !== '').join(' ')
}

/** Markdown source text as read: emphasis marks and link targets dropped. */
function plain(markdown: string): string {
  return markdown.replace(/\[([^\]]*)\]\(#\)/g, '$1').replace(/\*/g, '').trim()
}

describe('reso show', () => {
  it('prints the whole of OP6 of the seed, joined across its page break', async () => {
    const {stdout, code} = await run(['show', seedPath, 'OP6'])
    expect(code).toBe(0)
    const lines = seed.split('\n')
    const first = plain(lines[47]!.replace(/^6\. /, ''))
    const second = plain(lines[49]!)
    expect(stdout.split('\n')[0]).toBe('OP6  lines 48-50')
    expect(unwrapped(stdout)).toBe(first + ' ' + second)
  })

  it('wraps to the width of the terminal, with the phrase in bold', async () => {
    const {stdout} = await run(['show', seedPath, 'PP4', 'OP5'])
    for (const line of stdout.split('\n')) expect(line.length).toBeLessThanOrEqual(100)
    expect(stdout.split('\n').length).toBeGreaterThan(10)
    const coloured = await run(['show', '--color', 'always', seedPath, 'OP6'], {env: {}})
    expect(coloured.stdout).toContain('\u001b[1mFurther decides\u001b[22m that')
    expect(coloured.stdout).toContain('\u001b[3mmutatis mutandis\u001b[23m')
  })

  it('selects ranges in document order, alternatives included', async () => {
    const labelsOf = (stdout: string): string[] => stdout.split('\n').filter((line) => /^\S/.test(line)).map((line) => line.split('  ')[0]!)
    expect(labelsOf((await run(['show', seedPath, 'OP3-OP5'])).stdout)).toEqual(['OP3', 'OP4', 'OP5'])
    expect(labelsOf((await run(['show', seedPath, 'op10-12'])).stdout)).toEqual(['OP10', 'OP11', 'OP12'])
    expect(labelsOf((await run(['show', seedPath, 'PP4-PP2'])).stdout)).toEqual(['PP2', 'PP3', 'PP4'])
    expect(labelsOf((await run(['show', draft, 'OP3-OP4'])).stdout)).toEqual(['OP3', 'OP3 alt', 'OP4'])
    expect(labelsOf((await run(['show', subparagraphs, 'OP5(h)-(j)', 'PP5-PP6'])).stdout)).toEqual(['OP5(h)', 'OP5(i)', 'OP5(j)', 'PP5', 'PP6'])
  })

  it('shows sub-paragraphs on their own lines, under the paragraph that holds them', async () => {
    const {stdout} = await run(['show', subparagraphs, 'OP3'])
    const lines = stdout.split('\n')
    expect(lines[1]).toMatch(/^ {2}Requests the specialized agencies/)
    expect(lines).toContain('  (b) To provide technical assistance to the territorial Governments, in particular:')
    expect(lines).toContain('      (i) In the establishment of multi-hazard early warning systems covering all inhabited islands;')
    const sub = await run(['show', subparagraphs, 'op3 (b) (ii)'])
    expect(sub.stdout.split('\n')[0]).toBe('OP3(b)(ii)  line 44')
  })

  it('shows the title, the header and paragraphs of lettered parts', async () => {
    const title = await run(['show', seedPath, 'title'])
    expect(title.stdout).toBe('title  line 22\n  [xx/xxx]. United Nations Convention against Cybercrime\n')
    const header = await run(['show', seedPath, 'header'])
    expect(header.stdout).toContain('\n  Distr.: Limited 7 August 2024\n')
    const part = await run(['show', parts, 'ii.b.op2'])
    expect(part.stdout).toMatch(/^II\.B\.OP2 {2}lines \d+-\d+\n {2}Calls upon Member States and international financial institutions/)
  })

  it('names the labels the text has when one is unknown, exit 2', async () => {
    const {stdout, stderr, code} = await run(['show', seedPath, 'OP6', 'OP13'])
    expect(code).toBe(2)
    expect(stdout).toBe('')
    expect(stderr).toBe('reso: ' + seedPath + ': no "OP13" in this text; the labels are header, title, subtitle, formula, PP1-PP4, OP1-OP12\n')
    const sub = await run(['show', subparagraphs, 'OP3(d)'])
    expect(sub.stderr).toContain('; sub-paragraphs OP3(a), OP3(b), OP3(b)(i), OP3(b)(ii), OP3(c), OP5(a)-OP5(j)')
  })

  it('prints the selections as JSON: label, text and node', async () => {
    const {stdout, code} = await run(['show', '--json', subparagraphs, 'OP3', 'title'])
    expect(code).toBe(0)
    const selections = JSON.parse(stdout) as Array<{label: string; text: string; node: {type: string}}>
    expect(selections.map((selection) => [selection.label, selection.node.type])).toEqual([['OP3', 'operativeParagraph'], ['title', 'heading']])
    expect(selections[0]!.text.split('\n')).toEqual([
      'Requests the specialized agencies and other organizations of the United Nations system, within their respective mandates and existing resources:',
      '(a) To include the Non-Self-Governing Territories in their regional disaster risk reduction programmes and in the regional platforms for disaster risk reduction;',
      '(b) To provide technical assistance to the territorial Governments, in particular:',
      '  (i) In the establishment of multi-hazard early warning systems covering all inhabited islands;',
      '  (ii) In the assessment of losses and damage and in the preparation of post-disaster needs assessments;',
      '(c) To inform the Special Committee on the Situation with regard to the Implementation of the Declaration on the Granting of Independence to Colonial Countries and Peoples of the measures taken pursuant to the present paragraph;'
    ])
  })

  it('reads stdin', async () => {
    const {stdout} = await run(['show', '-', 'OP2'], {stdin: readFileSync(draft)})
    expect(stdout).toMatch(/^OP2 {2}line 38\n {2}Urges States to appoint, without delay/)
  })
})

describe('labels', () => {
  it('normalizes labels as negotiators type them', () => {
    expect(normalizeLabel('op 2 (a)')).toBe('OP2(a)')
    expect(normalizeLabel('PP05')).toBe('PP5')
    expect(normalizeLabel('ii.a.op3')).toBe('II.A.OP3')
    expect(normalizeLabel('OP3 ALT')).toBe('OP3 alt')
    expect(normalizeLabel('Title')).toBe('title')
    expect(normalizeLabel('paragraph 6')).toBeUndefined()
  })

  it('selects a repeated number twice, and reports what is missing', () => {
    const {tree} = parse('The General Assembly,\n\n1. Decides to act;\n\n2. Urges States to act;\n\n2. Invites States to act.\n', {format: 'text'})
    const {selections, unknown} = selectLabels(tree, ['OP2', 'OP9', 'PP1-PP3'])
    expect(selections.map((selection) => selection.text)).toEqual(['Urges States to act;', 'Invites States to act.'])
    expect(unknown).toEqual(['OP9', 'PP1-PP3'])
  })

  it('writes runs of labels as ranges', () => {
    expect(labelRuns(['PP1', 'PP2', 'PP3', 'OP1', 'OP2', 'OP3 alt', 'OP4'])).toEqual(['PP1-PP3', 'OP1, OP2', 'OP3 alt', 'OP4'])
    expect(labelRuns(['OP5(g)', 'OP5(h)', 'OP5(i)', 'OP5(i)(i)', 'OP5(i)(ii)'])).toEqual(['OP5(g)-OP5(i)', 'OP5(i)(i), OP5(i)(ii)'])
  })
})
