#!/usr/bin/env node
// Build: bundle with esbuild into dist/: the library (dist/index.js), the
// corpus worker (dist/worker.js), the start-up loader (dist/load.js) and the
// program as one CommonJS file with its V8 code cache (dist/reso.cjs).
// Type checking is `npm run typecheck`.
import {fileURLToPath} from 'node:url'
import {build} from 'esbuild'
import {spawnSync} from 'node:child_process'
import {rmSync} from 'node:fs'

const root = fileURLToPath(new URL('..', import.meta.url))
rmSync(root + 'dist', {recursive: true, force: true})
await build({
  entryPoints: {worker: root + 'src/cli/worker.ts', index: root + 'src/index.ts', load: root + 'src/cli/load.ts'},
  outdir: root + 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  chunkNames: 'chunks/[name]-[hash]',
  sourcemap: false,
  logLevel: 'warning',
  // commander is CommonJS: give the ESM bundle a require of its own.
  banner: {js: "import {createRequire as __resoRequire} from 'node:module'; const require = __resoRequire(import.meta.url);"}
})

// The program as one CommonJS file, which bin/reso.js runs with V8's code
// cache (Node 20 caches no ES module code). Graphviz stays outside: it
// loads only for `refs --graph svg`.
await build({
  entryPoints: [root + 'src/cli/main.ts'],
  outfile: root + 'dist/reso.cjs',
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  external: ['@viz-js/viz'],
  define: {'import.meta.url': '__resoUrl'},
  banner: {js: "var __resoUrl = require('node:url').pathToFileURL(__filename).href;"},
  logLevel: 'warning'
})

// Training runs fill the code caches: one per command, one for the rest.
for (const command of [undefined, 'parse', 'verbs', 'refs', 'query', 'diff', 'notes', 'show', 'lint']) {
  const trained = spawnSync(process.execPath, [root + 'scripts/train.js', ...(command ? [command] : [])], {stdio: 'inherit'})
  if (trained.status !== 0) process.exit(trained.status ?? 1)
}
