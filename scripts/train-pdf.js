// Build step: scripts/build.js bundles this file into dist/ and runs it
// there. It reads a fixture PDF with reso's PDF reader, which compiles
// PDF.js's patched worker (src/read/pdf/load.ts), then saves V8's code cache
// of that worker beside the bundle (dist/pdf.worker.cache): a run of reso
// on a PDF then compiles neither the worker's 2.3 MB nor the functions a
// read needs. When the worker was not patched (another PDF.js, anchors not
// found) there is nothing to cache and the build goes on without.
//   node dist/train-pdf.mjs fixtures/pdf/seed/input.pdf
import {readFileSync} from 'node:fs'
import {readPages} from '../src/read/pdf/index.js'
import {saveWorkerCache, workerCachePaths} from '../src/read/pdf/load.js'

const fixture = process.argv[2]
await readPages(fixture, new Uint8Array(readFileSync(fixture)))
const [path] = workerCachePaths()
if (!saveWorkerCache(path)) console.warn('build: PDF.js worker not patched here (another PDF.js?): no code cache for it')
