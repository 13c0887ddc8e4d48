#!/usr/bin/env node
// npm run bench: runs every bench/*.bench.js in turn. Each exports a default
// async function that returns lines: a figure beside its reference, as a
// ratio, measured in this process or this shell.
import {readdirSync} from 'node:fs'

const only = process.argv[2]
const dir = new URL('.', import.meta.url)
const files = readdirSync(dir).filter((name) => name.endsWith('.bench.js') && (!only || name.includes(only))).sort()
for (const name of files) {
  const {default: bench} = await import(new URL(name, dir).href)
  console.log('== ' + name.replace(/\.bench\.js$/, ''))
  for (const line of await bench()) console.log(line)
  console.log()
}
