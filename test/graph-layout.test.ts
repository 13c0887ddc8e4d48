/**
 * The citation graph as a picture a person can read (issue 15): the year
 * each node belongs to, the columns of years left to right, the documents
 * of the corpus grouped and drawn larger than what they only cite, the
 * picture within an A3 page (1191 x 842 points), and the cuts (--focus,
 * --min-cites) the same in every format. On the fixtures, and on the 65
 * files of ../shared/corpus where it is.
 */
import {existsSync, readdirSync} from 'node:fs'
import {join, relative} from 'node:path'
import {describe, expect, it} from 'vitest'
import {yearOfSymbol} from '../src/recognize/citations/index.js'
import type {GraphNode, RefGraph} from '../src/query/refs.js'
import {graphDot, labelledEdges} from '../src/render/graph/dot.js'
import {columns, page} from '../src/render/graph/layout.js'
import {documents, groups, root, run} from './helpers.js'

const rel = (path: string): string => relative(root, path)
const corpus = groups('corpora').find((group) => group.name === 'citing-each-other')!.inputs.map(rel)
/** Every document fixture (23 documents: General Assembly, Human Rights Council, Security Council; drafts and adopted texts of 1974 to 2026). */
const allFixtures = [...new Set(documents().map((fixture) => rel(fixture.input)))].filter((file) => /\.(md|txt)$/.test(file))

interface SvgNode {
  title: string
  /** The centre of its first line of text. */
  x: number
  y: number
  fontSize: number
  classes: string
}

/** The size of the SVG (points) and its nodes, read from the markup Graphviz writes. */
function readSvg(svg: string): {width: number; height: number; scale: number; nodes: SvgNode[]} {
  const size = /<svg width="([\d.]+)pt" height="([\d.]+)pt"/.exec(svg)!
  const scale = /class="graph" transform="scale\(([\d.]+)/.exec(svg)!
  const nodes: SvgNode[] = []
  for (const match of svg.matchAll(/<g id="node\d+" class="(node[^"]*)">\s*<title>([^<]*)<\/title>[\s\S]*?<text[^>]* x="(-?[\d.]+)" y="(-?[\d.]+)"[^>]* font-size="([\d.]+)"/g)) {
    nodes.push({classes: match[1]!, title: unescape(match[2]!), x: Number(match[3]), y: Number(match[4]), fontSize: Number(match[5])})
  }
  return {width: Number(size[1]), height: Number(size[2]), scale: Number(scale[1]), nodes}
}

