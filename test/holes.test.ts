/**
 * The small holes of issue 17: usage errors echoing control characters and
 * lacking the reso: prefix, unbounded --width and --jobs, decoding, lint
 * --json --list-rules, show labels over four digits.
 */
import {mkdtempSync, writeFileSync} from 'node:fs'
import {availableParallelism, tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {jobsOption} from '../src/cli/engine/pool.js'
import {decode} from '../src/read/index.js'
import {parse} from '../src/index.js'
import {normalizeLabel, selectLabels} from '../src/query/select-label.js'
import {run, seedPath} from './helpers.js'

const osc52 = '\u001b]52;c;aGk=\u0007'
// eslint-disable-next-line no-control-regex
const raw = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/

describe('usage errors', () => {
  for (const args of [
    ['parse', '--bogus' + osc52, seedPath],
    ['prase' + osc52, seedPath],
    ['--color', osc52, 'parse', seedPath],
    ['parse', '--format', osc52, seedPath],
    ['refs', '--kind', osc52, seedPath],
    ['diff', '--width', osc52, seedPath, seedPath],
    ['verbs', '--count', '--by', osc52, seedPath],
    ['parse', '-' + osc52]
  ]) {
    it('is one escaped line with the reso: prefix and a hint: ' + JSON.stringify(args), async () => {
      const {stderr, code} = await run(args)
      expect(code).toBe(2)
      expect(stderr).not.toMatch(raw)
      expect(stderr).toContain('\\x1b]52')
      const lines = stderr.trimEnd().split('\n')
      expect(lines).toHaveLength(1)
      expect(lines[0]).toMatch(/^reso: .*; see reso help/)
    })
  }

  it('names the command whose help to read', async () => {
    const {stderr} = await run(['diff', '--nope', seedPath, seedPath])
    expect(stderr).toBe("reso: unknown option '--nope'; see reso help diff\n")
  })
})

describe('--width and --jobs', () => {
  it('refuses a width of 1e8 (it took 2.5 GB) and accepts 1000', async () => {
    const refused = await run(['diff', '--width', '100000000', seedPath, seedPath])
    expect(refused.code).toBe(2)
    expect(refused.stderr).toMatch(/--width must be a whole number from 40 to 1000/)
    const accepted = await run(['diff', '--width', '1000', seedPath, seedPath])
    expect(accepted.code).toBe(0)
  })

  it('refuses --jobs 0, abc and -3, and caps a large number at the cores', async () => {
    for (const value of ['0', 'abc', '-3', '1.5', '']) expect(() => jobsOption(value, 2)).toThrow(/--jobs must be a whole number from 1/)
    expect(jobsOption('64', 2)).toBe(2)
    expect(jobsOption('1', 2)).toBe(1)
    expect(jobsOption(undefined, 2)).toBe(2)
    const {code, stderr} = await run(['verbs', '--jobs', '0', seedPath])
    expect(code).toBe(2)
    expect(stderr).toMatch(/^reso: --jobs must be/)
    expect((await run(['verbs', '--jobs', '64', seedPath])).code).toBe(0)
    expect(jobsOption('64')).toBe(availableParallelism())
  })
})

describe('decoding', () => {
  const utf16le = (text: string, bom = true): Uint8Array => {
    const body = Buffer.from(text, 'utf16le')
    return bom ? Buffer.concat([Buffer.from([0xff, 0xfe]), body]) : body
  }

  it('refuses UTF-32 with a BOM instead of reading it as UTF-16 garbage', () => {
    const text = 'The General Assembly,'
    const le = Buffer.alloc(4 + text.length * 4)
    le.set([0xff, 0xfe, 0, 0])
    for (let i = 0; i < text.length; i++) le.writeUInt32LE(text.charCodeAt(i), 4 + i * 4)
    expect(() => decode('a.txt', le)).toThrow(/a\.txt: is UTF-32 text; convert it to UTF-8/)
    const be = Buffer.from([0, 0, 0xfe, 0xff, 0, 0, 0, 0x54])
    expect(() => decode('b.txt', be)).toThrow(/is UTF-32 text/)
  })

  it('refuses UTF-16 holding U+0000', () => {
    expect(decode('ok.txt', utf16le('The General Assembly,'))).toBe('The General Assembly,')
    expect(() => decode('nul.txt', utf16le('The General\u0000 Assembly'))).toThrow(/binary file \(U\+0000 at character 11/)
  })

  it('says UTF-16 without a BOM is UTF-16, not binary', () => {
    expect(() => decode('le.txt', utf16le('The General Assembly, recalling its resolutions', false))).toThrow(/le\.txt: looks like UTF-16LE text without a byte order mark; convert it to UTF-8 \(for example with iconv -f utf-16le/)
    const be = Buffer.from(utf16le('The General Assembly', false)).swap16()
    expect(() => decode('be.txt', be)).toThrow(/UTF-16BE text without a byte order mark/)
    expect(() => decode('bin', new Uint8Array([0x50, 0x4b, 3, 4, 0, 0, 0x14, 0]))).toThrow(/looks like a binary file/)
  })

  it('calls a file of only zero-width spaces empty', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'reso-holes-'))
    const path = join(dir, 'zw.txt')
    writeFileSync(path, '\u200b\u200b\n\ufeff\u2060 \u200c')
    const {code, stderr} = await run(['parse', path])
    expect(code).toBe(2)
    expect(stderr).toMatch(/zw\.txt: file is empty/)
  })

  it('says a name that is not UTF-8 is why the file is not found', async () => {
    const {code, stderr} = await run(['parse', '/tmp/caf\ufffd.txt'])
    expect(code).toBe(2)
    expect(stderr).toMatch(/its name is not valid UTF-8/)
  })
})

describe('lint --json --list-rules and show labels', () => {
  it('lists the rules as JSON', async () => {
    const {stdout, code} = await run(['lint', '--json', '--list-rules'])
    expect(code).toBe(0)
    const rules = JSON.parse(stdout) as Array<{id: string; severity: string}>
    expect(rules.length).toBeGreaterThan(3)
    expect(rules[0]).toHaveProperty('id')
    expect(rules[0]).toHaveProperty('severity')
  })

  it('shows OP10000', () => {
    const parts = ['The General Assembly,', '']
    for (let i = 1; i <= 10_001; i++) parts.push(i + '. Decides to act ' + i + ';', '')
    const {tree} = parse(parts.join('\n'), {format: 'text'})
    expect(normalizeLabel('op10000')).toBe('OP10000')
    const result = selectLabels(tree, ['OP10000', 'OP9999-10001'])
    expect(result.unknown).toEqual([])
    expect(JSON.stringify(result)).toContain('Decides to act 10000;')
  })
})
