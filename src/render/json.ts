/**
 * JSON for a terminal: the same value JSON.stringify gives, with the
 * characters it leaves raw but a terminal would obey (DEL, C1 controls,
 * bidirectional overrides) written as \u escapes.
 */
export function safeJson(value: unknown, indent = 2): string {
  return JSON.stringify(value, null, indent).replace(/[\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, (character) => '\\u' + character.charCodeAt(0).toString(16).padStart(4, '0'))
}

/**
 * Write one JSON array element by element as results arrive: `run` gets an
 * `add` function; the array is closed even when `run` fails midway, so the
 * output is always valid JSON. Resolves to the number of elements.
 */
export async function streamJsonArray(
  stream: {write(chunk: string): unknown},
  run: (add: (value: unknown) => void) => Promise<void>
): Promise<number> {
  let written = 0
  const add = (value: unknown): void => {
    stream.write((written++ === 0 ? '[\n  ' : ',\n  ') + safeJson(value).replace(/\n/g, '\n  '))
  }
  try {
    await run(add)
  } finally {
    stream.write(written === 0 ? '[]\n' : '\n]\n')
  }
  return written
}

/** DEL, C1 controls and bidirectional overrides, which JSON.stringify leaves raw. */
const terminalUnsafe = /[\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g

type Frame = {array: readonly unknown[]; index: number} | {object: Record<string, unknown>; keys: string[]; index: number; written: number}

/**
 * Compact JSON of `value` (what JSON.stringify gives, without its
 * indentation) in chunks of about `size` characters, written without
 * recursion and without ever holding the whole text: a tree of 10 MB of
 * input is hundreds of MB of JSON, more than one string can hold. Fields
 * named in `omit` are left out (`position`, for parse --json --no-positions).
 * Characters a terminal would obey are written as \u escapes, as safeJson does.
 */
export function* jsonChunks(value: unknown, omit: ReadonlySet<string> = new Set(), size = 64 * 1024): Generator<string> {
  let buffer = ''
  const stack: Frame[] = []
  const open = (item: unknown): void => {
    if (Array.isArray(item)) {
      buffer += '['
      stack.push({array: item, index: 0})
    } else if (item !== null && typeof item === 'object' && typeof (item as {toJSON?: unknown}).toJSON !== 'function') {
      buffer += '{'
      stack.push({object: item as Record<string, unknown>, keys: Object.keys(item), index: 0, written: 0})
    } else {
      buffer += JSON.stringify(item) ?? 'null'
    }
  }
  open(value)
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!
    if ('array' in frame) {
      if (frame.index === frame.array.length) {
        buffer += ']'
        stack.pop()
      } else {
        if (frame.index > 0) buffer += ','
        const item = frame.array[frame.index++]
        // As JSON.stringify: undefined, functions and symbols in an array are null.
        open(item === undefined || typeof item === 'function' || typeof item === 'symbol' ? null : item)
      }
    } else if (frame.index === frame.keys.length) {
      buffer += '}'
      stack.pop()
    } else {
      const key = frame.keys[frame.index++]!
      const item = frame.object[key]
      if (item === undefined || typeof item === 'function' || typeof item === 'symbol' || omit.has(key)) continue
      buffer += (frame.written++ > 0 ? ',' : '') + JSON.stringify(key) + ':'
      open(item)
    }
    if (buffer.length >= size) {
      yield buffer.replace(terminalUnsafe, escapeUnsafe)
      buffer = ''
    }
  }
  yield buffer.replace(terminalUnsafe, escapeUnsafe) + '\n'
}

function escapeUnsafe(character: string): string {
  return '\\u' + character.charCodeAt(0).toString(16).padStart(4, '0')
}