function unescape(text: string): string {
  return text.replace(/&#45;/g, '-').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'")
}

async function graphJson(args: string[]): Promise<RefGraph> {
  const {stdout, code} = await run(['refs', '--graph', 'json', ...args])
  expect(code).toBe(0)
  return JSON.parse(stdout) as RefGraph
}

async function svgOf(args: string[]): Promise<string> {
  const {stdout, code} = await run(['refs', '--graph', 'svg', ...args])
  expect(code).toBe(0)
  return stdout
}

describe('the year a symbol says', () => {
  it.each([
    ['S/RES/2231(2015)', 2015],
    ['S/RES/27(1947)', 1947],
    ['S/2025/271', 2025],
    ['A/RES/74/247', 2019],
    ['A/RES/80/20', 2025],
    ['A/DEC/79/512', 2024],
    ['A/80/534', 2025],
    ['A/C.3/79/L.15/Rev.1', 2024],
    ['A/RES/1514(XV)', 1960],
    ['A/RES/2602C(XXIV)', 1969],
    ['E/RES/2019/15', 2019],
    ['E/CN.4/RES/2005/66', 2005],
    ['A/HRC/RES/41/11', 2019],
    ['A/HRC/RES/58/17', 2025],
    ['A/HRC/59/L.21', 2025]
  ])('%s: %i', (symbol, year) => {
    expect(yearOfSymbol(symbol)).toBe(year)
  })

  it.each(['S/4434', 'S/1791/Add.1', 'CD/1999', 'A/RES/ES-11/1', 'A/RES/S-10/2', 'NPT/CONF.2000/28', 'A/AC.105/1116', 'A/5497'])('%s: none', (symbol) => {
    expect(yearOfSymbol(symbol)).toBeUndefined()
  })
})

describe('nodes carry their year and the documents their group', () => {
  it('the corpus fixture: documents by their date and session, cited symbols by their form', async () => {
    const graph = await graphJson(corpus)
    const of = (id: string): GraphNode => graph.nodes.find((node) => node.id === id)!
    expect([of('A/81/L.34'), of('A/RES/79/141'), of('A/RES/80/211')].map((node) => [node.year, node.group])).toEqual([
      [2026, 'General Assembly, eighty-first session'],
      [2024, 'General Assembly, seventy-ninth session'],
      [2025, 'General Assembly, eightieth session']
    ])
    expect(['A/RES/46/182', 'S/RES/2175(2014)', 'S/2025/271', 'A/80/289/Corr.1'].map((id) => of(id).year)).toEqual([1991, 2014, 2025, 2025])
    expect(graph.nodes.filter((node) => node.file === undefined).every((node) => node.group === undefined)).toBe(true)
  })

  it('a Human Rights Council text is grouped under the Council, not the General Assembly its masthead names', async () => {
    const graph = await graphJson(allFixtures)
    const hrc = graph.nodes.filter((node) => node.id.startsWith('A/HRC/') && node.file !== undefined)
    expect(hrc.length).toBeGreaterThanOrEqual(2)
    for (const node of hrc) expect(node.group).toMatch(/^Human Rights Council, [a-z-]+ session$/)
    expect(graph.nodes.find((node) => node.id === 'S/RES/2799(2025)')?.group).toBe('Security Council')
  })
})

describe('columns of years', () => {
  it('hold every node once, older columns left of newer, the unknown years last', async () => {
    const graph = await graphJson(allFixtures)
    const layout = columns(graph)
    const placed = layout.flatMap((column) => column.ids)
    expect([...placed].sort()).toEqual(graph.nodes.map((node) => node.id).sort())
    const year = new Map(graph.nodes.map((node) => [node.id, node.year]))
    const dated = layout.filter((column) => !column.label.startsWith('year not known'))
    for (let index = 1; index < dated.length; index++) {
      const before = Math.max(...dated[index - 1]!.ids.map((id) => year.get(id)!))
      const after = Math.min(...dated[index]!.ids.map((id) => year.get(id)!))
      expect(before).toBeLessThanOrEqual(after)
    }
    expect(layout.slice(dated.length).flatMap((column) => column.ids).every((id) => year.get(id) === undefined)).toBe(true)
    expect(layout.slice(dated.length).length).toBeGreaterThan(0)
    // Headings name the years they hold.
    for (const column of dated) {
      const years = column.ids.map((id) => year.get(id)!)
      const [first, last] = [Math.min(...years), Math.max(...years)]
      expect(column.label.replace(/ \(\d+\)$/, '')).toBe(first === last ? String(first) : first + '\u2013' + last)
    }
  })

  it('keep a document of the corpus out of the column of what it cites from other years, in a small graph', async () => {
    const graph = await graphJson([...allFixtures, '--focus', 'A/RES/80/211'])
    const layout = columns(graph)
    const columnOf = (id: string) => layout.findIndex((column) => column.ids.includes(id))
    const year = new Map(graph.nodes.map((node) => [node.id, node.year]))
    const across = graph.edges.filter((edge) => year.get(edge.from) !== year.get(edge.to))
    expect(across.length).toBeGreaterThan(5)
    for (const edge of across) expect(columnOf(edge.from), edge.from + ' -> ' + edge.to).not.toBe(columnOf(edge.to))
  })
})

describe('the SVG', () => {
  it('puts older nodes left of newer ones, column by column', async () => {
    const graph = await graphJson(allFixtures)
    const {nodes} = readSvg(await svgOf(allFixtures))
    const layout = columns(graph)
    const headings = nodes.filter((node) => node.classes === 'node column')
    expect(headings.map((node) => node.title)).toEqual(layout.map((_, index) => 'column ' + (index + 1)))
    // Each column's nodes stand at its heading's x, and the headings go left to right.
    for (let index = 1; index < headings.length; index++) expect(headings[index]!.x).toBeGreaterThan(headings[index - 1]!.x)
    const x = new Map(nodes.map((node) => [node.title, node.x]))
    layout.forEach((column, index) => {
      for (const id of column.ids) {
        expect(x.get(id)! > (index === 0 ? -Infinity : headings[index - 1]!.x), id).toBe(true)
        expect(x.get(id)! < (index === headings.length - 1 ? Infinity : headings[index + 1]!.x), id).toBe(true)
      }
    })
    const a = graph.nodes.find((node) => node.id === 'A/RES/3350(XXIX)')!
    const b = graph.nodes.find((node) => node.id === 'A/RES/80/211')!
    expect([a.year, b.year]).toEqual([1974, 2025])
    expect(x.get(a.id)!).toBeLessThan(x.get(b.id)!)
  }, 60_000)

  it('draws what is only cited in a smaller font than the documents of the corpus', async () => {
    const graph = await graphJson(allFixtures)
    const {nodes} = readSvg(await svgOf(allFixtures))
    const file = new Set(graph.nodes.filter((node) => node.file !== undefined).map((node) => node.id))
    const documentSizes = new Set(nodes.filter((node) => node.classes === 'node' && file.has(node.title)).map((node) => node.fontSize))
    const citedSizes = new Set(nodes.filter((node) => node.classes === 'node' && !file.has(node.title)).map((node) => node.fontSize))
    expect([...documentSizes]).toEqual([8])
    expect([...citedSizes]).toEqual([6.5])
  }, 60_000)

  it('groups the documents of the corpus in a box per organ and session', async () => {
    const svg = await svgOf(corpus)
    const clusters = [...svg.matchAll(/<g id="clust\d+" class="cluster">\s*<title>[^<]*<\/title>[\s\S]*?<text[^>]*>([^<]*)<\/text>/g)].map((match) => unescape(match[1]!))
    expect(clusters.sort()).toEqual(['General Assembly, eightieth session', 'General Assembly, eighty-first session', 'General Assembly, seventy-ninth session'])
  })

  it('fits an A3 page for every fixture document at once, scaled little', async () => {
    const {width, height, scale, nodes} = readSvg(await svgOf(allFixtures))
    expect(width).toBeLessThanOrEqual(page.width)
    expect(height).toBeLessThanOrEqual(page.height)
    expect(scale).toBeGreaterThan(0.9)
    expect(nodes.filter((node) => node.classes === 'node')).toHaveLength((await graphJson(allFixtures)).nodes.length)
  }, 60_000)
})

describe('the words on edges', () => {
  it('are drawn on a small graph and kept as tooltips on a large one; "adopted as" is always drawn, bold', async () => {
    const small = await svgOf(corpus)
    const edgeTexts = (svg: string) => [...svg.matchAll(/<g id="edge\d+" class="edge">[\s\S]*?<\/g>\s*<\/g>/g)].map((match) => [...match[0].matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((text) => unescape(text[1]!)))
    expect(edgeTexts(small).flat()).toContain('recall: PP1')
    const graph = await graphJson(allFixtures)
    expect(graph.edges.length).toBeGreaterThan(labelledEdges)
    const large = await svgOf(allFixtures)
    expect(edgeTexts(large).flat()).toEqual([])
    expect(large).toContain('xlink:title="A/RES/80/211 \u2192 A/RES/79/141: recall: PP1"')
    // A draft and its adopted text among many citations.
    const joined: RefGraph = {
      nodes: [...graph.nodes, {id: 'A/80/L.4', kind: 'document', file: 'draft.txt', year: 2025, group: 'General Assembly, eightieth session'}],
      edges: [...graph.edges, {from: 'A/80/L.4', to: 'A/RES/80/211', relation: 'adopted as', labels: ['adopted as'], count: 1}]
    }
    const adoptedLine = graphDot(joined).split('\n').find((line) => line.startsWith('  "A/80/L.4" -> "A/RES/80/211"'))!
    expect(adoptedLine).toContain('label="adopted as"')
    expect(adoptedLine).toContain('penwidth=1.6')
    expect(graphDot(joined).split('\n').filter((line) => line.includes(' -> ') && line.includes('label=')).length).toBe(1)
  }, 60_000)
})

describe('the cuts hold in every format', () => {
  it('--focus and --min-cites keep the same nodes and edges in json, csv, dot and mermaid', async () => {
    for (const cut of [['--focus', 'A/RES/79/141'], ['--focus', 'A/RES/80/211', '--depth', '2'], ['--min-cites', '2']]) {
      const graph = await graphJson([...allFixtures, ...cut])
      const ids = graph.nodes.map((node) => node.id).sort()
      const edges = graph.edges.map((edge) => edge.from + ' -> ' + edge.to).sort()
      expect(ids.length).toBeLessThan((await graphJson(allFixtures)).nodes.length)

      const csv = (await run(['refs', '--graph', 'csv', ...allFixtures, ...cut])).stdout.trim().split('\n').slice(1)
      expect(csv.map((line) => line.split(',').slice(0, 2).join(' -> ')).sort()).toEqual(edges)

      const dot = (await run(['refs', '--graph', 'dot', ...allFixtures, ...cut])).stdout
      const dotNodes = [...dot.matchAll(/^ {2,4}"((?:[^"\\]|\\.)*)" \[label=/gm)].map((match) => match[1]!).filter((id) => !id.startsWith('column '))
      expect(dotNodes.sort()).toEqual(ids)
      const dotEdges = [...dot.matchAll(/^ {2}"((?:[^"\\]|\\.)*)" -> "((?:[^"\\]|\\.)*)" \[label|^ {2}"((?:[^"\\]|\\.)*)" -> "((?:[^"\\]|\\.)*)" \[tooltip/gm)]
      expect(dotEdges.map((match) => (match[1] ?? match[3]) + ' -> ' + (match[2] ?? match[4])).sort()).toEqual(edges)
      // Every node stands in one column.
      expect([...dot.matchAll(/\{rank=same; "column \d+"; ([^}]*)\}/g)].flatMap((match) => [...match[1]!.matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((id) => id[1]!)).sort()).toEqual(ids)

      const mermaid = (await run(['refs', '--graph', 'mermaid', ...allFixtures, ...cut])).stdout
      expect([...mermaid.matchAll(/^ {2,4}n\d+(?:\["|\(\[")/gm)]).toHaveLength(ids.length)
      expect([...mermaid.matchAll(/ -->\|/g)]).toHaveLength(edges.length)
    }
  }, 120_000)
})

// The 65 files of ../shared/corpus, where it is (a CI clone puts shared/ beside the project).
const shared = join(root, '../shared/corpus')
const sharedFiles = existsSync(shared)
  ? ['ga-80', 'sc'].flatMap((folder) => readdirSync(join(shared, folder)).sort().map((name) => rel(join(shared, folder, name))))
  : []

describe.skipIf(sharedFiles.length === 0)('the shared corpus (65 files) as one picture', () => {
  it('has 65 files', () => expect(sharedFiles).toHaveLength(65))

  it('fits an A3 page, and with --min-cites 2 its labels keep at least 5.5 points', async () => {
    const all = readSvg(await svgOf(sharedFiles))
    expect(all.width).toBeLessThanOrEqual(page.width)
    expect(all.height).toBeLessThanOrEqual(page.height)
    expect(all.nodes.filter((node) => node.classes === 'node').length).toBeGreaterThan(700)
    const trimmed = readSvg(await svgOf(['--min-cites', '2', ...sharedFiles]))
    expect(trimmed.width).toBeLessThanOrEqual(page.width)
    expect(trimmed.height).toBeLessThanOrEqual(page.height)
    expect(Math.min(...trimmed.nodes.map((node) => node.fontSize)) * trimmed.scale).toBeGreaterThanOrEqual(5.5)
  }, 300_000)
})
