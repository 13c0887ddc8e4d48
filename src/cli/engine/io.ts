/**
 * Reading input files for the CLI: one clear error for every way a file can
 * be unusable, and text decoded the way people save it (UTF-8 with or
 * without a BOM, UTF-16 with a BOM).
 */
import {createReadStream, readFileSync, statSync} from 'node:fs'
import {parseInput} from '../../parse/index.js'
import {InputError, read, type Input, type Source} from '../../read/index.js'
import type {ParseResult, SourceFormat} from '../../tree.js'
import {largeInput, tightenHeap} from './heap.js'

/** An error a user can act on: one line, no stack trace, exit 2. */
export class UserError extends Error {
  override name = 'UserError'
}

/** One file, parsed. */
export interface Parsed extends ParseResult {
  /** The name to show: the path as given, or "<stdin>". */
  name: string
}

/**
 * The largest file reso reads (bytes): 48 MiB, the largest size measured
 * (issue 17). Peak memory with /usr/bin/time, the seed repeated: 10 MB
 * 255-257 MB (25x, of which Node's own 45-50 MB), 25 MB 509 MB as text and
 * 467 MB as Markdown (about 20x), 50 MB 819 MB as text and 846 MB as
 * Markdown (about 17x): the ratio falls as the input grows, and holds at
 * 20x or less from about 20 MB up to this limit. Beyond it nothing was
 * measured, and a 50 MB Markdown file already takes minutes; the largest UN
 * documents, annexes included, are a few MB of text.
 */
export const maxBytes = 48 * 1024 * 1024

/** What to say of an input over the limit. */
const tooLarge = 'is larger than 48 MB (reso reads one document at a time); split it into smaller files'

/** Read a stream to its end (stdin, a named pipe), at most maxBytes. */
async function readStream(name: string, stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of stream) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer)
    size += buffer.length
    if (size > maxBytes) throw new UserError(name + ': input ' + tooLarge)
    chunks.push(buffer)
  }
  return Buffer.concat(chunks)
}

/**
 * Check that `path` names something reso can read, without reading it: a
 * file, or a pipe or device read as it comes. Throws a UserError saying
 * what is wrong. A command with several inputs checks them all first, so a
 * missing file is reported before a named pipe is opened (opening one
 * waits for its writer).
 */
export function checkInput(path: string): 'file' | 'pipe' {
  let info
  try {
    info = statSync(path)
  } catch (error) {
    throw fileError(path, error)
  }
  if (info.isDirectory()) throw new UserError(path + ': is a directory; give the files in it (for example ' + path.replace(/\/$/, '') + '/*.txt)')
  if (info.isFIFO() || info.isCharacterDevice()) return 'pipe'
  if (!info.isFile()) throw new UserError(path + ': not a regular file or a pipe')
  if (info.size > maxBytes) throw new UserError(path + ': file ' + tooLarge)
  return 'file'
}

/**
 * Read a file, or stdin for "-", as bytes. Files are read synchronously:
 * the first asynchronous read would start libuv's thread pool, which costs a
 * one-file run more (about 4 ms) than the read itself, and parsing, not
 * reading, is what a corpus run waits for. `from.stdin` is read only for
 * "-": making Node's stdin stream costs every start some milliseconds.
 */
export async function readInput(path: string, from: {readonly stdin: NodeJS.ReadableStream} = process): Promise<Input> {
  const stdin = path === '-'
  const name = stdin ? '<stdin>' : path
  const bytes = stdin ? await readStream(name, from.stdin) : await readPath(path)
  if (bytes.length >= largeInput) tightenHeap()
  // Read once: a reader may take the bytes over (PDF.js does), not copy them.
  return {name, bytes, handOver: true}
}

/** Read and parse one input in the format given or detected; a file reso cannot use is a UserError. */
export async function parseFile(path: string, from: {readonly stdin: NodeJS.ReadableStream} = process, format: SourceFormat | 'auto' = 'auto'): Promise<Parsed> {
  const input = await readInput(path, from)
  try {
    return {name: input.name, ...(await parseInput(input, {format}))}
  } catch (error) {
    throw error instanceof InputError ? new UserError(error.message) : error
  }
}

/** Read one input into its reader's Source (reading-order text and blocks); a file reso cannot use is a UserError. */
export async function readSource(path: string, from: {readonly stdin: NodeJS.ReadableStream} = process, format: SourceFormat | 'auto' = 'auto'): Promise<Source & {name: string}> {
  const input = await readInput(path, from)
  try {
    return {name: input.name, ...(await read(input, format))}
  } catch (error) {
    throw error instanceof InputError ? new UserError(error.message) : error
  }
}

/** The bytes of a file, or of a pipe or device, read as it comes (bash's <(pdftotext draft.pdf -)). */
async function readPath(path: string): Promise<Buffer> {
  const piped = checkInput(path) === 'pipe'
  try {
    return piped ? await readStream(path, createReadStream(path)) : readFileSync(path)
  } catch (error) {
    throw error instanceof UserError ? error : fileError(path, error)
  }
}

function fileError(path: string, error: unknown): UserError {
  const code = (error as NodeJS.ErrnoException).code
  // Node reads arguments as UTF-8: a name in another encoding arrives with U+FFFD and names no file.
  if (code === 'ENOENT' && path.includes('\ufffd')) return new UserError(path + ': no such file; its name is not valid UTF-8 (reso can only open names in UTF-8): rename the file')
  if (code === 'ENOENT') return new UserError(path + ': no such file; check the path')
  if (code === 'EACCES' || code === 'EPERM') return new UserError(path + ': permission denied; check the file permissions')
  if (code === 'EISDIR') return new UserError(path + ': is a directory; give the files in it')
  return new UserError(path + ': cannot be read (' + (code ?? String(error)) + ')')
}
