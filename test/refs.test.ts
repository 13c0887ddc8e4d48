/**
 * `reso refs`: the seed's citations (the "done when"), what the
 * citation-forms document and the corpus fixtures/corpora/citing-each-other
 * were written to show (their expected outputs, and the seed's, are checked
 * by test/fixtures.test.ts), the
 * graph rendered by Graphviz (system `dot` when installed, and always the
 * WebAssembly build) and checked as SVG, the Mermaid output checked against
 * the flowchart grammar, and the command's options and exit codes.
 */
import {execFileSync, spawnSync} from 'node:child_process'
import {chmodSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join, relative} from 'node:path'
import {describe, expect, it} from 'vitest'
import {parse} from '../src/index.js'
import {citationRows, danglingRows, documentSymbol, refGraph, uniqueRefs, type RefGraph, type RefRow} from '../src/query/refs.js'
import {filterGraph} from '../src/query/graph-filter.js'
import {graphDot} from '../src/render/graph/dot.js'
import {graphMermaid} from '../src/render/graph/mermaid.js'
import {graphSvg} from '../src/render/graph/svg.js'
import {edgeLabel, nodeLines} from '../src/render/graph/shared.js'
import {documentInput, fixtures, groups, root, run, seed} from './helpers.js'

/** Paths relative to the repository, as the expected outputs show them. */
const rel = (path: string): string => relative(root, path)
const seedFile = rel(documentInput('seed'))
const forms = rel(documentInput('citation-forms'))
const corpus = groups('corpora').find((group) => group.name === 'citing-each-other')!.inputs.map(rel)

function rowsOf(file: string): RefRow[] {
  const text = readFileSync(join(root, file), 'utf8')
  return citationRows(parse(text, {format: file.endsWith('.md') ? 'markdown' : 'auto'}).tree, file)
}

function graphOf(files: string[]): RefGraph {
  return refGraph(files.map((file) => {
    const text = readFileSync(join(root, file), 'utf8')
    const {tree} = parse(text, {format: file.endsWith('.md') ? 'markdown' : 'auto'})
    return {tree, file, rows: citationRows(tree, file)}
  }))
}

describe('the seed (done when)', () => {
  const rows = citationRows(parse(seed).tree, 'seed.md')
  const pick = (kind: string) => rows.filter((row) => row.kind === kind)

  it('cites exactly A/RES/74/247 (PP1, OP5, OP6) and A/RES/75/282 (PP2, OP5, OP6)', () => {
    expect(pick('resolution').map((row) => [row.symbol, row.label])).toEqual([
      ['A/RES/74/247', 'PP1'],
      ['A/RES/75/282', 'PP2'],
      ['A/RES/74/247', 'OP5'],
      ['A/RES/75/282', 'OP5'],
      ['A/RES/74/247', 'OP6'],
      ['A/RES/75/282', 'OP6']
    ])
    expect(pick('decision')).toEqual([])
    expect(pick('document')).toEqual([])
  })

  it('with the dates 27 December 2019 (PP1) and 26 May 2021 (PP2), and the citing phrase', () => {
    expect(pick('resolution').filter((row) => row.date).map((row) => [row.label, row.symbol, row.date, row.phrase, row.head])).toEqual([
      ['PP1', 'A/RES/74/247', '27 December 2019', 'Recalling', 'recall'],
      ['PP2', 'A/RES/75/282', '26 May 2021', 'Recalling also', 'recall']
    ])
    expect(pick('resolution').filter((row) => row.label === 'OP5').map((row) => row.head)).toEqual(['decide', 'decide'])
  })

  it('resolves "paragraphs 5 and 6 above" in OP10 to OP5 and OP6; nothing dangles', () => {
    expect(pick('internal').map((row) => [row.label, row.text, row.refersTo, row.targets, row.missing])).toEqual([
      ['OP2', 'the present resolution', 'document', [], undefined],
      ['OP10', 'paragraphs 5 and 6 above', 'paragraph', ['OP5', 'OP6'], []]
    ])
    expect(danglingRows(rows)).toEqual([])
  })

  const cybercrime = 'United Nations Convention against Cybercrime'
  it('finds articles 56, 57 (with paragraph 5 (g)), 58, 61 and 62 of the Convention, the one the resolution adopts', () => {
    expect(pick('article').map((row) => [row.label, row.article, row.pinpoint, row.instrument])).toEqual([
      ['OP4', '56', undefined, cybercrime],
      ['OP5', '57', 'paragraph 5 (g)', cybercrime],
      ['OP5', '61', undefined, cybercrime],
      ['OP5', '62', undefined, cybercrime],
      ['OP6', '57', undefined, cybercrime],
      ['OP9', '58', undefined, cybercrime]
    ])
  })

  it('counts the distinct symbols with the paragraphs citing each', () => {
    const unique = uniqueRefs(rows).filter((ref) => ref.kind === 'resolution')
    expect(unique.map((ref) => [ref.name, ref.count, ref.date, ref.citedBy.map((place) => place.label)])).toEqual([
      ['A/RES/74/247', 3, '27 December 2019', ['PP1', 'OP5', 'OP6']],
      ['A/RES/75/282', 3, '26 May 2021', ['PP2', 'OP5', 'OP6']]
    ])
  })

  it('prints JSON with the rows of the library', async () => {
    const json = await run(['refs', '--json', seedFile])
    const objects = JSON.parse(json.stdout) as RefRow[]
    expect(objects).toEqual(citationRows(parse(seed).tree, seedFile))
    for (const object of objects) {
      for (const field of ['file', 'label', 'kind', 'text', 'line', 'column']) expect(object).toHaveProperty(field)
    }
    expect(objects.find((object) => object.label === 'PP1')).toMatchObject({symbol: 'A/RES/74/247', date: '27 December 2019', phrase: 'Recalling', line: 28, column: 15})
  })
})

