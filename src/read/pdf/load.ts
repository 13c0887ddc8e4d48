/**
 * Load PDF.js (pdfjs-dist, legacy build) when the first PDF is read, never
 * at start-up. The CLI runs as one CommonJS bundle from V8's code cache,
 * where Node 20 cannot answer import(): PDF.js's modules are compiled from
 * their code as function bodies (or, where that fails, required: Node
 * 20.19+ requires ES modules without top-level await), and its worker is
 * set up in this thread beforehand (PDF.js looks for
 * globalThis.pdfjsWorker), so PDF.js never imports it.
 *
 * The worker is evaluated from its source with one addition: the text
 * content's styles name each font (`fontName: font.name`, e.g.
 * "TimesNewRomanPS-ItalicMT"). PDF.js otherwise tells only "serif", and the
 * only other way to the name, the operator list, costs as much again as
 * the text. When the line to extend is not found (another PDF.js), the
 * worker loads as published and italics are unknown. The second change
 * is the gap that counts as a space, the third how streams are inflated,
 * the fourth that the documents reso reads skip the rebuilding of their
 * TrueType font programs, which only drawing needs, the fifth that the
 * Brotli decoder is made when first needed, the sixth that a page
 * dictionary fetched ahead does not fail unheard (all five below). The API
 * (pdf.mjs) is reso's own copy, compiled from its code without the drawing
 * library it would load (ownApi). Both run from V8 code caches that the
 * build makes, and PDF.js loads without loading fetch (withoutFetch).
 */
