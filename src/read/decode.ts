/**
 * Bytes to text, the way people save it (UTF-8 with or without a BOM, UTF-16
 * with a BOM), or a clear error saying why the bytes are not text (UTF-32,
 * UTF-16 without a BOM, binary).
 */

/** Input the readers cannot use: one line a user can act on. */
export class InputError extends Error {
  override name = 'InputError'
}

/** Decode bytes as text, or say why they are not text. */
export function decode(name: string, bytes: Uint8Array): string {
  if (bytes.length >= 4 && ((bytes[0] === 0xff && bytes[1] === 0xfe && bytes[2] === 0 && bytes[3] === 0) || (bytes[0] === 0 && bytes[1] === 0 && bytes[2] === 0xfe && bytes[3] === 0xff))) {
    throw new InputError(name + ': is UTF-32 text; convert it to UTF-8 (for example with iconv -f utf-32 -t utf-8)')
  }
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return utf16(name, bytes, 'utf-16le')
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return utf16(name, bytes, 'utf-16be')
  let start = 0
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) start = 3
  const body = bytes.subarray(start)
  const nul = body.indexOf(0)
  if (nul !== -1) {
    const wide = utf16WithoutBom(body)
    if (wide) throw new InputError(name + ': looks like ' + wide.toUpperCase() + ' text without a byte order mark; convert it to UTF-8 (for example with iconv -f ' + wide + ' -t utf-8)')
    throw new InputError(name + ': looks like a binary file (a NUL byte at offset ' + (nul + start) + '); give reso a text, Markdown or PDF file')
  }
  try {
    return new TextDecoder('utf-8', {fatal: true}).decode(body)
  } catch {
    const line = lineOfInvalid(body)
    throw new InputError(name + ':' + line + ': not valid UTF-8; convert the file to UTF-8 (for example with iconv -f latin1 -t utf-8)')
  }
}

/** UTF-16 after its byte order mark; U+0000 in it means the file is not text. */
function utf16(name: string, bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): string {
  const text = new TextDecoder(encoding).decode(bytes.subarray(2))
  const nul = text.indexOf('\u0000')
  if (nul !== -1) throw new InputError(name + ': looks like a binary file (U+0000 at character ' + nul + ' of its ' + encoding.toUpperCase() + ' text); give reso a text, Markdown or PDF file')
  return text
}

/**
 * "utf-16le" or "utf-16be" when the NUL bytes of the first 4 KB are nearly
 * all in odd (little-endian) or even (big-endian) places and fill about
 * half of them, as in Latin text saved as UTF-16 without a byte order mark.
 */
function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const length = Math.min(bytes.length, 4096) & ~1
  if (length < 16) return undefined
  let even = 0
  let odd = 0
  for (let index = 0; index < length; index++) {
    if (bytes[index] === 0) {
      if (index % 2 === 0) even++
      else odd++
    }
  }
  const pairs = length / 2
  if (odd >= pairs * 0.4 && even <= pairs * 0.02) return 'utf-16le'
  if (even >= pairs * 0.4 && odd <= pairs * 0.02) return 'utf-16be'
  return undefined
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
