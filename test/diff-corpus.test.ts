/**
 * `--exit-code` on real draft -> adopted pairs (../shared/corpus-pdf, their
 * text forms): a pair whose body is the same must not differ (symbol, date,
 * distribution change at adoption and do not count), a changed pair must.
 * Pairs that fail today for a known text-extraction defect are listed with
 * the defect, as expected failures: when the reader is fixed, they pass and
 * this test says so.
 */
import {existsSync, readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {diff} from '../src/diff/index.js'
import {parse} from '../src/index.js'

const corpus = fileURLToPath(new URL('../../shared/corpus-pdf/', import.meta.url))
const present = existsSync(corpus + 'PAIRS.tsv')

/** Draft files whose pair fails today, and why (src/read/pdf-text.ts or the parser). */
const knownDefects: Record<string, string> = {
  'A_80_L.4': 'the draft\'s symbol is cut ("A/80/L.") and its declaration is read as paragraphs of another structure than the adopted text\'s parts',
  'A_80_L.21': 'the running header (the title) is left inside PP5 and OP6 of the adopted text at page breaks',
  'A_C.1_80_L.44': 'the running header "Nuclear disarmament" is left inside paragraphs and footnotes; footnote markers "19", "20" stay in the text as plain numbers',
  'A_C.6_80_L.19': 'the draft\'s PP6 is cut at a page break (its end read as page furniture)',
  'A_C.6_80_L.21': 'a footnote\'s text ("Report of the International Law Commission ...") is left inside PP5 and OP6; footnote markers "3", "4", "6" stay as plain numbers'
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
