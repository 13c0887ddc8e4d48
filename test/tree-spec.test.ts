/**
 * docs/tree.md is checked against the parser and the types, so the spec
 * cannot drift from either.
 *
 * Examples. An example is a fenced input block (info string `markdown`, or
 * `text` for text extracted from a PDF), then a line "Yields:", then a
 * fenced `json` block holding one node with its positions left out. The
 * input is parsed with `parse` in that format; the example holds when some
 * node of the JSON's `type` in the tree equals the JSON. An HTML comment
 * `<!-- pending: lead -->` on the line before the input block skips the
 * example (it shows a field the parser does not set yet). Every node type
 * of src/tree.ts (its `type: '...'` literals) needs at least one example
 * that is not pending.
 *
 * Declarations. Every interface and type alias of src/tree.ts is written
 * out in a `ts` block of docs/tree.md with the same base, the same fields
 * (name, optionality, type) and the same doc comments; unist's Parent,
 * Literal and Node are written so in both. A field whose line in the doc
 * ends with `// pending: lead` is left out of the comparison.
 */
import {readFileSync} from 'node:fs'
import {isDeepStrictEqual} from 'node:util'
import {describe, expect, it} from 'vitest'
import {parse} from '../src/parse/index.js'
import type {Content} from '../src/tree.js'

const spec = readFileSync(new URL('../docs/tree.md', import.meta.url), 'utf8')
const types = readFileSync(new URL('../src/tree.ts', import.meta.url), 'utf8')

interface Fence {
  info: string
  body: string
  /** 1-based line of the opening fence. */
  line: number
  /** The line before the opening fence. */
  before: string
}

interface Example {
  section: string
  line: number
  format: 'markdown' | 'text'
  input: string
  expected: {type: string; [key: string]: unknown}
  pending: boolean
}

/** Fenced blocks in order, with the `###`/`##` heading each stands under. */
function fences(markdown: string): Array<Fence & {section: string; after: string}> {
  const lines = markdown.split('\n')
  const result: Array<Fence & {section: string; after: string}> = []
  let section = ''
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!
    const heading = /^#{2,3} (.+)$/.exec(line)
    if (heading) section = heading[1]!
    const open = /^```(\w*)\s*$/.exec(line)
    if (!open) continue
    const start = index
    index++
    while (index < lines.length && lines[index] !== '```') index++
    let next = index + 1
    while (next < lines.length && lines[next]!.trim() === '') next++
    result.push({
      info: open[1]!,
      body: lines.slice(start + 1, index).join('\n'),
      line: start + 1,
      before: start > 0 ? lines[start - 1]! : '',
      section,
      after: lines[next] ?? ''
    })
  }
  return result
}

function examples(markdown: string): Example[] {
  const blocks = fences(markdown)
  const result: Example[] = []
  for (let index = 0; index < blocks.length; index++) {
    const block = blocks[index]!
    if (block.info !== 'markdown' && block.info !== 'text') continue
    if (block.after.trim() !== 'Yields:') continue
    const json = blocks[index + 1]
    if (!json || json.info !== 'json') throw new Error('docs/tree.md:' + block.line + ': "Yields:" is not followed by a json block')
    result.push({
      section: block.section,
      line: block.line,
      format: block.info,
      input: block.body + '\n',
      expected: JSON.parse(json.body) as Example['expected'],
      pending: block.before.includes('<!-- pending: lead -->')
    })
  }
  return result
}

/** The nodes of a type, positions left out, in document order. */
function nodesOf(root: Content, type: string): unknown[] {
  const found: unknown[] = []
  const stack: Content[] = [root]
  while (stack.length > 0) {
    const node = stack.pop()!
    if (node.type === type) found.push(JSON.parse(JSON.stringify(node, (key, value: unknown) => (key === 'position' ? undefined : value))))
    if ('children' in node) for (let index = node.children.length - 1; index >= 0; index--) stack.push(node.children[index] as Content)
  }
  return found
}

const all = examples(spec)

