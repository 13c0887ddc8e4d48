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
