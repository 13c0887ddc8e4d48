/**
 * stdout and stderr for the program. When one is a pipe, a socket or a file,
 * reso writes to it directly with fs.writeSync: Node's process.stdout is a
 * net.Socket for a pipe, and making it loads streams, sockets and tty, a few
 * milliseconds at every start (issue 7 asks for start-up within 1.6 times
 * `node -e 0`). A terminal, or anything else, gets Node's own stream.
 *
 * A direct write blocks until the reader takes it, as a pipe should. Should
 * the descriptor turn out non-blocking (a reader in the same pipe can make it
 * so), the first EAGAIN hands the rest of the run to Node's stream, which
 * waits for the reader properly. When the reader of stdout has gone (EPIPE:
 * `reso verbs corpus/* | head -1`) the write throws `OutputClosed`, which
 * ends the run at once with the exit status it has so far; on stderr the
 * rest is dropped.
 */
import {EventEmitter} from 'node:events'
import {fstatSync, writeSync} from 'node:fs'

/** What reso writes to: Node's streams and test streams have it too. */
export interface Output {
  write(chunk: string): boolean
  once(event: 'drain', listener: () => void): unknown
  isTTY?: boolean | undefined
  columns?: number | undefined
  hasColors?: ((count?: number) => boolean) | undefined
}

/** Thrown by a write to stdout once its reader has gone: the run stops there. */
export class OutputClosed extends Error {
  constructor() {
    super('the reader of the output has gone')
  }
}

class DirectOutput extends EventEmitter implements Output {
  readonly isTTY = false
  /** Node's stream, once handed over to. */
  stream: NodeJS.WritableStream | undefined
  /** The reader has gone. */
  private closed = false

  constructor(
    private readonly fd: number,
    private readonly nodeStream: () => NodeJS.WritableStream
  ) {
    super()
  }

  write(chunk: string): boolean {
    if (this.stream) return this.stream.write(chunk)
    if (this.closed) return this.lost()
    const bytes = Buffer.from(chunk)
    let offset = 0
    try {
      while (offset < bytes.length) offset += writeSync(this.fd, bytes, offset)
      return true
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      if (code === 'EAGAIN') return this.handOver(bytes.subarray(offset))
      if (code === 'EPIPE') {
        this.closed = true
        return this.lost()
      }
      this.emit('error', error)
      return true
    }
  }

  /** A write after the reader has gone: stdout stops the run, stderr drops it. */
  private lost(): boolean {
    if (this.fd !== 2) throw new OutputClosed()
    return true
  }

  /** From now on, Node's stream writes (it waits for a non-blocking reader). */
  private handOver(rest: Uint8Array): boolean {
    const stream = this.nodeStream()
    this.stream = stream
    stream.on('drain', () => this.emit('drain'))
    stream.on('error', (error) => this.emit('error', error))
    return stream.write(rest)
  }
}

/** Whether `fd` is a pipe, a socket (how Node and others pipe a child's output) or a regular file: not a terminal or a device. */
function isPipeOrFile(fd: number): boolean {
  try {
    const info = fstatSync(fd)
    return info.isFIFO() || info.isSocket() || info.isFile()
  } catch {
    return false
  }
}

/**
 * stdout (1) or stderr (2): written directly when a pipe, socket or file,
 * else Node's stream. `nodeStream` gives Node's stream for the descriptor
 * (tests pass another descriptor and its stream).
 */
export function openOutput(
  fd: number,
  nodeStream: () => NodeJS.WritableStream & EventEmitter = () => (fd === 2 ? process.stderr : process.stdout)
): Output & EventEmitter {
  return isPipeOrFile(fd) ? new DirectOutput(fd, nodeStream) : nodeStream()
}

/** Wait until Node's streams among these outputs hold nothing more to write (direct writes are done when they return). */
export async function flushed(outputs: readonly Output[]): Promise<void> {
  // One turn of the event loop first: an error a Node stream has met (a
  // full disk) is reported on the next tick, and must not be cut off.
  await new Promise((resolve) => setImmediate(resolve))
  for (const output of outputs) {
    const stream = (output instanceof DirectOutput ? output.stream : output) as (NodeJS.WritableStream & {writableLength?: number}) | undefined
    if (!stream?.writableLength) continue
    await new Promise<void>((resolve) => {
      stream.once('drain', resolve)
      stream.once('error', () => resolve())
      stream.once('close', resolve)
    })
  }
}
