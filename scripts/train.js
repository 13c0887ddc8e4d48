// Build step: run one command's common paths (Markdown and PDF text) with
// output thrown away, then save V8's code cache of the bundle for that
// command, so the first real run starts fast too. One process per command
// (scripts/build.js runs them all), so each cache holds only its command.
//   node scripts/train.js verbs      (no argument: the general cache)
import {fileURLToPath} from 'node:url'
import {PassThrough} from 'node:stream'
import {cachePath, loadBundle, saveCache} from '../dist/load.cjs'

const root = fileURLToPath(new URL('..', import.meta.url))
const markdown = root + 'fixtures/documents/seed/input.md'
const text = root + 'fixtures/documents/security-council/input.txt'
const runs = {
  parse: [['parse', markdown], ['parse', text]],
  verbs: [['verbs', markdown], ['verbs', '--count', text]],
  refs: [['refs', markdown], ['refs', '--graph', 'json', text]],
  query: [['query', 'citation', markdown], ['query', 'operativeParagraph:has(actionPhrase[head=request])', text]],
  diff: [['diff', markdown, markdown], ['diff', text, text]],
  notes: [['notes', markdown], ['notes', text]],
  show: [['show', markdown, 'OP6'], ['show', text, 'OP1']],
  lint: [['lint', markdown], ['lint', text]],
  text: [['text', markdown], ['text', text]]
}
const command = process.argv[2]
if (command !== undefined && !(command in runs)) throw new Error('No training runs for ' + command)
const sink = () => {
  const stream = new PassThrough()
  stream.resume()
  return stream
}
const {bundle, script} = loadBundle(undefined)
for (const args of command ? runs[command] : [['--help'], ['--version']]) {
  await bundle.main(args, {stdout: sink(), stderr: sink(), stdin: sink(), env: {NO_COLOR: '1'}})
}
saveCache(script, cachePath(command))
