/**
 * reso's copy of unist-util-select (src/query/unist-select/) selects what
 * the package selects, in the same order, with a walk whose work grows
 * with nodes x rules: the attack run of issue 17 found `a ~ b` cubic and
 * `*` quadratic in the package's walk.
 */
import {selectAll as packageSelectAll} from 'unist-util-select'
import {describe, expect, it} from 'vitest'
import {parse} from '../src/index.js'
import {selectAll} from '../src/query/unist-select/index.js'
import {seed} from './helpers.js'

const tree = parse(seed, {format: 'markdown'}).tree

const selectors = [
  '*',
  'operativeParagraph',
  'operativeParagraph ~ operativeParagraph',
  'operativeParagraph + operativeParagraph',
  'preambularParagraph ~ preambularParagraph ~ preambularParagraph',
  'operative > operativeParagraph:first-child',
  'operativeParagraph:last-child',
  'operativeParagraph:nth-child(2n+1) actionPhrase',
  'operativeParagraph:has(citation)',
  '*:has(*:has(*:has(*)))',
  'operativeParagraph:not(:has(subParagraph))',
  ':is(preambularParagraph, operativeParagraph) > actionPhrase[known=true]',
  'actionPhrase[head=request] ~ citation',
  'citation:only-of-type',
  'text:empty',
  'operativeParagraph text[value*=secretary i]'
]

describe('selectAll, kept with a linear walk', () => {
  for (const selector of selectors) {
    it('selects what unist-util-select selects: ' + selector, () => {
      const expected = packageSelectAll(selector, tree)
      const actual = selectAll(selector, tree)
      expect(actual.length).toBe(expected.length)
      expect(actual.every((node, index) => node === expected[index])).toBe(true)
    })
  }

  it('tests each node against each rule of `a ~ b` at most once per rule', () => {
    // 3,000 sibling paragraphs: the package's walk tested the later ones against a copy of `~ b` per earlier one.
    const parts = ['The General Assembly,', '']
    for (let i = 1; i <= 3000; i++) parts.push(i + '. Decides to act;', '')
    const big = parse(parts.join('\n'), {format: 'text'}).tree
    const counts = {tests: 0}
    const found = selectAll('operativeParagraph ~ operativeParagraph', big, counts)
    expect(found).toHaveLength(2999)
    let nodes = 0
    const stack: unknown[] = [big]
    while (stack.length > 0) {
      const node = stack.pop() as {children?: unknown[]}
      nodes++
      if (node.children) stack.push(...node.children)
    }
    // Two rules: the root rule and `~ operativeParagraph`.
    expect(counts.tests).toBeLessThanOrEqual(2 * nodes)
  })
})