describe('fixture forms: every form in one resolution', () => {
  const rows = rowsOf(forms)

  it('labels rows outside paragraphs by where they stand, with the phrase of the paragraph carrying the marker', () => {
    const footnotes = rows.filter((row) => row.label.startsWith('footnote'))
    expect(footnotes.map((row) => [row.label, row.via, row.head, row.symbol])).toEqual([
      ['footnote 1', 'PP5', 'recall', 'S/RES/2122(2013)'],
      ['footnote 1', 'PP5', 'recall', 'S/2024/671'],
      ['footnote 2', 'PP11', 'welcome', 'A/79/1005'],
      ['footnote 2', 'PP11', 'welcome', 'A/79/1005/Corr.1'],
      ['footnote 2', 'PP11', 'welcome', 'A/C.3/79/L.15/Rev.1']
    ])
  })

  it('a sub-paragraph takes the phrase of its paragraph', () => {
    expect(rows.filter((row) => row.label.startsWith('OP5(')).map((row) => [row.label, row.phrase, row.text])).toEqual([
      ['OP5(a)', 'Decides', 'section IV of resolution 79/327'],
      ['OP5(b)', 'Decides', 'subparagraph (a) above'],
      ['OP5(b)', 'Decides', 'resolution 2231 (2015)']
    ])
  })

  it('finds the one dangling reference', () => {
    expect(danglingRows(rows).map((row) => [row.label, row.text, row.targets, row.missing])).toEqual([
      ['OP8', 'paragraphs 4 and 13 above', ['OP4'], ['OP13']]
    ])
  })

  it('filters by kind', async () => {
    const {stdout, code} = await run(['refs', '--json', '--kind', 'decision,document', forms])
    expect(code).toBe(0)
    const kinds = new Set((JSON.parse(stdout) as RefRow[]).map((row) => row.kind))
    expect([...kinds].sort()).toEqual(['decision', 'document'])
    expect((JSON.parse(stdout) as RefRow[]).length).toBe(rows.filter((row) => row.kind === 'decision' || row.kind === 'document').length)
  })
})

