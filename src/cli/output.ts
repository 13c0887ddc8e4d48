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
 * waits for the reader properly. A closed reader (EPIPE) is an 'error' event,
 * as on Node's stream.
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

class DirectOutput extends EventEmitter implements Output {
  readonly isTTY = false
  /** Node's stream, once handed over to. */
  stream: NodeJS.WritableStream | undefined

  constructor(
    private readonly fd: number,
    private readonly nodeStream: () => NodeJS.WritableStream
  ) {
    super()
  }

  write(chunk: string): boolean {
    if (this.stream) return this.stream.write(chunk)
    const bytes = Buffer.from(chunk)
    let offset = 0
    try {
      while (offset < bytes.length) offset += writeSync(this.fd, bytes, offset)
      return true
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      if (code === 'EAGAIN') return this.handOver(bytes.subarray(offset))
      this.emit('error', error)
      return true
    }
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

/**
 * Whether everything written to these outputs has reached them: true when
 * all were written directly, so the process may end at once (Node's stream
 * may still hold data for a slow reader).
 */
export function allWritten(outputs: readonly Output[]): boolean {
  return outputs.every((output) => output instanceof DirectOutput && output.stream === undefined)
}
