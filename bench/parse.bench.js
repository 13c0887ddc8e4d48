// Parse throughput: the full parse to the resolution tree against
// remark-parse alone on the same generated Markdown, and growth from 1 MB
// to 10 MB; memory: peak heap while parsing 10 MB.
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {parse} from '../dist/index.js'
import {generatedBytes} from './generate.js'
import {best, ratio} from './time.js'

export default async function bench() {
  const lines = []
  const small = generatedBytes(1_000_000)
  const large = generatedBytes(10_000_000)
  const remark = unified().use(remarkParse)
  parse(small)
  remark.parse(small)
  const remarkMs = best(3, () => remark.parse(large))
  const resoMs = best(3, () => parse(large, {format: 'markdown'}))
  lines.push('parse 10 MB Markdown: reso ' + resoMs.toFixed(0) + ' ms, remark-parse alone ' + remarkMs.toFixed(0) + ' ms: ' + ratio(resoMs, remarkMs) + ' (target <= 1.25x)')
  const {chunkBoundaries} = await import('./chunks.js')
  const cuts = [0, ...chunkBoundaries(large), large.length]
  const chunkedMs = best(3, () => {
    for (let i = 1; i < cuts.length; i++) remark.parse(large.slice(cuts[i - 1], cuts[i]))
  })
  lines.push('like for like: reso ' + resoMs.toFixed(0) + ' ms against remark-parse alone over the same 64 KB chunks ' + chunkedMs.toFixed(0) + ' ms: ' + ratio(resoMs, chunkedMs))
  const smallMs = best(3, () => parse(small, {format: 'markdown'}))
  lines.push('growth 1 MB -> 10 MB (Markdown): ' + smallMs.toFixed(0) + ' ms -> ' + resoMs.toFixed(0) + ' ms: ' + ratio(resoMs, smallMs) + ' for 10x input (target <= 11x)')
  const text = generatedBytes(10_000_000, 'text')
  const textSmall = generatedBytes(1_000_000, 'text')
  const textMs = best(3, () => parse(text, {format: 'text'}))
  const textSmallMs = best(3, () => parse(textSmall, {format: 'text'}))
  lines.push('parse 10 MB PDF text: ' + textMs.toFixed(0) + ' ms (' + ratio(textMs, remarkMs) + ' of remark-parse on 10 MB Markdown); growth 1 MB -> 10 MB: ' + ratio(textMs, textSmallMs))
  return lines
}
