/**
 * Input text never reaches a terminal as control sequences: control
 * characters (C0 but tab and line feed, DEL, C1) and bidirectional
 * overrides are shown escaped, as \x1b or \u202e.
 */
// eslint-disable-next-line no-control-regex
const control = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g

export function escapeControl(text: string): string {
  return text.replace(control, (character) => {
    const code = character.charCodeAt(0)
    return code <= 0xff ? '\\x' + code.toString(16).padStart(2, '0') : '\\u' + code.toString(16).padStart(4, '0')
  })
}
