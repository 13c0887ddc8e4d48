import {readFileSync} from 'node:fs'
import {it} from 'vitest'
import {readPages} from '../src/read/pdf/index.js'
it('x', async () => {
  const pages = await readPages('x', readFileSync(process.env.F!))
  for (const line of pages[0]!.lines.slice(0, 30)) console.log(line.y.toFixed(1), line.size.toFixed(1), line.x.toFixed(0), line.runs.map((r) => (r.bold ? 'B' : '') + (r.italic ? 'I' : '') + r.size.toFixed(1)).join(','), JSON.stringify(line.text.slice(0, 70)))
})
