/**
 * Bytes to text, the way people save it (UTF-8 with or without a BOM, UTF-16
 * with a BOM), or a clear error saying why the bytes are not text.
 */

/** Input the readers cannot use: one line a user can act on. */
export class InputError extends Error {
  override name = 'InputError'
}

/** Decode bytes as text, or say why they are not text. */
export function decode(name: string, bytes: Uint8Array): string {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2))
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2))
  let start = 0
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) start = 3
  const body = bytes.subarray(start)
  const nul = body.indexOf(0)
  if (nul !== -1) {
    throw new InputError(name + ': looks like a binary file (a NUL byte at offset ' + (nul + start) + '); give reso a text, Markdown or PDF file')
  }
  try {
    return new TextDecoder('utf-8', {fatal: true}).decode(body)
  } catch {
    const line = lineOfInvalid(body)
    throw new InputError(name + ':' + line + ': not valid UTF-8; convert the file to UTF-8 (for example with iconv -f latin1 -t utf-8)')
  }
}

/** The line holding the first byte that is not valid UTF-8. */
function lineOfInvalid(bytes: Uint8Array): number {
  const decoder = new TextDecoder('utf-8', {fatal: true})
  let line = 1
  let start = 0
  for (let index = 0; index <= bytes.length; index++) {
    if (index === bytes.length || bytes[index] === 10) {
      try {
        decoder.decode(bytes.subarray(start, index))
      } catch {
        return line
      }
      line++
      start = index + 1
    }
  }
  return line
}