import {readFileSync, renameSync, writeFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {join} from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {Script} from 'node:vm'

export type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs')

let loaded: {pdfjs: PdfJs; fontNames: boolean} | undefined

/** What the patched worker is handed: reso's inflater and the ids of the documents read for their text (and its own URL, for import.meta.url). */
interface WorkerArguments {
  inflate: (bytes: Uint8Array) => Uint8Array
  textDocs: Set<string>
}

/**
 * PDF.js writes a space into a run wherever two glyphs stand more than a
 * tenth of the size apart. The official PDFs set every space as a glyph and
 * spread the letters of justified lines, so that rule splits words ("Unite
 * d", "sub -item"). A gap counts as a space from 0.18 of the size (a space
 * in Times is 0.25): on the corpus this joins 219 split words and splits
 * none.
 */
const spaceAnchor = 'const SPACE_IN_FLOW_MIN_FACTOR = 0.102;'

/**
 * PDF.js inflates a page's content stream through a DecompressionStream,
 * which Node runs as a web stream over zlib on its thread pool: for a
 * page's few kilobytes, the stream's machinery costs more than the
 * inflating, and each pool thread keeps memory of its own (some 20 MB more
 * at the peak of a 500-page PDF). reso inflates with zlib at once, in this
 * thread: the same bytes. When zlib refuses a stream (damaged, truncated),
 * PDF.js's own decoder reads it, as when a DecompressionStream fails.
 */
const inflateAnchor = 'const bytes = this.stream.isAsync ? await this.stream.asyncGetBytes() : this.stream.getBytes();'
const inflateAt = 'async asyncGetBytesFromDecompressionStream(name) {'
const inflated =
  ' if (name === "deflate") { try { return {decompressed: resoInflate(bytes), compressed: bytes}; } catch { return {decompressed: null, compressed: bytes}; } }'

/**
 * zlib's inflation as a Uint8Array of its own (PDF.js may hand its buffer
 * over to another thread). node:zlib is required here, not imported: an
 * import would load it at every start of reso.
 */
function inflater(require: NodeJS.Require): (bytes: Uint8Array) => Uint8Array {
  const {inflateSync} = require('node:zlib') as typeof import('node:zlib')
  return (bytes) => {
    const data = inflateSync(bytes)
    return data.byteOffset === 0 && data.byteLength === data.buffer.byteLength ? new Uint8Array(data.buffer) : new Uint8Array(data)
  }
}

/**
 * For drawing, PDF.js rebuilds every embedded TrueType font into a font
 * file a browser accepts: it checks the hinting programs and every glyph's
 * outline, maps each character to a glyph and writes new tables. Text needs
 * none of it: the characters come from the PDF's maps (ToUnicode, encoding)
 * and the widths from the PDF. For the documents reso reads (their ids are
 * put in `textDocs` when getDocument is called, and taken out when the
 * worker opens them) the worker skips that rebuilding; what text uses of the
 * font program is still read: ascent and descent, glyph names, the name
 * table that can change a symbolic font's map. A document that another user
 * of PDF.js opens in this process is drawn as ever. One difference: a font
 * program so broken that its rebuilding fails made PDF.js read the font as
 * a missing one; now its own maps are used. Each skip has an anchor of its
 * own; one not found runs as published, which changes nothing for text.
 */
const textDocs = new Set<string>()
const textAnchors = {
  options: {at: 'const pdfManagerArgs = {', anchor: 'evaluatorOptions,', text: 'evaluatorOptions: resoTextDocs.delete(docId) ? {...evaluatorOptions, resoTextOnly: true} : evaluatorOptions,'},
  font: {anchor: 'this.fontExtraProperties = evaluatorOptions.fontExtraProperties;', text: ' this.resoTextOnly = evaluatorOptions.resoTextOnly === true;'},
  skips: [
    ['const hintsValid = sanitizeTTPrograms(', 'const hintsValid = !this.resoTextOnly && sanitizeTTPrograms('],
    ['const glyphsInfo = sanitizeGlyphLocations(', 'const glyphsInfo = this.resoTextOnly ? {missingGlyphs, maxSizeOfInstructions} : sanitizeGlyphLocations('],
    ['properties.cMap.forEach(function (charCode, cid) {', 'if (!this.resoTextOnly) properties.cMap.forEach(function (charCode, cid) {'],
    ['if (!properties.cssFontInfo) {', 'if (!properties.cssFontInfo && !this.resoTextOnly) {'],
    ['tables.name.data = createNameTable(name, namePrototype);', 'if (!this.resoTextOnly) tables.name.data = createNameTable(name, namePrototype);'],
    ['const builder = new OpenTypeFileBuilder(header.version);', 'if (this.resoTextOnly) return new Uint8Array(0); const builder = new OpenTypeFileBuilder(header.version);']
  ],
  /** Where the skips are looked for: checkAndRepair, up to the next method. */
  from: 'checkAndRepair(name, font, properties) {',
  to: 'convert(fontName, font, properties) {'
} as const

/**
 * The worker makes its Brotli decoder when it loads, unpacking the format's
 * 120 kB dictionary: some 12 ms of every start, for a filter (BrotliDecode)
 * that no official PDF uses. reso makes it when a stream first needs it.
 */
const brotliAnchor = 'let BrotliDecode = makeBrotliDecode();'
const brotliLazily = 'let BrotliDecode = (...input) => (BrotliDecode = makeBrotliDecode())(...input);'

/**
 * Looking for a page, the worker starts fetching the dictionaries of the
 * page tree's other kids ahead and keeps the promises in a cache. When the
 * file is damaged there, a fetch fails; if nothing asked for that kid yet
 * (the worker's check of the last page gave up and emptied the cache), its
 * promise fails unheard, and Node ends the process with a trace of an
 * unhandled rejection, after reso has said the file is damaged (a
 * truncated draft found it). reso marks each such promise as heard; who
 * awaits it still gets its failure.
 */
const prefetchAnchor = 'pageDictCache.put(lastKid, xref.fetchAsync(lastKid));'
const prefetchHeard = '{ const fetched = xref.fetchAsync(lastKid); fetched.catch(() => {}); pageDictCache.put(lastKid, fetched); }'

/** The anchor in the worker where the style of a font is made. */
const styleAnchor = 'fontFamily: font.fallbackName,'

/**
 * Built-ins that PDF.js's legacy build (its core-js polyfills) replaces on
 * Node 20 for edge cases neither PDF.js nor reso meets (pushing onto an
 * array whose length is read-only; JSON with raw values or the source of a
 * parsed number), with code many times slower: Array.prototype.push in JS,
 * which PDF.js's parser and reso's tree builder call for every token, and
 * a JSON.stringify that re-reads its whole output. They are put back once
 * PDF.js is loaded; what core-js adds (Promise.withResolvers,
 * Uint8Array.prototype.toHex, ...) stays.
 */
function keepingBuiltIns<T>(load: () => T): T {
  const owners: Array<[object, string]> = [
    [Array.prototype, 'push'],
    [JSON, 'stringify'],
    [JSON, 'parse'],
    [Function.prototype, 'toString']
  ]
  const saved = owners.map(([owner, key]) => [owner, key, Object.getOwnPropertyDescriptor(owner, key)] as const)
  try {
    return load()
  } finally {
    for (const [owner, key, descriptor] of saved) if (descriptor) Object.defineProperty(owner, key, descriptor)
  }
}

/**
 * PDF.js's polyfills look at Response.prototype.bytes when they load, and
 * Node loads Response, with all of its fetch (undici), when it is first
 * read: some 28 ms of every `reso` run on a PDF, for a method that Node
 * 20.20 has. While PDF.js loads, Response is a stand-in that has it; then
 * Node's lazy Response is put back, and when someone reads it, it gets the
 * polyfill if it lacks the method, as PDF.js would have given it.
 */
function withoutFetch<T>(load: () => T): T {
  const descriptor = Object.getOwnPropertyDescriptor(globalThis, 'Response')
  const lazy = descriptor?.get
  if (!descriptor || !lazy || !descriptor.configurable) return load()
  Object.defineProperty(globalThis, 'Response', {configurable: true, enumerable: false, writable: true, value: {prototype: {bytes: () => undefined}}})
  try {
    return load()
  } finally {
    Object.defineProperty(globalThis, 'Response', {
      configurable: true,
      enumerable: descriptor.enumerable,
      set: descriptor.set,
      get() {
        // Node's getter makes Response a plain value from now on.
        const response = lazy.call(globalThis) as typeof Response
        if (typeof Reflect.get(response.prototype, 'bytes') !== 'function') {
          Object.defineProperty(response.prototype, 'bytes', {
            configurable: true,
            writable: true,
            value: async function bytes(this: Response) {
              return new Uint8Array(await this.arrayBuffer())
            }
          })
        }
        return response
      }
    })
  }
}

/**
 * The worker's module code patched, as a strict function body that takes
 * reso's inflater, the ids of its documents and the module's URL; undefined when the anchors
 * are not found. `changes` tells the changes made (for the key of the code
 * cache), `textOnly` whether the worker skips the font programs' rebuilding
 * for reso's documents. The source is
 * 2.3 MB of two-byte characters: the patched text is made of slices of it,
 * joined once, not of a copy per change (the copies would make PDF.js's
 * load cost some 25 MB more at its peak).
 */
function patch(source: string): {text: string; changes: string; textOnly: boolean} | undefined {
  const exported = 'export { WorkerMessageHandler };'
  const changes: Array<{at: number; length: number; text: string}> = []
  const replace = (anchor: string, text: string, from = 0): boolean => {
    const at = source.indexOf(anchor, from)
    if (at !== -1) changes.push({at, length: anchor.length, text})
    return at !== -1
  }
  if (!replace(styleAnchor, styleAnchor + ' fontName: font.name,') || !replace(exported, '')) return undefined
  replace(spaceAnchor, 'const SPACE_IN_FLOW_MIN_FACTOR = 0.18;')
  replace(brotliAnchor, brotliLazily)
  replace(prefetchAnchor, prefetchHeard)
  const at = source.indexOf(inflateAt)
  const anchor = at === -1 ? -1 : source.indexOf(inflateAnchor, at)
  if (anchor !== -1 && anchor < at + 200) replace(inflateAnchor, inflateAnchor + inflated, at)
  const textOnly = skipFontPrograms(source, changes)
  // The module's URL is an argument, so that the code (and its cache) is the same wherever PDF.js is installed.
  for (let from = source.indexOf('import.meta.url'); from !== -1; from = source.indexOf('import.meta.url', from + 1)) changes.push({at: from, length: 'import.meta.url'.length, text: 'resoUrl'})
  return {...joined(source, changes, '(function (resoInflate, resoTextDocs, resoUrl) {"use strict";\n', '\n})'), textOnly}
}

/** The changes that skip the font programs' rebuilding (see textAnchors); whether the documents are marked, without which no skip applies. */
function skipFontPrograms(source: string, changes: Array<{at: number; length: number; text: string}>): boolean {
  const {options, font, skips, from, to} = textAnchors
  const start = source.indexOf(options.at)
  const at = start === -1 ? -1 : source.indexOf(options.anchor, start)
  const constructor = source.indexOf(font.anchor)
  if (at === -1 || at > start + 200 || constructor === -1) return false
  changes.push({at, length: options.anchor.length, text: options.text})
  changes.push({at: constructor + font.anchor.length, length: 0, text: font.text})
  const begin = source.indexOf(from)
  const end = begin === -1 ? -1 : source.indexOf(to, begin)
  if (end === -1) return true
  for (const [anchor, text] of skips) {
    const place = source.indexOf(anchor, begin)
    if (place !== -1 && place < end) changes.push({at: place, length: anchor.length, text})
  }
  return true
}

/**
 * V8's code caches of the patched worker and API, which the build makes
 * (scripts/train-pdf.js) after reading a fixture PDF: their 3.3 MB are not
 * compiled again at each start, nor the functions a read needs. They lie
 * beside the CLI's bundle in dist/; the library's chunks are one folder
 * down. V8 takes a cache for a source of the same length, and aborts the
 * process on a damaged one (it checks no sum of it), so each file starts
 * with a key of its own, a hash of the module's bytes and of the changes
 * made to them, and a hash of the rest. A cache with another key or whose
 * rest does not match, or one that V8 refuses (another V8, other flags), is
 * left aside and the module compiled anew.
 */
const cacheKeyLength = 40

/** node:crypto, required when PDF.js loads: an import would load it at every start of reso. */
let crypto: typeof import('node:crypto') | undefined

/** A hash as 40 hexadecimal digits. */
function sha1(...parts: Array<string | Uint8Array>): string {
  crypto ??= createRequire(import.meta.url)('node:crypto') as typeof import('node:crypto')
  const hash = crypto.createHash('sha1')
  for (const part of parts) hash.update(part)
  return hash.digest('hex')
}

/** The folders where the code caches may lie, in the order looked at. */
export function cacheFolders(): string[] {
  return [new URL('./', import.meta.url), new URL('../', import.meta.url)].map((url) => fileURLToPath(url))
}

/** The modules compiled here, by the name of their cache, with their keys: kept for saveCaches. */
const compiled = new Map<string, {script: Script; key: string}>()

/** The cache `name` if its key is `key`, from the first folder that has one; undefined otherwise. */
function readCache(name: string, key: string): Buffer | undefined {
  for (const folder of cacheFolders()) {
    let data: Buffer
    try {
      data = readFileSync(join(folder, name))
    } catch {
      continue
    }
    if (data.length <= 2 * cacheKeyLength || data.toString('latin1', 0, cacheKeyLength) !== key) return undefined
    const rest = data.subarray(2 * cacheKeyLength)
    return data.toString('latin1', cacheKeyLength, 2 * cacheKeyLength) === sha1(rest) ? rest : undefined
  }
  return undefined
}

/**
 * A module's patched code compiled (from its cache when one fits) and run:
 * the function its body makes. undefined when it does not compile (the
 * anchors matched another PDF.js wrongly): the caller requires the module.
 */
function compile(name: string, path: string, bytes: Buffer, patched: {text: string; changes: string}): unknown {
  const key = sha1(bytes, patched.changes)
  let script: Script
  try {
    script = new Script(patched.text, {filename: path, cachedData: readCache(name, key)})
  } catch {
    return undefined
  }
  compiled.set(name, {script, key})
  return script.runInThisContext()
}

/** Write the code caches of the modules as they have run so far into `folder` (a build step: see scripts/train-pdf.js); the names written. */
export function saveCaches(folder: string): string[] {
  const names: string[] = []
  for (const [name, {script, key}] of compiled) {
    const path = join(folder, name)
    // Written beside and renamed, so a run starting meanwhile never reads half a cache.
    const temporary = path + '.' + process.pid
    const data = script.createCachedData()
    writeFileSync(temporary, Buffer.concat([Buffer.from(key + sha1(data), 'latin1'), data]))
    renameSync(temporary, path)
    names.push(name)
  }
  return names
}

/**
 * PDF.js's API (pdf.mjs), reso's own copy: compiled from its code as a
 * function body (which a code cache can serve, where Node 20 caches no ES
 * module), its exports returned. In Node, the API loads @napi-rs/canvas when
 * it loads, a native library of 33 MB, to give the process DOMMatrix,
 * ImageData and Path2D for drawing: some 35 ms and 20 MB of memory that
 * reading text never uses. reso's copy leaves that out and cannot draw
 * (see NoDrawing); whoever else imports pdfjs-dist in this process gets the
 * API as published, which still does it, and whose core-js puts its slow
 * built-ins back into the process (see keepingBuiltIns; bench/pdf.bench.js
 * keeps Node's when it loads the published API). undefined when an anchor
 * is missing (another PDF.js): the published API is required instead.
 */
function ownApi(require: NodeJS.Require): PdfJs | undefined {
  const path = require.resolve('pdfjs-dist/legacy/build/pdf.mjs')
  const bytes = readFileSync(path)
  const source = bytes.toString('utf8')
  const exported = source.lastIndexOf('\nexport {')
  const canvas = source.indexOf(canvasAnchor)
  const canvasEnd = canvas === -1 ? -1 : source.indexOf(canvasStop, canvas)
  if (exported === -1 || source.indexOf('}', exported) === -1 || source.slice(exported, source.indexOf('}', exported)).includes(' as ')) return undefined
  if (canvasEnd === -1 || canvasEnd > canvas + 1500) return undefined
  const changes: Array<{at: number; length: number; text: string}> = [
    {at: canvas, length: canvasEnd - canvas, text: ''},
    {at: exported + 1, length: 'export'.length, text: 'return'}
  ]
  for (let from = source.indexOf('import.meta.url'); from !== -1; from = source.indexOf('import.meta.url', from + 1)) {
    if (from < canvas || from >= canvasEnd) changes.push({at: from, length: 'import.meta.url'.length, text: 'resoUrl'})
  }
  const body = compile('pdf.cache', path, bytes, joined(source, changes, '(function (resoUrl, DOMMatrix, ImageData, Path2D) {"use strict";\n', '\n})')) as ((url: string, ...drawing: Array<typeof NoDrawing>) => PdfJs) | undefined
  return body?.(pathToFileURL(path).href, NoDrawing, NoDrawing, NoDrawing)
}

/**
 * What reso's copy of the API has for DOMMatrix, ImageData and Path2D
 * (which Node 20 lacks): it makes one DOMMatrix when it loads, for drawing,
 * and never draws.
 */
class NoDrawing {}

/** Where the API requires @napi-rs/canvas, up to the next polyfill (navigator's), which stays. */
const canvasAnchor = 'let canvas;\n  try {\n    const require = process.getBuiltinModule("module").createRequire(import.meta.url);\n    try {\n      canvas = require("@napi-rs/canvas");'
const canvasStop = 'if (!globalThis.navigator?.language) {'

/**
 * The source with the changes made, between a head and a tail: one join of
 * slices, not a copy per change. `changes` tells all three, for the key of
 * the code cache.
 */
function joined(source: string, changes: Array<{at: number; length: number; text: string}>, head: string, tail: string): {text: string; changes: string} {
  changes.sort((left, right) => left.at - right.at)
  const parts = [head]
  let cursor = 0
  for (const change of changes) {
    parts.push(source.slice(cursor, change.at), change.text)
    cursor = change.at + change.length
  }
  parts.push(source.slice(cursor), tail)
  return {text: parts.join(''), changes: JSON.stringify({head, tail, changes})}
}

/** PDF.js, loaded once; `fontNames` says whether styles carry font names. */
export function loadPdfJs(): {pdfjs: PdfJs; fontNames: boolean} {
  if (loaded) return loaded
  return keepingBuiltIns(() => withoutFetch(load))
}

function load(): {pdfjs: PdfJs; fontNames: boolean} {
  const require = createRequire(import.meta.url)
  const holder = globalThis as {pdfjsWorker?: {resoFontNames?: boolean; resoTextOnly?: boolean}}
  if (!holder.pdfjsWorker) {
    const path = require.resolve('pdfjs-dist/legacy/build/pdf.worker.mjs')
    const bytes = readFileSync(path)
    const patched = patch(bytes.toString('utf8'))
    // The module's code as a strict function body; it sets globalThis.pdfjsWorker itself.
    const body = patched && (compile('pdf.worker.cache', path, bytes, patched) as ((inflate: WorkerArguments['inflate'], textDocs: WorkerArguments['textDocs'], url: string) => void) | undefined)
    if (patched && body) {
      body(inflater(require), textDocs, pathToFileURL(path).href)
      const made = Reflect.get(globalThis, 'pdfjsWorker') as {resoFontNames?: boolean; resoTextOnly?: boolean} | undefined
      if (made) {
        made.resoFontNames = true
        made.resoTextOnly = patched.textOnly
      }
    }
    if (!holder.pdfjsWorker) holder.pdfjsWorker = require('pdfjs-dist/legacy/build/pdf.worker.mjs') as {resoFontNames?: boolean}
  }
  const pdfjs = ownApi(require) ?? (require('pdfjs-dist/legacy/build/pdf.mjs') as PdfJs)
  loaded = {pdfjs: holder.pdfjsWorker?.resoTextOnly === true ? textOnly(pdfjs) : pdfjs, fontNames: holder.pdfjsWorker?.resoFontNames === true}
  return loaded
}

/** PDF.js whose getDocument marks each document as read for its text (see textAnchors). */
function textOnly(pdfjs: PdfJs): PdfJs {
  const getDocument: PdfJs['getDocument'] = (source) => {
    const task = pdfjs.getDocument(source)
    textDocs.add(task.docId)
    return task
  }
  return {...pdfjs, getDocument}
}
