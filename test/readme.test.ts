/** Every command shown in the README prints what the README shows, so the README cannot go stale. */
import {existsSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {root, run} from './helpers.js'

const readme = readFileSync(join(root, 'README.md'), 'utf8')

/** Split a command line into words: spaces separate, single or double quotes group. */
function words(line: string): string[] {
  const result: string[] = []
  let current = ''
  let quote = ''
  let started = false
  for (const character of line) {
    if (quote) {
      if (character === quote) quote = ''
      else current += character
    } else if (character === "'" || character === '"') {
      quote = character
      started = true
    } else if (character === ' ') {
      if (started || current) result.push(current)
      current = ''
      started = false
    } else current += character
  }
  if (started || current) result.push(current)
  return result
}

const examples: Array<{command: string; output: string; partial: boolean}> = []
for (const [, block] of readme.matchAll(/```console\n([\s\S]*?)```/g)) {
  const parts = block!.split(/^\$ (.*)$/m)
  for (let index = 1; index < parts.length; index += 2) {
    let output = parts[index + 1]!.replace(/^\n/, '')
    const partial = output.trimEnd().endsWith('...')
    if (partial) output = output.trimEnd().slice(0, -3)
    examples.push({command: parts[index]!.trim(), output, partial})
  }
}

describe('README examples', () => {
  it('has examples for the commands', () => {
    expect(examples.length).toBeGreaterThanOrEqual(10)
  })

  // Examples on ../shared (the real documents) run where it is, as the answer key's test does.
  const shared = existsSync(join(root, '../shared/corpus-pdf'))
  for (const {command, output, partial} of examples) {
    it.runIf(shared || !command.includes('../shared/'))(command, async () => {
      const [program, ...args] = words(command)
      expect(program).toBe('reso')
      const {stdout} = await run(args)
      if (partial) expect(stdout.startsWith(output)).toBe(true)
      else expect(stdout.trim()).toBe(output.trim())
    })
  }
})
