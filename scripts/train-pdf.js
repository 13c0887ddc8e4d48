// Build step: scripts/build.js bundles this file into dist/ and runs it
// there. It reads a fixture PDF with reso's PDF reader, which compiles
// PDF.js's patched worker and reso's copy of its API (src/read/pdf/load.ts),
// then saves V8's code caches of both beside the bundle (dist/
// pdf.worker.cache, dist/pdf.cache): a run of reso on a PDF then compiles
// neither their 3.3 MB nor the functions a read needs. A module that was
// not patched (another PDF.js, anchors not found) has no cache, and the
// build goes on without.
//   node dist/train-pdf.mjs fixtures/pdf/seed/input.pdf
import {readFileSync} from 'node:fs'
import {readPages} from '../src/read/pdf/index.js'
import {cacheFolders, saveCaches} from '../src/read/pdf/load.js'

const fixture = process.argv[2]
await readPages(fixture, new Uint8Array(readFileSync(fixture)))
const [folder] = cacheFolders()
const saved = saveCaches(folder)
if (saved.length < 2) console.warn('build: PDF.js code caches made: ' + (saved.join(', ') || 'none') + ' (another PDF.js?)')
