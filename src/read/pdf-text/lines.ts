/**
 * The Line model of the text reader: the source cut into lines, each with
 * its offsets and its kind (text, blank, furniture, a footnotes' separator,
 * a page break, a footnote's, a table's); the cells of a layout line.
 */


type Kind = 'text' | 'blank' | 'furniture' | 'separator' | 'pagebreak' | 'footnote' | 'table'

export interface Line {
  /** Source offset of the first non-blank character. */
  start: number
  /** Source offset after the last non-blank character. */
  end: number
  /** The line without its leading and trailing white space. */
  text: string
  kind: Kind
}

/** The cells of a line: runs of text apart by two or more spaces (pdftotext -layout puts header cells on one line). */
export function cells(text: string): string[] {
  return text.split(/ {2,}|\t/).filter((cell) => cell !== '')
}

export function splitLines(source: string): Line[] {
  const lines: Line[] = []
  const push = (from: number, to: number): void => {
    let start = from
    let end = to
    while (start < end && isSpace(source.charCodeAt(start))) start++
    while (end > start && isSpace(source.charCodeAt(end - 1))) end--
    // pdftotext may put the footnote separator at the end of the page's last line: "Secretary ______".
    const text = source.slice(start, end)
    const rule = / _{3,}$/.exec(text)
    if (rule && rule.index > 0) {
      lines.push({start, end: start + rule.index, text: text.slice(0, rule.index).trimEnd(), kind: 'text'})
      lines.push({start: start + rule.index + 1, end, text: rule[0].slice(1), kind: 'text'})
      return
    }
    lines.push({start, end, text, kind: start === end ? 'blank' : 'text'})
  }
  let start = 0
  for (let index = 0; index <= source.length; index++) {
    const code = index < source.length ? source.charCodeAt(index) : 10
    if (code !== 10 && code !== 13) continue
    // A form feed is a page break; text after it on the same line is a line of its own.
    let from = start
    for (let feed = start; feed < index; feed++) {
      if (source.charCodeAt(feed) !== 12) continue
      if (source.slice(from, feed).trim() !== '') push(from, feed)
      lines.push({start: feed, end: feed + 1, text: '', kind: 'pagebreak'})
      from = feed + 1
    }
    push(from, index)
    if (code === 13 && source.charCodeAt(index + 1) === 10) index++
    start = index + 1
  }
  return lines
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 12 || code === 11
}
