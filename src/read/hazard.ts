/**
 * Markdown no UN document looks like, found before remark-parse sees it.
 * micromark (under remark-parse) slows down far more than linearly, or runs
 * out of memory, on some shapes of input: containers nested thousands deep
 * (`>>>>…`, `1. 1. 1. …`), tens of thousands of empty list items or
 * setext underlines in a row, runs of unclosed brackets or of emphasis
 * marks in one paragraph, hundreds of thousands of link definitions. A
 * resolution has none of these: its lists are at most a few levels deep,
 * its paragraphs hold words. One pass over the text, constant memory.
 */

/** Limits well above any resolution and well below where micromark struggles. */
export const hazardLimits = {
  /** Containers (`>` and list markers) opened on one line. */
  depth: 8,
  /**
   * Containers opened in any 64 KB of text: micromark's cost per container
   * grows with the containers around it (4,000 one-line blockquotes in
   * 20 KB take seconds).
   */
  containers: 2048,
  /** Lines in a row that hold only markers (`- `, `* * *`, `=`, `>`). */
  markerRun: 256,
  /** Lines in the whole text that hold only markers. */
  markerLines: 4096,
  /** Link or footnote definitions (`[x]: …`) with no blank line between them (a blank line is where long input is cut into chunks). */
  definitions: 2048,
  /** `[` not yet closed in one paragraph. */
  openBrackets: 32,
  /** `[`, `]`, runs of `*` or `_`, backticks or `<` in one paragraph. */
  delimiters: 512,
  /** Changes between `*` and `_` in one run of emphasis marks (`*_*_…`). */
  emphasisSwitches: 16
} as const

/** What makes a text unsafe to give remark-parse, with the 1-based line; undefined when it is safe. */
export interface Hazard {
  reason: string
  line: number
}

/** Check Markdown before parsing it: the first shape no UN document has, or undefined. */
export function markdownHazard(source: string, limits: typeof hazardLimits = hazardLimits): Hazard | undefined {
  let line = 1
  let markerRun = 0
  let markerLines = 0
  let definitions = 0
  let open = 0
  let delimiters = 0
  let lineStart = 0
  let containers = 0
  let window = 0
  const length = source.length
  while (lineStart <= length) {
    let lineEnd = source.indexOf('\n', lineStart)
    if (lineEnd === -1) lineEnd = length
    // Containers at the start of the line: `>`, `-`, `*`, `+`, `1.`, `1)`, with spaces between.
    let index = lineStart
    let depth = 0
    let onlyMarkers = true
    let blank = true
    while (index < lineEnd) {
      const code = source.charCodeAt(index)
      if (code === 32 || code === 9 || code === 13) {
        index++
        continue
      }
      blank = false
      if (code === 62 /* > */) {
        depth++
        index++
      } else if (code === 45 || code === 42 || code === 43 || code === 61 || code === 95 /* - * + = _ */) {
        // A run of one mark (a rule, an underline) counts once.
        let end = index + 1
        while (end < lineEnd && source.charCodeAt(end) === code) end++
        if (!isSpaceOrEnd(source, end, lineEnd)) {
          onlyMarkers = false
          break
        }
        depth++
        index = end
      } else if (code >= 48 && code <= 57) {
        let digits = index
        while (digits < lineEnd && digits - index < 10 && source.charCodeAt(digits) >= 48 && source.charCodeAt(digits) <= 57) digits++
        const after = source.charCodeAt(digits)
        if ((after === 46 || after === 41) && isSpaceOrEnd(source, digits + 1, lineEnd)) {
          depth++
          index = digits + 1
        } else {
          onlyMarkers = false
          break
        }
      } else {
        onlyMarkers = false
        break
      }
      if (depth > limits.depth) return {reason: 'containers (> and list markers) nested more than ' + limits.depth + ' deep', line}
    }
    if (lineStart - window >= 65536) {
      window = lineStart
      containers = 0
    }
    containers += depth
    if (containers > limits.containers) return {reason: 'more than ' + limits.containers + ' containers (> and list markers) in 64 KB', line}
    if (blank) {
      markerRun = 0
      open = 0
      delimiters = 0
      definitions = 0
    } else {
      if (onlyMarkers) {
        markerLines++
        if (++markerRun > limits.markerRun) return {reason: 'more than ' + limits.markerRun + ' lines in a row that hold only markers', line}
        if (markerLines > limits.markerLines) return {reason: 'more than ' + limits.markerLines + ' lines that hold only markers', line}
      } else {
        markerRun = 0
      }
      if (isDefinition(source, index, lineEnd) && ++definitions > limits.definitions) {
        return {reason: 'more than ' + limits.definitions + ' link definitions in a row', line}
      }
      // Brackets and emphasis in the rest of the line, counted per paragraph.
      let previous = 0
      let switches = 0
      for (let at = index; at < lineEnd; at++) {
        const code = source.charCodeAt(at)
        if (code === 42 || code === 95) {
          if (previous !== 42 && previous !== 95) {
            delimiters++
            switches = 0
          } else if (code !== previous && ++switches > limits.emphasisSwitches) {
            return {reason: 'a run of emphasis marks (* and _) nested more than ' + limits.emphasisSwitches + ' deep', line}
          }
          previous = code
          continue
        }
        previous = code
        if (code === 91) {
          delimiters++
          if (++open > limits.openBrackets) return {reason: 'more than ' + limits.openBrackets + ' unclosed [ in one paragraph', line}
        } else if (code === 93) {
          delimiters++
          if (open > 0) open--
        } else if (code === 96 || code === 60) {
          // Backticks (code spans) and < (HTML, autolinks).
          delimiters++
        } else {
          continue
        }
        if (delimiters > limits.delimiters) return {reason: 'more than ' + limits.delimiters + ' brackets, emphasis marks, backticks or < in one paragraph', line}
      }
      if (delimiters > limits.delimiters) return {reason: 'more than ' + limits.delimiters + ' brackets, emphasis marks, backticks or < in one paragraph', line}
    }
    line++
    lineStart = lineEnd + 1
  }
  return undefined
}

/** A space or the end of the line. */
function isSpaceOrEnd(source: string, index: number, lineEnd: number): boolean {
  if (index >= lineEnd) return true
  const code = source.charCodeAt(index)
  return code === 32 || code === 9 || code === 13
}

/** `[label]:` at the start of what is left of a line. */
function isDefinition(source: string, index: number, lineEnd: number): boolean {
  if (source.charCodeAt(index) !== 91) return false
  const limit = Math.min(lineEnd - 1, index + 1000)
  for (let at = index + 1; at < limit; at++) {
    if (source.charCodeAt(at) === 93) return source.charCodeAt(at + 1) === 58
  }
  return false
}