describe('fixture corpus: three documents citing each other', () => {
  const graph = graphOf(corpus)

  it('names each document by its own symbol: header, or number and organ for an adopted text', () => {
    expect(graph.nodes.filter((node) => node.file).map((node) => [node.id, node.file, node.kind])).toEqual([
      ['A/81/L.34', corpus[0], 'document'],
      ['A/RES/79/141', corpus[1], 'resolution'],
      ['A/RES/80/211', corpus[2], 'resolution']
    ])
    const adopted = parse(readFileSync(join(root, corpus[1]!), 'utf8')).tree
    expect(adopted.symbol).toBeUndefined()
    expect(documentSymbol(adopted)).toBe('A/RES/79/141')
    expect(documentSymbol(parse(seed).tree)).toBeUndefined()
  })

  it('links a cited resolution that is among the files to that file\'s node', () => {
    const edges = graph.edges.map((edge) => [edge.from, edge.to, edge.head, edge.labels.join(' ')])
    expect(edges).toContainEqual(['A/81/L.34', 'A/RES/79/141', 'recall', 'PP1'])
    expect(edges).toContainEqual(['A/81/L.34', 'A/RES/80/211', 'recall', 'PP1'])
    expect(edges).toContainEqual(['A/81/L.34', 'A/RES/80/211', 'reaffirm', 'OP2'])
    expect(edges).toContainEqual(['A/RES/80/211', 'A/RES/79/141', 'recall', 'PP1'])
    expect(edges).toContainEqual(['A/RES/80/211', 'A/RES/79/141', 'urge', 'OP3'])
    expect(graph.nodes.filter((node) => node.id === 'A/RES/79/141')).toHaveLength(1)
    // Each edge joins two nodes of the graph.
    const ids = new Set(graph.nodes.map((node) => node.id))
    for (const edge of graph.edges) expect(ids.has(edge.from) && ids.has(edge.to)).toBe(true)
  })

  it('prints the graph as JSON, the graph of the library', async () => {
    const json = await run(['refs', '--graph', 'json', ...corpus])
    expect(JSON.parse(json.stdout)).toEqual(graph)
  })

  it('keeps only the kinds asked for in the graph', async () => {
    const {stdout} = await run(['refs', '--graph', 'json', '--kind', 'resolution', ...corpus])
    const filtered = JSON.parse(stdout) as RefGraph
    expect(filtered.edges.length).toBeGreaterThan(0)
    expect(filtered.nodes.filter((node) => !node.file).every((node) => node.kind === 'resolution')).toBe(true)
  })
})

/** Three sets of three documents, for the rendered graphs. */
const graphSets: Array<[string, string[]]> = [
  ['the refs corpus', corpus],
  ['three parse fixtures', ['seed-pdf', 'security-council', 'subparagraphs'].map((name) => rel(documentInput(name)))],
  ['the forms fixture with two of the corpus', [forms, corpus[0]!, corpus[2]!]]
]

describe('the DOT output renders with Graphviz', () => {
  const hasDot = spawnSync('dot', ['-V']).status === 0
  for (const [what, files] of graphSets) {
    it.skipIf(!hasDot)('system Graphviz `dot -Tsvg` renders ' + what, () => {
      const svg = execFileSync('dot', ['-Tsvg'], {input: graphDot(graphOf(files)), encoding: 'utf8'})
      expectSvgOf(svg, graphOf(files))
    })
  }
})

describe('--graph svg: the picture, laid out by Graphviz in WebAssembly', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'reso-refs-'))
  for (const [what, files] of graphSets) {
    it('writes a valid SVG whose nodes and edges are those of the JSON graph: ' + what, async () => {
      const out = join(scratch, what.replace(/\W+/g, '-') + '.svg')
      const {code, stdout} = await run(['refs', '--graph', 'svg', '--out', out, ...files])
      expect(code).toBe(0)
      expect(stdout).toBe('')
      const json = JSON.parse((await run(['refs', '--graph', 'json', ...files])).stdout) as RefGraph
      expectSvgOf(readFileSync(out, 'utf8'), json)
    })
  }

  it('writes to stdout without --out', async () => {
    const {stdout} = await run(['refs', '--graph', 'svg', seedFile])
    expect(parseXml(stdout).name).toBe('svg')
  })

  it('escapes what the input brings: quotes, backslashes, control characters', async () => {
    const tricky: RefGraph = {
      nodes: [{id: 'a "quoted" \\ name\u001b[31m', kind: 'resolution', file: 'x"y.md', title: 'A <title> & "more"'}, {id: 'A/RES/1/1', kind: 'resolution'}],
      edges: [{from: 'a "quoted" \\ name\u001b[31m', to: 'A/RES/1/1', head: 'recall', labels: ['PP1', 'footnote 1'], count: 2}]
    }
    const svg = await graphSvg(tricky)
    const parsed = parseXml(svg)
    const nodes = elements(parsed, 'g').filter((g) => g.attributes.class === 'node')
    // The label shows the name as written (control characters escaped); Graphviz keeps a
    // backslash doubled in the name it writes into <title>.
    expect(nodes.map((g) => elements(g, 'text').map(xmlText))).toEqual([['a "quoted" \\ name\\x1b[31m', 'A <title> & "more"'], ['A/RES/1/1']])
    expect(nodes.map((g) => xmlText(child(g, 'title')))).toEqual(['a "quoted" \\\\ name\\\\x1b[31m', 'A/RES/1/1'])
    expect(elements(parsed, 'g').filter((g) => g.attributes.class === 'edge').map((g) => elements(g, 'text').map(xmlText))).toEqual([['recall: PP1, footnote 1']])
    expect(graphMermaid(tricky)).not.toMatch(/\u001b/)
    checkMermaid(graphMermaid(tricky), tricky)
  })
})

