#!/usr/bin/env node
// Build: bundle the CLI into dist/ with esbuild (one file for the program,
// chunks for what a subcommand loads only when it runs), and the library
// entry as dist/index.js. Type checking is `npm run typecheck`.
import {build} from 'esbuild'
import {rmSync} from 'node:fs'

const root = new URL('..', import.meta.url).pathname
rmSync(root + 'dist', {recursive: true, force: true})
await build({
  entryPoints: {cli: root + 'src/cli/main.ts', worker: root + 'src/cli/worker.ts', index: root + 'src/index.ts'},
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
