import {readFileSync} from 'node:fs'
import {it} from 'vitest'
import {readText} from '../src/read/pdf-text.js'
import {normalize} from '../src/read/normalize.js'
it('x', () => {
  const {blocks} = readText(normalize(readFileSync(process.env.F!, 'utf8')))
  for (const b of blocks) { const t = b.pieces.map((p) => p.text).join(''); if (t.includes(process.env.G!) || process.env.ALL) console.log(b.kind, b.number, b.continues, JSON.stringify(t.slice(0, 300))) }
})