describe('the Mermaid output follows the flowchart grammar', () => {
  for (const [what, files] of graphSets) {
    it(what, () => checkMermaid(graphMermaid(graphOf(files)), graphOf(files)))
  }
})

describe('reso refs options and exit codes', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'reso-refs-'))

  it('--dangling --exit-code: exit 1 when a reference points at nothing, 0 when none does', async () => {
    const broken = await run(['refs', '--dangling', '--exit-code', ...corpus])
    expect(broken.code).toBe(1)
    expect(broken.stdout).toContain('paragraphs 2 and 6 above')
    const clean = await run(['refs', '--dangling', '--exit-code', seedFile])
    expect(clean.code).toBe(0)
    expect(clean.stdout).toBe('')
    expect(clean.stderr).toBe('reso: no dangling references\n')
  })

  it('--exit-code applies to every view', async () => {
    expect((await run(['refs', '--exit-code', forms])).code).toBe(1)
    expect((await run(['refs', '--exit-code', '--graph', 'json', forms])).code).toBe(1)
    expect((await run(['refs', forms])).code).toBe(0)
  })

  it('reads stdin as -', async () => {
    const {stdout, code} = await run(['refs', '--json', '-'], {stdin: seed})
    expect(code).toBe(0)
    expect((JSON.parse(stdout) as RefRow[]).every((row) => row.file === '<stdin>')).toBe(true)
    expect((JSON.parse(stdout) as RefRow[]).length).toBe(citationRows(parse(seed).tree, '-').length)
  })

  it('reports an unreadable file, goes on with the others and exits 2', async () => {
    const locked = join(scratch, 'locked.md')
    writeFileSync(locked, 'The General Assembly,\n\n1. *Decides* to remain seized of the matter.\n')
    chmodSync(locked, 0o000)
    const readable = spawnSync('cat', [locked]).status === 0
    const missing = join(scratch, 'missing.md')
    const {stdout, stderr, code} = await run(['refs', '--unique', missing, seedFile])
    expect(code).toBe(2)
    expect(stderr).toContain(missing + ': no such file; check the path (skipped)')
    expect(stdout).toContain('A/RES/74/247')
    if (!readable) expect((await run(['refs', locked])).stderr).toContain('permission denied')
  })

  it('says so on stderr when there is nothing to show, and only the error when nothing could be read', async () => {
    const none = await run(['refs', '-'], {stdin: 'The General Assembly,\n\n1. *Decides* to remain seized of the matter.\n'})
    expect([none.code, none.stdout, none.stderr]).toEqual([0, '', 'reso: no citations found\n'])
    const missing = join(scratch, 'gone.md')
    const unread = await run(['refs', missing])
    expect([unread.code, unread.stdout, unread.stderr]).toEqual([2, '', 'reso: ' + missing + ': no such file; check the path (skipped)\n'])
  })

  it('--out writes the table without colour', async () => {
    const out = join(scratch, 'refs.txt')
    const {stdout, code} = await run(['refs', '--color', 'always', '--out', out, seedFile], {env: {}})
    expect(code).toBe(0)
    expect(stdout).toBe('')
    expect(readFileSync(out, 'utf8')).toBe(readFileSync(join(fixtures, 'documents/seed/expected.refs.table.txt'), 'utf8'))
  })

  it('--out to a place it cannot write: one line, exit 2', async () => {
    const {stderr, code} = await run(['refs', '--out', join(scratch, 'no/such/dir/out.svg'), seedFile])
    expect(code).toBe(2)
    expect(stderr).toMatch(/no\/such\/dir\/out\.svg: cannot write \(ENOENT\); check the path and permissions\n$/)
  })

  it('rejects an unknown kind, a graph format and conflicting views with exit 2', async () => {
    const kind = await run(['refs', '--kind', 'resolution,treaty', seedFile])
    expect(kind.code).toBe(2)
    expect(kind.stderr).toContain('unknown kind "treaty"; use resolution, decision, document, article, internal')
    expect((await run(['refs', '--graph', 'png', seedFile])).code).toBe(2)
    expect((await run(['refs', '--unique', '--graph', 'dot', seedFile])).code).toBe(2)
    expect((await run(['refs', '--json', '--graph', 'dot', seedFile])).code).toBe(2)
    expect((await run(['refs'])).code).toBe(2)
  })

  it('colours only when asked, and never prints control characters from the input', async () => {
    const hostile = 'The General Assembly,\n\nRecalling its resolution 74/247\u001b[2J of 27 December 2019,\n\n1. *Decides* to act under \u202e resolution 75/282;\n'
    const plain = await run(['refs', '-'], {stdin: hostile})
    expect(plain.stdout).not.toMatch(/[\u001b\u202e]/)
    const json = await run(['refs', '--json', '-'], {stdin: hostile})
    expect(json.stdout).not.toMatch(/[\u001b\u202e]/)
    expect(JSON.parse(json.stdout)).toHaveLength(2)
    const coloured = await run(['refs', '--color', 'always', seedFile], {env: {}})
    expect(coloured.stdout).toContain('\u001b[')
  })

  it('has help with examples', async () => {
    const {stdout, code} = await run(['refs', '--help'])
    expect(code).toBe(0)
    expect(stdout).toContain('Examples:')
    expect(stdout).toContain('reso refs --graph svg --out refs.svg')
  })
})

