/**
 * `reso query`: the cookbook in docs/query.md run command by command against
 * what it shows, the selections the issue asks for on the seed, labels and
 * texts of matches, selector errors with their positions, and the CLI's
 * views (table, --json, --count, --exit-code, stdin, unreadable files).
 */
import {readFileSync} from 'node:fs'
import {join, relative} from 'node:path'
import {Chalk} from 'chalk'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {parse} from '../src/index.js'
import {walk} from '../src/grammar/paragraphs.js'
import {checkSelector, fieldNames, nodeTypes, select, SelectorError} from '../src/query/select.js'
import {queryTable} from '../src/render/query.js'
import {documentInput, documents, root, run, seed, seedPath} from './helpers.js'

const hrcPath = documentInput('hrc-draft')
const parseFile = (path: string) => parse(readFileSync(path, 'utf8'), {format: path.endsWith('.md') ? 'markdown' : 'auto'}).tree
const seedTree = parse(seed, {format: 'markdown'}).tree

/** Split a shell command line into words: bare words, '...' and "..." (with \" inside). */
function shellWords(line: string): string[] {
  const words: string[] = []
  let word: string | null = null
  for (let index = 0; index < line.length; index++) {
    const character = line.charAt(index)
    if (character === ' ') {
      if (word !== null) words.push(word)
      word = null
    } else if (character === "'") {
      const end = line.indexOf("'", index + 1)
      if (end === -1) throw new Error('unclosed quote in: ' + line)
      word = (word ?? '') + line.slice(index + 1, end)
      index = end
    } else if (character === '"') {
      word ??= ''
      for (index++; index < line.length && line.charAt(index) !== '"'; index++) {
        if (line.charAt(index) === '\\') index++
        word += line.charAt(index)
      }
    } else {
      word = (word ?? '') + character
    }
  }
  if (word !== null) words.push(word)
  return words
}

interface Step {
  /** The command line after "$ ". */
  command: string
  /** What the page shows after it: its output, or for "echo $?" the exit status. */
  shown: string
}

interface Recipe {
  question: string
  steps: Step[]
}

