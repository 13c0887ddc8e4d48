/** `reso parse` from the command line: output, JSON, stdin and every kind of bad input. */
import {execFileSync, spawn} from 'node:child_process'
import {mkdtempSync, truncateSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {run, seed, seedPath} from './helpers.js'

const scratch = mkdtempSync(join(tmpdir(), 'reso-'))
function file(name: string, content: string | Buffer): string {
  const path = join(scratch, name)
  writeFileSync(path, content)
  return path
}

describe('reso parse', () => {
  it('prints the outline of the seed', async () => {
    const {stdout, code} = await run(['parse', seedPath])
    expect(code).toBe(0)
    expect(stdout).toContain('  OP10  Also requests  the Secretary-General to provide the United Nations Office…')
    expect(stdout).toContain('cites internal -> OP5, OP6  "paragraphs 5 and 6 above"')
    expect(stdout).not.toContain('\u001b[')
  })

  it('prints the tree as JSON', async () => {
    const {stdout, code} = await run(['parse', '--json', seedPath])
    expect(code).toBe(0)
    const tree = JSON.parse(stdout)
    expect(tree.type).toBe('resolution')
    expect(tree.children.map((n: {type: string}) => n.type)).toEqual(['header', 'heading', 'heading', 'enactingFormula', 'preamble', 'operative'])
  })

  it('reads stdin as -', async () => {
    const {stdout, code} = await run(['parse', '--json', '-'], {stdin: seed})
    expect(code).toBe(0)
    expect(JSON.parse(stdout).title).toBe('United Nations Convention against Cybercrime')
  })

  it('colours only when asked', async () => {
    const plain = await run(['parse', seedPath], {env: {}})
    expect(plain.stdout).not.toContain('\u001b[')
    const forced = await run(['parse', '--color', 'always', seedPath], {env: {}})
    expect(forced.stdout).toContain('\u001b[')
    const noColor = await run(['parse', '--color', 'auto', seedPath], {env: {NO_COLOR: '1', FORCE_COLOR: '1'}})
    expect(noColor.stdout).not.toContain('\u001b[')
  })

  const bad: Array<[string, () => string, RegExp]> = [
    ['a missing file', () => join(scratch, 'nope.md'), /nope\.md: no such file; check the path/],
    ['a directory', () => scratch, /is a directory; give the files in it/],
    ['an empty file', () => file('empty.txt', '  \n\n'), /empty\.txt: file is empty/],
    ['a binary file', () => file('image.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02])), /image\.png: looks like a binary file/],
    ['a huge file', () => {
      const path = file('huge.txt', '')
      truncateSync(path, 48 * 1024 * 1024 + 1) // sparse: no disk used
      return path
    }, /huge\.txt: file is larger than 48 MB \(reso reads one document at a time\); split it into smaller files/],
    ['invalid UTF-8', () => file('latin1.txt', Buffer.from('The General Assembly,\n\nRecalling caf\xe9 r\xe9solution,\n', 'latin1')), /latin1\.txt:3: not valid UTF-8; convert the file to UTF-8/]
  ]
  for (const [what, make, message] of bad) {
    it('says what is wrong with ' + what + ', exit 2, no stack trace', async () => {
      const {stdout, stderr, code} = await run(['parse', make()])
      expect(code).toBe(2)
      expect(stdout).toBe('')
      expect(stderr).toMatch(message)
      expect(stderr.trim().split('\n')).toHaveLength(1)
      expect(stderr).not.toMatch(/\n\s+at /)
    })
  }

  it("reads named pipes, as in reso diff <(pdftotext a.pdf -) <(pdftotext b.pdf -)", async () => {
    const pipes = ['old', 'new'].map((name) => {
      const path = join(scratch, name + '.fifo')
      execFileSync('mkfifo', [path])
      return path
    })
    // The writers: other processes, as in a shell; the new draft adds "Also" to OP12.
    const writers = [
      spawn('sh', ['-c', 'cat "$1" > "$2"', 'sh', seedPath, pipes[0]!]),
      spawn('sh', ['-c', 'sed "s/^12\\. \\*Decides/12. *Also decides/" "$1" > "$2"', 'sh', seedPath, pipes[1]!])
    ]
    const written = Promise.all(writers.map((writer) => new Promise((resolve) => writer.on('close', resolve))))
    const {stdout, stderr, code} = await run(['diff', '--stat', pipes[0]!, pipes[1]!])
    await written
    expect(stderr).toBe('')
    expect(code).toBe(0)
    expect(stdout).toMatch(/0 added, 0 removed, 1 changed/)
  })

  it('decodes UTF-16 with a BOM and drops a UTF-8 BOM', async () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(seed, 'utf16le')])
    const a = await run(['parse', '--json', file('utf16.md', utf16)])
    expect(a.code).toBe(0)
    expect(JSON.parse(a.stdout).title).toBe('United Nations Convention against Cybercrime')
    const b = await run(['parse', '--json', file('bom.md', '\ufeff' + seed)])
    expect(JSON.parse(b.stdout).title).toBe('United Nations Convention against Cybercrime')
  })

  it('never writes control characters from the input to the terminal', async () => {
    const path = file('escape.txt', 'The General Assembly,\n\n1. Decides \u001b[31mred\u001b[0m and \u0007 bell;\n')
    const {stdout} = await run(['parse', path])
    expect(stdout).not.toContain('\u001b')
    expect(stdout).not.toContain('\u0007')
    expect(stdout).toContain('\\x1b[31mred')
    const coloured = await run(['parse', '--color', 'always', path], {env: {}})
    expect(coloured.stdout).toContain('\\x1b[31mred')
    expect(coloured.stdout).not.toContain('\u0007')
  })

  it('exits 2 on a usage error', async () => {
    const {code, stderr} = await run(['parse'])
    expect(code).toBe(2)
    expect(stderr).toMatch(/missing required argument 'file'/)
    expect((await run(['frobnicate'])).code).toBe(2)
  })

  it('shows help with examples, exit 0', async () => {
    const {stdout, code} = await run(['parse', '--help'])
    expect(code).toBe(0)
    expect(stdout).toContain('Examples:')
  })
})

describe('reso without a command', () => {
  it('shows the help on stderr and exits 2', async () => {
    const {stdout, stderr, code} = await run([])
    expect(code).toBe(2)
    expect(stdout).toBe('')
    expect(stderr).toMatch(/^Usage: reso/)
    expect(stderr).toContain('reso diff L.15.md L.15-Rev.1.md')
    expect((await run(['--color', 'never'])).code).toBe(2)
    expect((await run(['help'])).code).toBe(0)
  })
})