/* ------------------------------------------------------------------------ */
/* Checking rendered output: a small XML reader for the SVG, and the Mermaid  */
/* flowchart grammar for the subset reso writes.                              */

interface XmlElement {
  name: string
  attributes: Record<string, string>
  children: Array<XmlElement | string>
}

const entities: Record<string, string> = {amp: '&', lt: '<', gt: '>', quot: '"', apos: "'"}

function decodeEntities(text: string, where: number): string {
  return text.replace(/&([^;&\s]*);?/g, (whole, name: string) => {
    if (!whole.endsWith(';')) throw new Error('bare & at ' + where)
    if (name.startsWith('#x')) return String.fromCodePoint(parseInt(name.slice(2), 16))
    if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10))
    const value = entities[name]
    if (value === undefined) throw new Error('unknown entity &' + name + '; at ' + where)
    return value
  })
}

/**
 * Parse an XML document strictly enough to reject what is not well formed:
 * one root, every tag closed in order, quoted attributes, known entities.
 */
function parseXml(source: string): XmlElement {
  let index = 0
  const stack: XmlElement[] = []
  let rootElement: XmlElement | undefined
  const fail = (reason: string): never => {
    throw new Error('not well-formed XML at ' + index + ': ' + reason)
  }
  while (index < source.length) {
    if (source.startsWith('<?', index)) {
      const end = source.indexOf('?>', index)
      if (end === -1) fail('unclosed declaration')
      index = end + 2
    } else if (source.startsWith('<!--', index)) {
      const end = source.indexOf('-->', index)
      if (end === -1) fail('unclosed comment')
      index = end + 3
    } else if (source.startsWith('<!DOCTYPE', index)) {
      const end = source.indexOf('>', index)
      if (end === -1) fail('unclosed doctype')
      index = end + 1
    } else if (source.startsWith('</', index)) {
      const end = source.indexOf('>', index)
      const name = source.slice(index + 2, end).trim()
      const open = stack.pop()
      if (!open || open.name !== name) fail('</' + name + '> closes ' + (open ? '<' + open.name + '>' : 'nothing'))
      index = end + 1
    } else if (source[index] === '<') {
      const tag = /^<([A-Za-z_][\w:.-]*)/.exec(source.slice(index, index + 100))
      if (!tag) fail('bad tag name')
      const element: XmlElement = {name: tag![1]!, attributes: {}, children: []}
      index += tag![0].length
      for (;;) {
        while (/\s/.test(source[index] ?? '')) index++
        if (source.startsWith('/>', index) || source[index] === '>') break
        const attribute = /^([A-Za-z_][\w:.-]*)\s*=\s*("([^"<]*)"|'([^'<]*)')/.exec(source.slice(index, index + 10_000))
        if (!attribute) fail('bad attribute in <' + element.name + '>')
        if (attribute![1]! in element.attributes) fail('duplicate attribute ' + attribute![1])
        element.attributes[attribute![1]!] = decodeEntities(attribute![3] ?? attribute![4] ?? '', index)
        index += attribute![0].length
      }
      const parent = stack[stack.length - 1]
      if (parent) parent.children.push(element)
      else if (rootElement) fail('a second root element')
      else rootElement = element
      if (source.startsWith('/>', index)) index += 2
      else {
        index += 1
        stack.push(element)
      }
    } else {
      const end = source.indexOf('<', index)
      const text = source.slice(index, end === -1 ? source.length : end)
      const parent = stack[stack.length - 1]
      if (parent) parent.children.push(decodeEntities(text, index))
      else if (text.trim() !== '') fail('text outside the root')
      index = end === -1 ? source.length : end
    }
  }
  if (stack.length > 0) fail('<' + stack[stack.length - 1]!.name + '> is not closed')
  if (!rootElement) fail('no root element')
  return rootElement!
}