describe('docs/tree.md examples', () => {
  it('has an example for every node type of src/tree.ts', () => {
    const declared = [...types.matchAll(/^ {2}type: '(\w+)'$/gm)].map((match) => match[1]!)
    expect(declared.length).toBeGreaterThan(15)
    const shown = new Set(all.filter((example) => !example.pending).map((example) => example.expected.type))
    expect(declared.filter((type) => !shown.has(type))).toEqual([])
  })

  it('pairs every "Yields:" with an input block', () => {
    const yields = spec.split('\n').filter((line) => line.trim() === 'Yields:').length
    expect(all.length).toBe(yields)
  })

  for (const example of all) {
    const name = example.section + ' (line ' + example.line + ', ' + example.format + ')'
    it.skipIf(example.pending)(name, () => {
      const {tree} = parse(example.input, {format: example.format})
      const candidates = nodesOf(tree, example.expected.type)
      if (!candidates.some((node) => isDeepStrictEqual(node, example.expected))) expect(candidates).toContainEqual(example.expected)
    })
  }
})

interface Field {
  optional: boolean
  type: string
  comment: string
}

interface Declaration {
  base: string
  fields: Map<string, Field>
}

const squash = (text: string): string => text.replace(/\s+/g, ' ').trim()

/** Interfaces and type aliases of TypeScript text written as src/tree.ts writes them. */
function declarations(source: string): {interfaces: Map<string, Declaration>; aliases: Map<string, string>} {
  const interfaces = new Map<string, Declaration>()
  const aliases = new Map<string, string>()
  const lines = source.split('\n')
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!
    const alias = /^(?:export )?type (\w+) =(.*)$/.exec(line)
    if (alias) {
      let body = alias[2]!
      while (index + 1 < lines.length && /^\s+\|/.test(lines[index + 1]!)) body += lines[++index]!
      aliases.set(alias[1]!, squash(body).replace(/^\| /, ''))
      continue
    }
    const head = /^(?:export )?interface (\w+)(?: extends (\w+))? \{$/.exec(line)
    if (!head) continue
    const fields = new Map<string, Field>()
    let comment: string[] = []
    let inComment = false
    for (index++; index < lines.length && lines[index] !== '}'; index++) {
      const text = lines[index]!.trim()
      if (text.startsWith('/**')) inComment = true
      if (inComment) {
        comment.push(text.replace(/^\/\*\*|\*\/$|^\*/g, ''))
        if (text.endsWith('*/')) inComment = false
        continue
      }
      const field = /^(\w+)(\??): (.+?)(\s*\/\/.*)?$/.exec(text)
      if (!field) continue
      if (!field[4]?.includes('pending: lead')) fields.set(field[1]!, {optional: field[2] === '?', type: squash(field[3]!), comment: squash(comment.join(' '))})
      comment = []
    }
    interfaces.set(head[1]!, {base: head[2] ?? '', fields})
  }
  return {interfaces, aliases}
}

describe('docs/tree.md declarations', () => {
  const code = declarations(types)
  const doc = declarations(
    fences(spec)
      .filter((block) => block.info === 'ts')
      .map((block) => block.body)
      .join('\n')
  )

  // A field the doc marks as pending is compared once the mark is gone, whether src/tree.ts has it yet or not.
  const pending = [...spec.matchAll(/^\s+(\w+)\??: .*\/\/ pending: lead$/gm)].map((match) => match[1]!)

  it('declares every interface and type alias of src/tree.ts', () => {
    expect([...doc.interfaces.keys()].sort()).toEqual([...code.interfaces.keys()].sort())
    expect([...doc.aliases.keys()].sort()).toEqual([...code.aliases.keys()].sort())
  })

  for (const [name, declaration] of code.interfaces) {
    it('interface ' + name, () => {
      const written = doc.interfaces.get(name)
      expect(written?.base).toBe(declaration.base)
      const fields = new Map([...declaration.fields].filter(([field]) => !pending.includes(field)))
      expect(Object.fromEntries(written?.fields ?? [])).toEqual(Object.fromEntries(fields))
    })
  }

  for (const [name, body] of code.aliases) {
    it('type ' + name, () => {
      expect(doc.aliases.get(name)).toBe(body)
    })
  }
})