/** The recipes of docs/query.md: each "###" question under "## Recipes" with the steps of its console block. */
function recipes(markdown: string): Recipe[] {
  const section = markdown.slice(markdown.indexOf('\n## Recipes\n'))
  return section
    .split(/\n### /)
    .slice(1)
    .map((chunk) => {
      const question = chunk.slice(0, chunk.indexOf('\n'))
      const blocks = [...chunk.matchAll(/```console\n([\s\S]*?)```/g)]
      if (blocks.length !== 1) throw new Error('recipe "' + question + '" should have one console block, has ' + blocks.length)
      const steps: Step[] = []
      for (const line of blocks[0]![1]!.split('\n').slice(0, -1)) {
        if (line.startsWith('$ ')) steps.push({command: line.slice(2), shown: ''})
        else if (steps.length > 0) steps[steps.length - 1]!.shown += line + '\n'
        else throw new Error('recipe "' + question + '": output before any command')
      }
      return {question, steps}
    })
}

describe('the cookbook (docs/query.md)', () => {
  const page = readFileSync(join(root, 'docs/query.md'), 'utf8')
  const all = recipes(page)

  it('has at least 12 recipes, each running reso query', () => {
    expect(process.cwd()).toBe(root.replace(/\/$/, ''))
    expect(all.length).toBeGreaterThanOrEqual(12)
    for (const recipe of all) expect(recipe.steps[0]?.command, recipe.question).toMatch(/^reso query /)
  })

  for (const recipe of all) {
    it(recipe.question, async () => {
      let code: number | undefined
      for (const [index, step] of recipe.steps.entries()) {
        if (step.command === 'echo $?') {
          expect(String(code) + '\n', step.command).toBe(step.shown)
          continue
        }
        const [program, ...args] = shellWords(step.command)
        expect(program).toBe('reso')
        const result = await run(args)
        expect(result.stdout + result.stderr, step.command).toBe(step.shown)
        code = result.code
        if (recipe.steps[index + 1]?.command !== 'echo $?') expect(code, step.command).toBe(0)
      }
    })
  }
})

describe('select on the seed', () => {
  it('finds the operative paragraphs that request: OP8, OP9, OP10, OP11', () => {
    const matches = select('operativeParagraph:has(actionPhrase[head=request])', seedTree)
    expect(matches.map((match) => match.label)).toEqual(['OP8', 'OP9', 'OP10', 'OP11'])
    expect(matches.map((match) => match.node.type)).toEqual(Array(4).fill('operativeParagraph'))
  })

  it('finds resolution 75/282 cited three times: PP2, OP5, OP6', () => {
    const matches = select('citation[symbol="A/RES/75/282"]', seedTree)
    expect(matches.map((match) => [match.label, match.text])).toEqual([
      ['PP2', 'resolution 75/282 of 26 May 2021'],
      ['OP5', '75/282'],
      ['OP6', '75/282']
    ])
    expect(matches[0]!.node.position?.start).toEqual({line: 30, column: 20, offset: seed.indexOf('resolution [75/282]')})
  })

  it('keeps document order and gives a paragraph its own label', () => {
    const labels = select('preambularParagraph, operativeParagraph', seedTree).map((match) => match.label)
    expect(labels).toEqual(['PP1', 'PP2', 'PP3', 'PP4', ...Array.from({length: 12}, (_, index) => 'OP' + (index + 1))])
  })

  it('returns the very nodes of the tree', () => {
    const [match] = select('operativeParagraph[label=OP10] citation', seedTree)
    expect(match!.node).toMatchObject({type: 'citation', kind: 'internal', targets: ['OP5', 'OP6']})
    expect([...walk(seedTree)]).toContain(match!.node)
  })

  it('labels nodes outside paragraphs by their place: part heading, annex, footnote, title; null at the root', () => {
    const parts = parseFile(documentInput('parts'))
    expect(select('heading[role=part]', parts).map((match) => match.label)).toEqual(['heading I', 'heading II', 'heading II.A', 'heading II.B'])
    const annex = parseFile(documentInput('annex'))
    expect(new Set(select('annex block', annex).map((match) => match.label))).toEqual(new Set(['Annex']))
    const hrc = parseFile(hrcPath)
    expect(select('footnoteDefinition citation', hrc).map((match) => [match.label, match.text])).toEqual([['footnote 1', 'A/HRC/59/44']])
    expect(select('heading[role=title] bracketedNote', hrc).map((match) => [match.label, match.text])).toEqual([['title', '[59/xx]']])
    expect(select(':root', hrc)[0]!.label).toBeNull()
  })

  it('reads a paragraph with its sub-paragraphs, markers and all, on one line', () => {
    const tree = parseFile(documentInput('subparagraphs'))
    const [op3] = select('operativeParagraph[label=OP3]', tree)
    expect(op3!.text).toMatch(/^Requests the specialized agencies .*:\s\(a\) To include .* \(b\) To provide .* \(i\) In the establishment .* \(ii\) In the assessment .* \(c\) To inform /)
    expect(op3!.text).not.toContain('\n')
    const [header] = select('header', tree)
    expect(header!.text).toMatch(/^United Nations General Assembly Distr/)
  })

  it('needs no quotes for plain words, and quotes for the rest', () => {
    const hrc = parseFile(hrcPath)
    expect(select('subParagraph[label="OP2(b)"]', hrc)).toHaveLength(1)
    expect(select('actionPhrase[head="call upon"]', hrc).map((match) => match.label)).toEqual(['OP2'])
    expect(select('operativeParagraph[number="5"]', hrc).map((match) => match.label)).toEqual(['OP5'])
    expect(select('actionPhrase[known=false]', hrc).map((match) => match.text)).toEqual(['Echoing', 'Entrusts'])
    expect(select('resolution[sponsors~=Fiji]', hrc)).toHaveLength(1)
    expect(select('text[value*="SEA-LEVEL RISE" i]', hrc).length).toBeGreaterThan(3)
  })
})

describe('selector errors', () => {
  const cases: Array<[selector: string, offset: number, reason: RegExp]> = [
    ['actionPhrase[head=call upon]', 23, /value with a space must be quoted/],
    ['operativeParagraph[number=5]', 26, /number must be quoted, as in \[number="5"\]/],
    ['operativeParagraph:has(', 23, /end of input/],
    ['operativeParagraph:frist-child', 18, /unknown pseudo-class: "frist-child"/],
    ['operativeParagraphs', 0, /no node type "operativeParagraphs" in the tree: did you mean operativeParagraph\?/],
    ['citation > Citation', 11, /no node type "Citation" in the tree: did you mean citation\?/],
    ['actionPhrase[lemma=request]', 13, /no node has a field "lemma"; docs\/tree.md lists the fields/],
    ['operativeParagraph:has(actionPhrase[haed=request])', 36, /no node has a field "haed": did you mean head\?/],
    ['operativeParagraph[head=request]', 19, /an operativeParagraph has no field "head"; actionPhrase has it: test what the paragraph holds, as in operativeParagraph:has\(actionPhrase\[head=…\]\)/],
    ['operativeParagraph[label=OP5] > citation[symbol^="A/"][label=OP5]', 55, /a citation has no field "label"; .*: select it inside its paragraph, as in operativeParagraph\[label=OP5\] citation/],
    ['subParagraph[number="1"]', 13, /a subParagraph has no field "number"; resolution, operativeParagraph have it$/],
    ['citation.resolution', 8, /classes \(\.\) mean nothing/],
    ['operativeParagraph#OP5', 18, /ids \(#\)/],
    ['text::before', 4, /pseudo-elements/],
    ['citation[symbol|=S]', 15, /\|= operator is not supported/],
    ['svg|text', 3, /namespaces/],
    ['subParagraph:nth-child(2n of subParagraph)', 26, /:nth-child\(… of …\) is not supported/],
    ['citation[symbol="A/RES', 16, /quote is never closed/],
    ['a,,b', 2, /expected a selector but "," found/],
    ['citation[', 9, /expected attribute name/],
    ['citation[kind=resolution', 24, /expected end of attribute selector/],
    ['citation[kind=resolution)', 24, /expected end of attribute selector/],
    ['   ', -1, /it is empty/]
  ]
  for (const [selector, offset, reason] of cases) {
    it('refuses ' + JSON.stringify(selector) + ' at ' + offset, () => {
      let error: unknown
      try {
        checkSelector(selector)
      } catch (caught) {
        error = caught
      }
      expect(error).toBeInstanceOf(SelectorError)
      expect((error as SelectorError).message).toMatch(reason)
      expect((error as SelectorError).offset).toBe(offset)
      expect(() => select(selector, seedTree)).toThrow(SelectorError)
    })
  }

  it('accepts quoted text that looks like bad syntax', () => {
    for (const selector of ['text[value*="#1. the::x"]', 'citation[symbol^="A/C.3/"]', "text[value*='\"quoted\"']", 'text[value="a\\"b"]', 'operativeParagraph:nth-child(2n+1)', 'operativeParagraph:nth-last-child(odd)', '*']) {
      expect(() => checkSelector(selector), selector).not.toThrow()
    }
  })

  it('on any string, either passes the check and selects, or says where it went wrong', () => {
    const tokens = ['operativeParagraph', 'citation', 'actionPhrase', 'subParagraph', '[', ']', '=', '^=', '~=', '*=', '"', "'", 'head', 'label', 'request', '"call upon"', ':has(', ':not(', ':is(', ')', ' ', ' > ', ',', ':first-child', ':nth-child(', '2n+1', '.', '#', '|', '\\', 'i', 'of']
    const selector = fc.oneof(fc.string({maxLength: 30}), fc.array(fc.constantFrom(...tokens), {maxLength: 12}).map((parts) => parts.join('')))
    fc.assert(
      fc.property(selector, (text) => {
        try {
          checkSelector(text)
        } catch (error) {
          expect(error).toBeInstanceOf(SelectorError)
          const {offset} = error as SelectorError
          expect(offset).toBeGreaterThanOrEqual(-1)
          expect(offset).toBeLessThanOrEqual(text.length)
          return
        }
        for (const match of select(text, seedTree)) expect(match.node.type).toMatch(/^[a-zA-Z]+$/)
      }),
      {numRuns: 1000}
    )
  })
})

describe('the vocabulary of selectors', () => {
  it('knows every type and field found in the fixtures', () => {
    const inputs = documents().map((fixture) => fixture.input)
    const types = new Set<string>()
    for (const input of inputs) {
      for (const node of walk(parseFile(input))) {
        types.add(node.type)
        expect(nodeTypes, input).toContain(node.type)
        for (const key of Object.keys(node)) expect(fieldNames, node.type + ' in ' + input).toContain(key)
      }
    }
    expect(types.size).toBeGreaterThanOrEqual(18)
  })
})

describe('reso query', () => {
  it('prints one row per match: location, label, type, text', async () => {
    // A relative path, so the columns do not depend on where the project is checked out.
    const {stdout, stderr, code} = await run(['query', 'citation[symbol="A/RES/75/282"]', relative(process.cwd(), seedPath)])
    expect(code).toBe(0)
    expect(stderr).toBe('')
    const lines = stdout.trimEnd().split('\n')
    expect(lines[0]).toMatch(/^location +label +type +text$/)
    expect(lines.slice(1).map((line) => line.split(/ {2,}/).slice(1))).toEqual([
      ['PP2', 'citation', 'resolution 75/282 of 26 May 2021'],
      ['OP5', 'citation', '75/282'],
      ['OP6', 'citation', '75/282']
    ])
    expect(lines[1]).toMatch(/^\S+\/seed\/input\.md:30:20 /)
  })

  it('cuts the text to the width and never sends control characters', async () => {
    const text = 'The General Assembly,\n\n1. *Decides* to \u001b[31mconvene\u001b[0m ' + 'a very long session on the matter '.repeat(10) + 'at once.\n'
    const {stdout, code} = await run(['query', 'operativeParagraph', '-'], {stdin: text})
    expect(code).toBe(0)
    expect(stdout).not.toContain('\u001b')
    expect(stdout).toContain('\\x1b[31mconvene')
    for (const line of stdout.trimEnd().split('\n')) expect(line.length).toBeLessThanOrEqual(100)
    expect(stdout).toMatch(/<stdin>:3:\d+ +OP1 +operativeParagraph +Decides to .*…\n$/)
  })

  it('fits the table to a given width', () => {
    const hits = select('operativeParagraph', seedTree).map((match) => ({file: 'seed.md', ...match}))
    for (const width of [60, 80, 140]) {
      const lines = queryTable(hits, new Chalk({level: 0}), width)
      expect(lines).toHaveLength(13)
      for (const line of lines) expect(line.length).toBeLessThanOrEqual(width)
      expect(lines.some((line) => line.length === width)).toBe(true)
    }
  })

  it('prints the nodes themselves with --json, equal to the parsed tree', async () => {
    const {stdout, code} = await run(['query', '--json', 'citation', seedPath])
    expect(code).toBe(0)
    const hits = JSON.parse(stdout) as Array<{file: string; label: string | null; text: string; node: unknown}>
    const expected = select('citation', seedTree)
    expect(hits).toHaveLength(expected.length)
    expect(hits.map((hit) => hit.file)).toEqual(Array(expected.length).fill(seedPath))
    expect(hits.map(({label, text, node}) => ({label, text, node}))).toEqual(JSON.parse(JSON.stringify(expected)))
  })

  it('prints an empty JSON array when nothing matches', async () => {
    const {stdout, code} = await run(['query', '--json', 'bracketedNote[kind=alternative]', seedPath])
    expect(code).toBe(0)
    expect(JSON.parse(stdout)).toEqual([])
  })

  it('counts matches per file with --count, as a table or JSON', async () => {
    const files = [seedPath, hrcPath]
    const table = await run(['query', '--count', 'citation[kind=resolution]', ...files])
    expect(table.code).toBe(0)
    expect(table.stdout.trimEnd().split('\n').slice(1).map((line) => line.trim().split(/ +/))).toEqual([
      [seedPath, '6'],
      [hrcPath, '5']
    ])
    const json = await run(['query', '--count', '--json', 'citation[kind=resolution]', ...files])
    expect(JSON.parse(json.stdout)).toEqual([
      {file: seedPath, count: 6},
      {file: hrcPath, count: 5}
    ])
  })

  it('exits 1 with --exit-code only when nothing matched', async () => {
    expect((await run(['query', '--exit-code', 'bracketedNote[kind=text]', hrcPath])).code).toBe(0)
    const none = await run(['query', '--exit-code', 'bracketedNote[kind=text]', seedPath])
    expect(none).toEqual({stdout: '', stderr: '', code: 1})
    expect((await run(['query', 'bracketedNote[kind=text]', seedPath])).code).toBe(0)
  })

  it('reads stdin as -', async () => {
    const {stdout, code} = await run(['query', '--count', 'operativeParagraph', '-'], {stdin: seed})
    expect(code).toBe(0)
    expect(stdout).toMatch(/<stdin> +12\n$/)
  })

  it('reports an unreadable file, goes on with the others, and exits 2', async () => {
    const missing = join(root, 'fixtures/documents/nope.md')
    // A relative path, so the text column is not cut by a long checkout path.
    const {stdout, stderr, code} = await run(['query', '--exit-code', 'citation[symbol^="S/RES/"]', missing, relative(process.cwd(), hrcPath)])
    expect(code).toBe(2)
    expect(stderr).toMatch(/nope\.md: no such file; check the path \(skipped\)/)
    expect(stdout).toMatch(/hrc-draft\/input\.md:32:33 +PP3 +citation +resolution 2712 \(2023\)/)
  })

  it('points at the character of an invalid selector and exits 2 before reading any file', async () => {
    const {stdout, stderr, code} = await run(['query', 'citation[symbol=S/RES/2722]', join(root, 'nope.md')])
    expect(code).toBe(2)
    expect(stdout).toBe('')
    const lines = stderr.trimEnd().split('\n')
    expect(lines).toHaveLength(3)
    expect(lines[0]).toMatch(/^reso: invalid selector at character (\d+): /)
    const column = Number(/character (\d+)/.exec(lines[0]!)![1])
    expect(lines[1]).toBe('  citation[symbol=S/RES/2722]')
    expect(lines[2]).toBe(' '.repeat(1 + column) + '^')
  })

  it('colours only when asked', async () => {
    const plain = await run(['query', 'citation', seedPath], {env: {}})
    expect(plain.stdout).not.toContain('\u001b[')
    const forced = await run(['query', '--color', 'always', 'citation', seedPath], {env: {}})
    expect(forced.stdout).toContain('\u001b[')
    expect(forced.stdout.replace(/\u001b\[\d+m/g, '')).toBe(plain.stdout)
  })
})
