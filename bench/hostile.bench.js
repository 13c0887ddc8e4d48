// The slow inputs of issue 17 (an attack run), each timed once in this
// process through the built library: selectors that were cubic or
// quadratic in unist-util-select's walk, and Markdown shapes that hung
// remark-parse (now read as plain text). Issue 17 figures, before the fix:
// `operativeParagraph ~ operativeParagraph` 1.9 s at 1,000 paragraphs and
// 25 s at 3,000; `*` 21 s at 30,000; 100,000 "- " lines 13.7 s; 100,000 ">"
// and the others over 60 s (killed).
import {best} from './time.js'

const dist = process.env.RESO_DIST ?? '../dist/index.js'
const {parse, select} = await import(new URL(dist, import.meta.url).href)

function resolution(paragraphs) {
  const parts = ['The General Assembly,', '']
  for (let i = 1; i <= paragraphs; i++) parts.push(i + '. Requests the Secretary-General to report on resolution 74/' + (i % 300) + ';', '')
  return parse(parts.join('\n'), {format: 'text'}).tree
}

const markdown = {
  '100,000 "- " lines': () => '- \n'.repeat(100_000),
  '100,000 ">"': () => '>'.repeat(100_000) + '\n',
  '"*_" x 50,000': () => '*_'.repeat(50_000) + '\n',
  '100,000 "=" lines': () => 'a\n' + '=\n'.repeat(100_000),
  '"[" x 1e5 "]" x 1e5': () => '['.repeat(100_000) + ']'.repeat(100_000) + '\n',
  '200,000 link definitions': () => Array.from({length: 200_000}, (_, i) => '[a' + i + ']: /u' + i + '\n').join(''),
  '">" x 5,000': () => '>'.repeat(5000) + ' x\n'
}

export default async function bench() {
  const lines = []
  for (const [paragraphs, selector] of [
    [1000, 'operativeParagraph ~ operativeParagraph'],
    [3000, 'operativeParagraph ~ operativeParagraph'],
    [30_000, '*'],
    [30_000, '*:has(*:has(*:has(*)))'],
    [30_000, Array.from({length: 200}, () => 'operativeParagraph').join(' ~ ')]
  ]) {
    if (process.env.HOSTILE_QUERY_ONLY && selector.length > 60) continue
    const tree = resolution(paragraphs)
    let found = 0
    const ms = best(1, () => (found = select(selector, tree).length))
    const shown = selector.length > 60 ? '200 chained ~' : selector
    lines.push('query ' + JSON.stringify(shown) + ' on ' + paragraphs.toLocaleString('en') + ' paragraphs: ' + ms.toFixed(0) + ' ms (' + found + ' nodes)')
  }
  // RESO_DIST=/path/to/old/dist/index.js HOSTILE_QUERY_ONLY=1 times an older build without its hangs.
  if (process.env.HOSTILE_QUERY_ONLY) return lines
  for (const [name, make] of Object.entries(markdown)) {
    const text = make()
    let format = ''
    const ms = best(1, () => (format = parse(text, {format: 'markdown'}).tree.format))
    lines.push('parse Markdown ' + name + ' (' + (text.length / 1000).toFixed(0) + ' KB): ' + ms.toFixed(0) + ' ms, read as ' + format)
  }
  return lines
}
