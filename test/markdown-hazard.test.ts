/**
 * Markdown that no UN document looks like, and that makes micromark hang or
 * run out of memory, is found before remark-parse sees it and read as plain
 * text with a warning. The walk over remark's tree has no recursion.
 */
import {readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {parse} from '../src/index.js'
import {markdownHazard} from '../src/read/hazard.js'
import {readMarkdown} from '../src/read/markdown.js'
import {paragraphs} from '../src/grammar/paragraphs.js'
import {root, seed} from './helpers.js'

/** The inputs of the attack run (issue 17) that hung reso or crashed its walk. */
const attacks: Record<string, () => string> = {
  '100,000 "- " lines': () => '- \n'.repeat(100_000),
  '100,000 ">"': () => '>'.repeat(100_000) + '\n',
  'nested *_': () => '*_'.repeat(50_000) + '\n',
  '100,000 "=" lines': () => 'a\n' + '=\n'.repeat(100_000),
  '[ x 1e5, ] x 1e5': () => '['.repeat(100_000) + ']'.repeat(100_000) + '\n',
  '200,000 link definitions': () => Array.from({length: 200_000}, (_, i) => '[a' + i + ']: /u' + i + '\n').join(''),
  '">" x 5000': () => '>'.repeat(5000) + ' x\n',
  '"1. " x 2000': () => '1. '.repeat(2000) + 'x\n',
  '10,000 "* * *" lines': () => '* * *\n'.repeat(10_000),
  '4,000 one-line blockquotes': () => '> x\n\n'.repeat(4000),
  // Found by npm run fuzz (seed 2): a .txt with Markdown's marks, over 30 s.
  '"<!--" x 1e5': () => '1. # [bis]\n\n' + '<!--'.repeat(100_000) + '-'.repeat(100_000) + '\n'
}

describe('markdown hazards', () => {
  for (const [name, make] of Object.entries(attacks)) {
    it('reads ' + name + ' as plain text, with a warning', () => {
      const text = make()
      expect(markdownHazard(text)).toBeDefined()
      const {tree, diagnostics} = parse(text, {format: 'markdown'})
      expect(tree.format).toBe('text')
      const refused = diagnostics.filter((d) => d.ruleId === 'markdown-refused')
      expect(refused).toHaveLength(1)
      expect(refused[0]!.reason).toMatch(/^read as plain text, not Markdown: /)
    })
  }

  it('finds no hazard in any Markdown fixture or in the seed', () => {
    const inputs: string[] = [seed]
    for (const group of readdirSync(join(root, 'fixtures'), {withFileTypes: true}).filter((entry) => entry.isDirectory()).map((entry) => entry.name)) {
      for (const entry of readdirSync(join(root, 'fixtures', group), {withFileTypes: true})) {
        if (!entry.isDirectory()) continue
        const dir = join(root, 'fixtures', group, entry.name)
        for (const file of readdirSync(dir)) if (/\.md$/.test(file)) inputs.push(readFileSync(join(dir, file), 'utf8'))
      }
    }
    expect(inputs.length).toBeGreaterThan(5)
    for (const input of inputs) expect(markdownHazard(input)).toBeUndefined()
    // A long document of real shapes: the seed 500 times over (4 MB, thousands of footnote definitions).
    expect(markdownHazard(seed.repeat(500))).toBeUndefined()
  })

  it('passes a long resolution with nested lists, rules, notes and footnotes', () => {
    const parts = ['The General Assembly,', '']
    for (let i = 1; i <= 300; i++) parts.push(i + '. *Requests* the Secretary-General [to report][^' + i + '];', '   (a) on the first part;', '   - a point', '     - a finer point', '', '---', '')
    for (let i = 1; i <= 300; i++) parts.push('[^' + i + ']: A/RES/74/' + i + '.', '')
    const text = parts.join('\n')
    expect(markdownHazard(text)).toBeUndefined()
    expect(parse(text, {format: 'markdown'}).tree.format).toBe('markdown')
  })

  it('says on which line the input stops looking like a resolution', () => {
    expect(markdownHazard('The General Assembly,\n\n' + '['.repeat(40) + '\n')).toEqual({reason: 'more than 32 unclosed [ in one paragraph', line: 3})
  })

  it('walks a deeply nested remark tree without recursion', () => {
    // Past the guard, straight to the reader: 3,000 nested blockquotes and lists.
    for (const text of ['>'.repeat(3000) + ' deep words\n', '1. '.repeat(1500) + 'deep words\n']) {
      const blocks = readMarkdown(text)
      expect(blocks.map((block) => block.pieces.map((piece) => piece.text).join(''))).toContain('deep words')
    }
  })

  it('keeps the words of a refused text', () => {
    const text = 'The General Assembly,\n\n1. Decides to act;\n\n' + '> '.repeat(20) + 'quoted words\n'
    const {tree} = parse(text, {format: 'markdown'})
    expect(tree.format).toBe('text')
    expect(paragraphs(tree).map((p) => p.label)).toContain('OP1')
  })
})
