// Build step: run reso's common paths once (Markdown and PDF text, each
// command) with output thrown away, then save V8's code cache of the
// bundle, so the first real run starts fast too.
import {fileURLToPath} from 'node:url'
import {PassThrough} from 'node:stream'
import {loadBundle, saveCache} from '../dist/load.js'

const root = fileURLToPath(new URL('..', import.meta.url))
const markdown = root + 'fixtures/parse/seed/input.md'
const text = root + 'fixtures/parse/security-council/input.txt'
const sink = () => {
  const stream = new PassThrough()
  stream.resume()
  return stream
}
const {bundle, script} = loadBundle(false)
const runs = [
  ['parse', markdown], ['parse', text], ['verbs', markdown], ['verbs', '--count', text],
  ['refs', markdown], ['refs', '--graph', 'json', text], ['notes', markdown], ['show', markdown, 'OP6'],
  ['lint', text], ['query', 'citation', markdown], ['diff', markdown, markdown], ['--help']
]
for (const args of runs) await bundle.main(args, {stdout: sink(), stderr: sink(), stdin: sink(), env: {NO_COLOR: '1'}})
saveCache(script)