function elements(element: XmlElement, name: string): XmlElement[] {
  const result: XmlElement[] = []
  const visit = (node: XmlElement): void => {
    if (node.name === name) result.push(node)
    for (const child of node.children) if (typeof child !== 'string') visit(child)
  }
  visit(element)
  return result
}

function child(element: XmlElement, name: string): XmlElement {
  const found = element.children.find((node): node is XmlElement => typeof node !== 'string' && node.name === name)
  if (!found) throw new Error('<' + element.name + '> has no <' + name + '>')
  return found
}

function xmlText(element: XmlElement): string {
  return element.children.map((node) => (typeof node === 'string' ? node : xmlText(node))).join('')
}

const sorted = (items: string[]): string[] => [...items].sort()

/** The SVG is well formed, and its nodes and edges (ids, labels) are the graph's. */
function expectSvgOf(svg: string, graph: RefGraph): void {
  const document = parseXml(svg)
  expect(document.name).toBe('svg')
  expect(document.attributes.xmlns).toBe('http://www.w3.org/2000/svg')
  const groups = elements(document, 'g')
  const nodes = groups.filter((g) => g.attributes.class === 'node')
  const edges = groups.filter((g) => g.attributes.class === 'edge')
  expect(sorted(nodes.map((g) => xmlText(child(g, 'title'))))).toEqual(sorted(graph.nodes.map((node) => node.id)))
  expect(sorted(nodes.map((g) => elements(g, 'text').map(xmlText).join('\n')))).toEqual(sorted(graph.nodes.map((node) => nodeLines(node).join('\n'))))
  expect(sorted(edges.map((g) => xmlText(child(g, 'title'))))).toEqual(sorted(graph.edges.map((edge) => edge.from + '->' + edge.to)))
  expect(sorted(edges.map((g) => xmlText(child(g, 'title')) + ' ' + elements(g, 'text').map(xmlText).join(' ')))).toEqual(
    sorted(graph.edges.map((edge) => edge.from + '->' + edge.to + ' ' + edgeLabel(edge)))
  )
}

/**
 * Check Mermaid flowchart syntax for what reso writes: the header, node
 * statements with quoted labels (rectangle or stadium), edges with quoted
 * labels between declared nodes, classDef and class statements; entity
 * codes well formed, no raw quote in a label. Then match it with the graph.
 */
