/**
 * The view tables drive the commands: every view of `reso diff` in
 * render/diff/index.ts is chosen by its flag (or by none, the default) and
 * prints what its render function draws, and the flags exclude each other;
 * every format in render/graph/index.ts is a choice of `reso refs --graph`
 * and prints what its render function writes. A view or format added as one
 * module and one table row is covered here without a new test.
 */
import {describe, expect, it} from 'vitest'
import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {Chalk} from 'chalk'
import {parse} from '../src/index.js'
import {diff} from '../src/diff/index.js'
import {citationRows, refGraph} from '../src/query/refs.js'
import {defaultView, diffViews} from '../src/render/diff/index.js'
import {graphFormats} from '../src/render/graph/index.js'
import {root, run} from './helpers.js'

const oldFile = 'fixtures/documents/draft-brackets/input.md'
const newFile = 'fixtures/documents/draft-brackets-rev1/input.md'
const corpus = ['fixtures/documents/a-81-l-34/input.md', 'fixtures/documents/a-res-79-141/input.md', 'fixtures/documents/a-res-80-211/input.txt']

const treeOf = (file: string) => parse(readFileSync(join(root, file), 'utf8'), {format: file.endsWith('.md') ? 'markdown' : 'auto'}).tree

describe('the diff views table', () => {
  const result = diff(treeOf(oldFile), treeOf(newFile))
  const layout = {width: 120, context: 1, full: false, names: [oldFile, newFile] as [string, string]}

  it('has one default view, the first, and a flag for every other', () => {
    expect(diffViews.filter((view) => view.flag === undefined)).toEqual([defaultView])
    expect(diffViews[0]).toBe(defaultView)
    expect(new Set(diffViews.map((view) => view.flag)).size).toBe(diffViews.length)
  })

  for (const view of diffViews) {
    it('reso diff ' + (view.flag ?? '(no flag)') + ' prints the ' + view.name + ' view', async () => {
      const {stdout, code} = await run(['diff', '--width', '120', ...(view.flag ? [view.flag] : []), oldFile, newFile])
      expect(code).toBe(0)
      expect(stdout).toBe(view.render(result, layout, new Chalk({level: 0})).join('\n') + '\n')
    })
  }

  it('takes one view at a time', async () => {
    const flags = diffViews.flatMap((view) => (view.flag ? [view.flag] : []))
    for (const [index, flag] of flags.entries()) {
      for (const other of flags.slice(index + 1)) {
        const {stderr, code} = await run(['diff', flag, other, oldFile, newFile])
        expect(code).toBe(2)
        expect(stderr).toMatch(/cannot be used with option/)
      }
    }
  })
})

describe('the graph formats table', () => {
  const graph = refGraph(corpus.map((file) => {
    const tree = treeOf(file)
    return {tree, file, rows: citationRows(tree, file)}
  }))

  it('gives refs --graph its choices', async () => {
    const {stderr, code} = await run(['refs', '--graph', 'nonesuch', corpus[0]!])
    expect(code).toBe(2)
    expect(stderr).toContain('Allowed choices are ' + graphFormats.map((format) => format.name).join(', ') + ';')
  })

  for (const format of graphFormats) {
    it('reso refs --graph ' + format.name + ' prints what its module writes', async () => {
      const {stdout, code} = await run(['refs', '--graph', format.name, '--jobs', '1', ...corpus])
      expect(code).toBe(0)
      const output = await format.render(graph)
      expect(stdout).toBe(typeof output === 'string' ? output : [...output].join(''))
    }, 60_000)
  }
})
