#!/usr/bin/env node
// Build: bundle with esbuild into dist/: the library (dist/index.js), the
// corpus worker (dist/worker.js), the start-up loader (dist/load.cjs), the
// program as one CommonJS file with its V8 code cache (dist/reso.cjs), and
// the code cache of PDF.js's patched worker (dist/pdf.worker.cache).
// Type checking is `npm run typecheck`.
import {fileURLToPath} from 'node:url'
import {build} from 'esbuild'
import {spawnSync} from 'node:child_process'
import {createRequire} from 'node:module'
import {readFileSync, rmSync} from 'node:fs'

const root = fileURLToPath(new URL('..', import.meta.url))
rmSync(root + 'dist', {recursive: true, force: true})
await build({
  entryPoints: {worker: root + 'src/cli/engine/worker.ts', index: root + 'src/index.ts'},
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

// Two stand-ins for start-up time. commander requires child_process at load
// time, for stand-alone executable subcommands, which reso has none of: it
// gets a spawn that loads the module only if ever called. chalk detects the
// terminal's colours at load time (loading os and tty), but reso decides the
// level itself (src/cli/engine/color.ts) and passes it to every Chalk it makes.
const standIns = {
  name: 'stand-ins',
  setup(plugin) {
    plugin.onResolve({filter: /^node:child_process$/}, (args) =>
      args.importer.includes('commander') ? {path: 'child_process', namespace: 'stand-in'} : undefined
    )
    plugin.onResolve({filter: /^#supports-color$/}, (args) =>
      args.importer.includes('chalk') ? {path: 'supports-color', namespace: 'stand-in'} : undefined
    )
    plugin.onLoad({filter: /^child_process$/, namespace: 'stand-in'}, () => ({
      contents: "module.exports = {spawn: (...args) => require('node:child_process').spawn(...args)}",
      loader: 'js'
    }))
    plugin.onLoad({filter: /^supports-color$/, namespace: 'stand-in'}, () => ({
      contents: 'export default {stdout: false, stderr: false}',
      loader: 'js'
    }))
  }
}
// The program as one CommonJS file, which bin/reso.js runs with V8's code
// cache (Node 20 caches no ES module code), and its loader, CommonJS too:
// an ES module entry point costs Node a few milliseconds more to start.
// Graphviz stays outside: it loads only for `refs --graph svg`.
const commonjs = {
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  define: {'import.meta.url': '__resoUrl'},
  banner: {js: "var __resoUrl = require('node:url').pathToFileURL(__filename).href;"},
  // Less source to read at every start; names stay for error messages.
  minifyWhitespace: true,
  minifySyntax: true,
  logLevel: 'warning'
}
await build({...commonjs, entryPoints: [root + 'src/cli/main.ts'], outfile: root + 'dist/reso.cjs', external: ['@viz-js/viz'], plugins: [standIns]})
// bin/reso.js runs the bundle as a V8 script from its code cache, where
// Node 20 cannot answer import(): any module loaded later must be required.
if (/\bimport\(/.test(readFileSync(root + 'dist/reso.cjs', 'utf8'))) {
  console.error('build: dist/reso.cjs calls import(), which fails when run from the code cache; use createRequire')
  process.exit(1)
}
await build({...commonjs, entryPoints: [root + 'src/cli/engine/load.ts'], outfile: root + 'dist/load.cjs'})

// Training runs fill the code caches: one per command the loader knows (cachedCommands), one for the rest.
const {cachedCommands} = createRequire(import.meta.url)(root + 'dist/load.cjs')
for (const command of [undefined, ...cachedCommands]) {
  const trained = spawnSync(process.execPath, [root + 'scripts/train.js', ...(command ? [command] : [])], {stdio: 'inherit'})
  if (trained.status !== 0) process.exit(trained.status ?? 1)
}

// The code cache of PDF.js's patched worker (src/read/pdf/load.ts): a
// training read of a fixture PDF, bundled into dist/ so that the cache lands
// beside the CLI's bundle, where load.ts looks for it.
await build({entryPoints: [root + 'scripts/train-pdf.js'], outfile: root + 'dist/train-pdf.mjs', bundle: true, format: 'esm', platform: 'node', target: 'node20', logLevel: 'warning'})
const trained = spawnSync(process.execPath, [root + 'dist/train-pdf.mjs', root + 'fixtures/pdf/seed/input.pdf'], {stdio: 'inherit'})
rmSync(root + 'dist/train-pdf.mjs', {force: true})
if (trained.status !== 0) process.exit(trained.status ?? 1)