function checkMermaid(text: string, graph: RefGraph): void {
  const lines = text.split('\n')
  expect(lines.pop()).toBe('')
  expect(lines.shift()).toBe('flowchart RL')
  const label = String.raw`"((?:[^"#]|#(?:\d+|quot|amp|lt|gt);)*)"`
  const nodePattern = new RegExp(String.raw`^  (?:  )?(n\d+)(?:\[${label}\]|\(\[${label}\]\))$`)
  const subgraphPattern = new RegExp(String.raw`^  subgraph (g\d+)\[${label}\]$`)
  const edgePattern = new RegExp(String.raw`^  (n\d+) -->\|${label}\| (n\d+)$`)
  const declared = new Map<string, string>()
  const edges: string[] = []
  const decode = (value: string) => value.replace(/#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code))).replace(/#quot;/g, '"')
  let classes = false
  let inSubgraph = false
  for (const line of lines) {
    const subgraph = subgraphPattern.exec(line)
    if (subgraph && !inSubgraph) {
      inSubgraph = true
      continue
    }
    if (line === '  end' && inSubgraph) {
      inSubgraph = false
      continue
    }
    const node = nodePattern.exec(line)
    if (node && line.startsWith('    ') === inSubgraph) {
      expect(declared.has(node[1]!)).toBe(false)
      declared.set(node[1]!, decode(node[2] ?? node[3]!))
      continue
    }
    const edge = edgePattern.exec(line)
    if (edge) {
      expect(declared.has(edge[1]!) && declared.has(edge[3]!)).toBe(true)
      edges.push(declared.get(edge[1]!)!.split('<br/>')[0] + '->' + declared.get(edge[3]!)!.split('<br/>')[0] + ' ' + decode(edge[2]!))
      continue
    }
    if (/^  classDef [a-z]+ [a-z-]+:[#\w]+(?:,[a-z-]+:[#\w]+)*$/.test(line)) {
      classes = true
      continue
    }
    const use = /^  class ((?:n\d+,)*n\d+) [a-z]+$/.exec(line)
    if (use && classes) {
      for (const id of use[1]!.split(',')) expect(declared.has(id)).toBe(true)
      continue
    }
    throw new Error('not a Mermaid flowchart statement: ' + JSON.stringify(line))
  }
  expect(inSubgraph).toBe(false)
  const plain = (value: string) => value.replace(/\\x1b/g, '\u001b')
  expect(sorted([...declared.values()].map((value) => plain(value.split('<br/>')[0]!)))).toEqual(sorted(graph.nodes.map((node) => node.id)))
  expect(sorted(edges.map(plain))).toEqual(sorted(graph.edges.map((edge) => edge.from + '->' + edge.to + ' ' + edgeLabel(edge))))
}


describe('a draft and what it became (issue 15)', () => {
  const draft = [
    'United Nations', 'A/80/L.4', 'General Assembly', 'Distr.: Limited', '6 October 2025', '',
    'Eightieth session', 'Agenda item 13', '',
    'Turkmenistan: draft resolution', '',
    'Awaza Political Declaration', '',
    'The General Assembly,', '',
    'Recalling its resolution 76/217 of 17 December 2021,', '',
    '1. Decides to remain seized of the matter.', ''
  ].join('\n')
  const adopted = [
    'United Nations', 'A/RES/80/3', 'General Assembly', 'Distr.: General', '15 October 2025', '',
    'Eightieth session', 'Agenda item 13', '',
    'Resolution adopted by the General Assembly on 14 October 2025', '',
    '[without reference to a Main Committee (A/80/L.4)]', '',
    '80/3. Awaza Political Declaration', '',
    'The General Assembly,', '',
    'Recalling its resolution 76/217 of 17 December 2021,', '',
    '1. Decides to remain seized of the matter.', ''
  ].join('\n')
  const documents = (texts: Array<[string, string]>) => texts.map(([file, text]) => {
    const {tree} = parse(text, {format: 'text'})
    return {tree, file, rows: citationRows(tree, file)}
  })

  it('reads the draft or report into adoptedFrom', () => {
    expect(parse(adopted, {format: 'text'}).tree.adoptedFrom).toBe('A/80/L.4')
    expect(parse(adopted.replace('without reference to a Main Committee (A/80/L.4)', 'on the report of the Third Committee\n(A/80/540, para. 5)'), {format: 'text'}).tree.adoptedFrom).toBe('A/80/540')
    expect(parse(draft, {format: 'text'}).tree.adoptedFrom).toBeUndefined()
  })

  it('joins them with an edge "adopted as" when both are in the corpus, in either order', () => {
    for (const order of [[['draft.txt', draft], ['adopted.txt', adopted]], [['adopted.txt', adopted], ['draft.txt', draft]]] as Array<Array<[string, string]>>) {
      const graph = refGraph(documents(order))
      expect(graph.edges.filter((edge) => edge.relation === 'adopted as')).toEqual([{from: 'A/80/L.4', to: 'A/RES/80/3', relation: 'adopted as', labels: ['adopted as'], count: 1}])
    }
    expect(refGraph(documents([['adopted.txt', adopted]])).edges.some((edge) => edge.relation === 'adopted as')).toBe(false)
  })
})

describe('footnotes of PDF text: the row stands in the footnote and names the paragraph carrying its marker (issue 15)', () => {
  const text = [
    'The General Assembly,',
    '',
    'Guided by the Charter of the United Nations, the Universal Declaration of Human',
    'Rights,1 the International Covenant on Civil and Political Rights, 2 the International',
    'Convention on the Elimination of All Forms of Racial Discrimination,',
    '',
    'Recalling Human Rights Council resolutions 44/20 of 17 July 2020, 3  47/21 of',
    '13 July 2021, and its resolution 78/1,',
    '',
    '1. Decides to remain seized of the matter.',
    '__________________',
    '1  Resolution 217 A (III).',
    '2  See resolution 2200 A (XXI), annex.',
    '3  See A/75/53, chap. V, sect. A.',
    '4  A/78/1.',
    ''
  ].join('\n')
  const rows = citationRows(parse(text, {format: 'text'}).tree, 'draft.txt')

  it('a marker set apart by spaces is read ("Rights, 2 the")', () => {
    expect(rows.filter((row) => row.label.startsWith('footnote')).map((row) => [row.label, row.via, row.symbol])).toEqual([
      ['footnote 1', 'PP1', 'A/RES/217A(III)'],
      ['footnote 2', 'PP1', 'A/RES/2200A(XXI)'],
      ['footnote 3', 'PP2', 'A/75/53'],
      ['footnote 4', undefined, 'A/78/1']
    ])
    expect(rows.filter((row) => row.label === 'PP2').map((row) => row.symbol)).toEqual(['A/HRC/RES/44/20', 'A/HRC/RES/47/21', 'A/RES/78/1'])
  })

  it('`refs --kind resolution` shows a paragraph\'s footnote citations marked with it: "footnote 2 (PP1)"', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'reso-via-'))
    writeFileSync(join(dir, 'draft.txt'), text)
    const {stdout} = await run(['refs', '--kind', 'resolution', join(dir, 'draft.txt')])
    expect(stdout.split('\n').filter((line) => line.startsWith('footnote')).map((line) => line.split(/\s{2,}/).slice(0, 4))).toEqual([
      ['footnote 1 (PP1)', '12:4', 'resolution', 'A/RES/217A(III)'],
      ['footnote 2 (PP1)', '13:8', 'resolution', 'A/RES/2200A(XXI)']
    ])
  })
})

