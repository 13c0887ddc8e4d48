/**
 * `--exit-code` on real draft -> adopted pairs (../shared/corpus-pdf, their
 * text forms): a pair whose body is the same must not differ (symbol, date,
 * distribution change at adoption and do not count), a changed pair must.
 * The same pairs read from their PDFs go through the command. Text-form
 * pairs that fail today for a known text-extraction defect are listed with
 * the defect, as expected failures: when the reader is fixed, they pass and
 * this test says so.
 */
import {existsSync, readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {chain, diff} from '../src/diff/index.js'
import {parse} from '../src/index.js'
import {run} from './helpers.js'

const corpus = fileURLToPath(new URL('../../shared/corpus-pdf/', import.meta.url))
const present = existsSync(corpus + 'PAIRS.tsv')

/** Draft files whose pair fails today, and why (src/read/pdf-text/ or the parser). */
const knownDefects: Record<string, string> = {
  'A_80_L.4': 'in the draft\'s text form the sponsors\' footnote ("* Any changes to the list of sponsors ...") is left as a block inside the annexed Declaration, and the section number "II." stands as a block of its own where the adopted text has it on its heading\'s line'
}

function pairs(): Array<{draft: string; adopted: string; changed: boolean}> {
  return readFileSync(corpus + 'PAIRS.tsv', 'utf8').trim().split('\n').slice(1).map((line) => {
    const [draft, adopted, , , changed] = line.split('\t')
    return {draft: draft!.replace(/\.pdf$/, ''), adopted: adopted!.replace(/\.pdf$/, ''), changed: changed === 'yes'}
  })
}

const read = (name: string) => parse(readFileSync(corpus + 'text/' + name + '.txt', 'utf8'), {format: 'text'}).tree

describe.skipIf(!present)('--exit-code on real draft -> adopted pairs', () => {
  if (!present) return
  for (const pair of pairs()) {
    const name = pair.draft + ' -> ' + pair.adopted + (pair.changed ? ': the text changed' : ': same body, exit 0')
    const test = (): void => {
      const result = diff(read(pair.draft), read(pair.adopted))
      expect(result.differs).toBe(pair.changed)
      // Adoption's header facts are still shown.
      expect(result.header.map((change) => change.field)).toContain('symbol')
    }
    if (knownDefects[pair.draft]) it.fails(name + ' (known: ' + knownDefects[pair.draft] + ')', test)
    else it(name, test)
  }
})

if (!present) describe('--exit-code on real pairs', () => it.skip('skipped: ../shared/corpus-pdf is absent', () => {}))

/** Labelled paragraphs of a tree (not sub-paragraphs) with their source spans. */
function spans(tree: ReturnType<typeof read>): Map<string, {start: number; end: number}> {
  const map = new Map<string, {start: number; end: number}>()
  const stack: unknown[] = [tree]
  while (stack.length > 0) {
    const node = stack.pop() as {type: string; label?: string; children?: unknown[]; position?: {start: {offset?: number}; end: {offset?: number}}}
    if ((node.type === 'preambularParagraph' || node.type === 'operativeParagraph') && node.label && node.position?.start.offset !== undefined && node.position.end.offset !== undefined) {
      map.set(node.label, {start: node.position.start.offset, end: node.position.end.offset})
      continue
    }
    if (node.children) stack.push(...node.children)
  }
  return map
}

/**
 * Real chains: a real pair with a middle version made by applying the first
 * half of its real changes to the draft (each reworded paragraph's text
 * taken from the adopted text). Along the chain, each reworded paragraph is
 * reworded once, at the step that carries its change, and keeps its row.
 */
describe.skipIf(!present)('real pairs as chains: draft -> half the changes -> adopted', () => {
  if (!present) return
  for (const [draftName, adoptedName] of [['A_C.3_80_L.45', 'A_RES_80_214'], ['A_C.3_80_L.11', 'A_RES_80_176'], ['A_C.2_80_L.40', 'A_RES_80_144']] as const) {
    it(draftName + ' -> middle -> ' + adoptedName, () => {
      const draftText = readFileSync(corpus + 'text/' + draftName + '.txt', 'utf8')
      const adoptedText = readFileSync(corpus + 'text/' + adoptedName + '.txt', 'utf8')
      const draft = parse(draftText, {format: 'text'}).tree
      const adopted = parse(adoptedText, {format: 'text'}).tree
      const direct = diff(draft, adopted)
      const reworded = direct.changes.filter((change) => change.kind === 'changed' && change.old.length === 1 && change.new.length === 1 && change.old[0] === change.new[0])
      expect(reworded.length).toBeGreaterThanOrEqual(4)
      const first = reworded.slice(0, Math.floor(reworded.length / 2))
      const oldSpans = spans(draft)
      const newSpans = spans(adopted)
      // Replace from the end, so that earlier offsets hold.
      let middleText = draftText
      for (const change of [...first].sort((a, b) => oldSpans.get(b.old[0]!)!.start - oldSpans.get(a.old[0]!)!.start)) {
        const from = oldSpans.get(change.old[0]!)!
        const to = newSpans.get(change.new[0]!)!
        middleText = middleText.slice(0, from.start) + adoptedText.slice(to.start, to.end) + middleText.slice(from.end)
      }
      const middle = parse(middleText, {format: 'text'}).tree
      const result = chain([draft, middle, adopted])
      const rowOf = (label: string) => result.paragraphs.find((paragraph) => paragraph.labels[2] === label)!
      for (const change of reworded) {
        const row = rowOf(change.new[0]!)
        expect(row.labels, change.new[0]).toEqual([change.old[0], change.old[0], change.new[0]])
        const early = first.includes(change)
        expect(row.marks, change.new[0] + (early ? ' reworded at step 1' : ' reworded at step 2')).toEqual(early ? ['~', '='] : ['=', '~'])
      }
    })
  }
})

/** The same pairs read from their PDFs (src/read/pdf/), through the command: the exit status itself. */
describe.skipIf(!present)('reso diff --exit-code on the real PDF pairs', () => {
  if (!present) return
  for (const pair of pairs()) {
    it(pair.draft + '.pdf -> ' + pair.adopted + '.pdf: exit ' + (pair.changed ? 1 : 0), async () => {
      const {code, stderr} = await run(['diff', '--exit-code', '--stat', corpus + pair.draft + '.pdf', corpus + pair.adopted + '.pdf'])
      expect(stderr).not.toMatch(/error/i)
      expect(code).toBe(pair.changed ? 1 : 0)
    }, 60_000)
  }
})
