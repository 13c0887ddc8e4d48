#!/usr/bin/env node
// npm run bench: runs every bench/*.bench.js in turn (or those whose name
// contains the argument). Each exports a default async function that returns
// lines: a figure beside its reference, as a ratio, measured in its process
// or its shell. Each bench runs in a process of its own, so that one leaves
// nothing behind for the next: heap state, warmed code, V8 flags that reso
// sets for large inputs.
import {readdirSync} from 'node:fs'
import {spawnSync} from 'node:child_process'
import {fileURLToPath} from 'node:url'

const dir = new URL('.', import.meta.url)

if (process.argv[2] === '--one') {
  const name = process.argv[3]
  const {default: bench} = await import(new URL(name, dir).href)
  console.log('== ' + name.replace(/\.bench\.js$/, ''))
  for (const line of await bench()) console.log(line)
  console.log()
} else {
  const only = process.argv[2]
  const files = readdirSync(dir).filter((name) => name.endsWith('.bench.js') && (!only || name.includes(only))).sort()
  for (const name of files) {
    const result = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--one', name], {stdio: 'inherit'})
    if (result.status !== 0) process.exitCode = 1
  }
}