describe('--focus, --depth and --min-cites cut the graph for every format (issue 15)', () => {
  const graph: RefGraph = {
    nodes: [
      {id: 'A/RES/80/1', kind: 'resolution', file: 'a.txt'},
      {id: 'A/RES/70/1', kind: 'resolution'},
      {id: 'A/RES/80/2', kind: 'resolution', file: 'b.txt'},
      {id: 'A/RES/60/1', kind: 'resolution'},
      {id: 'A/RES/50/1', kind: 'resolution'}
    ],
    edges: [
      {from: 'A/RES/80/1', to: 'A/RES/70/1', labels: ['PP1'], count: 1},
      {from: 'A/RES/80/2', to: 'A/RES/70/1', labels: ['PP2'], count: 1},
      {from: 'A/RES/80/2', to: 'A/RES/60/1', labels: ['OP1'], count: 1},
      {from: 'A/RES/80/2', to: 'A/RES/50/1', labels: ['OP2', 'OP3'], count: 2}
    ]
  }
  const ids = (cut: RefGraph | undefined) => cut?.nodes.map((node) => node.id)

  it('--min-cites keeps the files and what is cited at least N times', () => {
    expect(ids(filterGraph(graph, {minCites: 2}))).toEqual(['A/RES/80/1', 'A/RES/70/1', 'A/RES/80/2', 'A/RES/50/1'])
    expect(filterGraph(graph, {minCites: 2})!.edges.map((edge) => edge.to)).toEqual(['A/RES/70/1', 'A/RES/70/1', 'A/RES/50/1'])
  })

  it('--focus keeps the neighbourhood, --depth how far', () => {
    expect(ids(filterGraph(graph, {focus: 'A/RES/80/1'}))).toEqual(['A/RES/80/1', 'A/RES/70/1'])
    expect(ids(filterGraph(graph, {focus: 'A/RES/80/1', depth: 2}))).toEqual(['A/RES/80/1', 'A/RES/70/1', 'A/RES/80/2'])
    expect(ids(filterGraph(graph, {focus: 'A/RES/80/1', depth: 3}))).toEqual(['A/RES/80/1', 'A/RES/70/1', 'A/RES/80/2', 'A/RES/60/1', 'A/RES/50/1'])
    expect(filterGraph(graph, {focus: 'A/RES/99/1'})).toBeUndefined()
  })

  it('the command: a focus that is no node, or a cut without --graph, is one line and exit 2', async () => {
    const bad = await run(['refs', '--graph', 'dot', '--focus', 'A/RES/99/1', seedFile])
    expect([bad.code, bad.stderr.trim().split('\n').length]).toEqual([2, 1])
    const alone = await run(['refs', '--min-cites', '2', seedFile])
    expect([alone.code, alone.stderr.trim()]).toEqual([2, 'reso: --focus, --depth and --min-cites cut the graph: use them with --graph <format>'])
    const depth = await run(['refs', '--graph', 'json', '--focus', 'A/RES/74/247', '--depth', '0', seedFile])
    expect(depth.code).toBe(2)
    const focused = await run(['refs', '--graph', 'json', '--focus', 'A/RES/74/247', seedFile])
    expect((JSON.parse(focused.stdout) as RefGraph).nodes.map((node) => node.id)).toEqual(['fixtures/documents/seed/input.md', 'A/RES/74/247'])
  })
})
