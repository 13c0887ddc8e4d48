/**
 * JSON for a terminal: the same value JSON.stringify gives, with the
 * characters it leaves raw but a terminal would obey (DEL, C1 controls,
 * bidirectional overrides) written as \u escapes.
 */
export function safeJson(value: unknown, indent = 2): string {
  return JSON.stringify(value, null, indent).replace(/[\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, (character) => '\\u' + character.charCodeAt(0).toString(16).padStart(4, '0'))
}
