/**
 * The passes over the body's lines before it is read: the repairs of
 * plain pdftotext's line order (a paragraph's last line given first, a
 * justified line's words scattered, a page's stray last word, a paragraph
 * number taken for a page number) and the tables a paragraph announces.
 */
import {matchPhrase} from '../../recognize/phrase.js'
import {annex, closing, endsParagraph, opensAlways} from './body.js'
import type {Line} from './lines.js'

/** Put a few lines back in order: the window replaces as many lines from `at` (no array shifts: linear). */
function rewrite(lines: Line[], at: number, window: readonly Line[]): void {
  window.forEach((line, offset) => {
    lines[at + offset] = line
  })
}

/**
 * pdftotext (plain) may give a paragraph's short last line first, between
 * its number (or a sub-paragraph's letter) and its opening: "82." / "ranges;" / "" / "Reiterates that
 * language posts are not subject to the system of desirable" / "" (a page's
 * furniture may stand between them too); or a table's section label before
 * the paragraph that announces the table: "6." / "A." / "" / "Approves the
 * changes to the staffing table as set out in the table below:". The lines
 * are put back in reading order: the opening (up to three lines; before a
 * label, starting with a known verb) before the line that came too early.
 */
export function mendLastLines(lines: Line[], from: number, width: number): void {
  const skip = (at: number): number => {
    const limit = at + 12
    while (at < lines.length && at < limit && (lines[at]!.kind === 'blank' || lines[at]!.kind === 'furniture')) at++
    return at
  }
  for (let index = from; index + 3 < lines.length; index++) {
    if (lines[index]!.kind !== 'text' || !/^(?:\d{1,3}\.|\((?:[a-z]{1,6}|\d{1,3})\))$/.test(lines[index]!.text)) continue
    const early = skip(index + 1)
    const last = lines[early]
    if (last?.kind !== 'text' || last.text.length > width * 0.6 || matchPhrase(last.text, 0, 'any')?.known === true) continue
    const label = /^[A-Z]\.$/.test(last.text)
    if (!label && !/[.;:,]$/.test(last.text)) continue
    const start = skip(early + 1)
    if (start === early + 1) continue
    let end = start
    while (end < lines.length && end < start + 3 && lines[end]!.kind === 'text' && !opensAlways(lines[end]!.text) && !/^\d{1,3}\.$/.test(lines[end]!.text)) end++
    const opening = lines.slice(start, end)
    if (opening.length === 0 || !(label ? matchPhrase(opening[0]!.text, 0, 'operative')?.known === true : /^[A-Z\d]/.test(opening[0]!.text))) continue
    const close = opening[opening.length - 1]!.text
    if (label ? !/:$/.test(close) : /[.;:,]$/.test(close)) continue
    if (end < lines.length && lines[end]!.kind === 'text' && !opensAlways(lines[end]!.text) && !/^\d{1,3}\.$/.test(lines[end]!.text)) continue
    rewrite(lines, index + 1, [...opening, last, ...lines.slice(index + 1, early), ...lines.slice(early + 1, start)])
  }
}

/**
 * pdftotext (plain) may scatter a justified line's words, each a block of
 * its own, after the paragraph's next line: "1." / "Takes note of the
 * report" / "recommendations contained therein;" / "" / "of" / "" / "the" /
 * "" / "Secretary-General 5 and" / "" / "the" / "" / "2.". The words go back
 * between the opening and the last line.
 */
export function mendScatteredWords(lines: Line[], from: number): void {
  for (let index = from; index + 4 < lines.length; index++) {
    if (lines[index]!.kind !== 'text' || !/^\d{1,3}\.$/.test(lines[index]!.text)) continue
    const opening = lines[index + 1]!
    const last = lines[index + 2]!
    if (opening.kind !== 'text' || last.kind !== 'text' || /[.,;:]$/.test(opening.text) || !/[.;:]$/.test(last.text) || matchPhrase(opening.text, 0, 'operative')?.known !== true) continue
    const words: Line[] = []
    const blanks: Line[] = []
    let at = index + 3
    for (; at < lines.length && at < index + 40; at++) {
      const line = lines[at]!
      if (line.kind === 'blank') {
        blanks.push(line)
        continue
      }
      if (line.kind !== 'text' || /^\d{1,3}\.(?:\s|$)/.test(line.text) || line.text.length > 30 || lines[at - 1]!.kind !== 'blank') break
      words.push(line)
    }
    if (words.length < 2 || at === lines.length || lines[at]!.kind !== 'text' || !/^\d{1,3}\.(?:\s|$)/.test(lines[at]!.text)) continue
    rewrite(lines, index + 2, [...words, last, ...blanks])
  }
}

/**
 * pdftotext (plain) may give the last word of a page's first line after
 * the page's running header, alone: "... space-based solutions, in" /
 * "tele-epidemiology, ..." / "" / "A/RES/80/76" / "" / "particular" / "" /
 * "Recalling ...". The word goes back to the end of that first line.
 */
export function mendStrayWords(lines: Line[], from: number): void {
  const nextText = (at: number, step: number): number => {
    const limit = at + 12 * step
    while (at >= 0 && at < lines.length && at !== limit && lines[at]!.kind === 'blank') at += step
    return at
  }
  for (let index = from + 1; index + 1 < lines.length; index++) {
    const word = lines[index]!
    if (word.kind !== 'text' || !/^[a-z]{2,15}$/.test(word.text) || lines[index - 1]!.kind !== 'blank' || lines[index + 1]!.kind !== 'blank') continue
    const after = nextText(index + 1, 1)
    if (after >= lines.length || lines[after]!.kind !== 'text' || !/^[A-Z]/.test(lines[after]!.text)) continue
    const header = nextText(index - 1, -1)
    if (header < 0 || lines[header]!.kind !== 'furniture') continue
    // The page's first lines: the text just before the header, after the page's top furniture.
    let first = nextText(header - 1, -1)
    if (first < 0 || lines[first]!.kind !== 'text') continue
    while (first > 0 && first > index - 12 && lines[first - 1]!.kind === 'text') first--
    if (first === 0 || (lines[nextText(first - 1, -1)]?.kind ?? 'text') !== 'furniture' || first < from) continue
    rewrite(lines, first + 1, [word, ...lines.slice(first + 1, index)])
  }
}

/**
 * A paragraph number whose full stop the source dropped, alone on its line
 * ("25" / "Condemns without reservation ..."), looks like a page number and
 * was set aside as furniture: it is the paragraph's number when it is the
 * next one, the line before ends a paragraph and a known verb follows.
 */
export function restoreBareNumbers(lines: Line[], from: number, ids: ReadonlySet<string>): void {
  let last = 0
  let previous: Line | undefined
  for (let index = from; index < lines.length; index++) {
    const line = lines[index]!
    const number = line.kind === 'text' ? /^(\d{1,3})\.(?:\s|$)/.exec(line.text) : null
    if (number) last = Number(number[1])
    if (line.kind === 'furniture' && /^\d{1,3}$/.test(line.text) && Number(line.text) === last + 1 && previous && endsParagraph(previous.text, ids)) {
      let next = index + 1
      while (next < lines.length && lines[next]!.kind === 'blank') next++
      const following = lines[next]
      if (following?.kind === 'text' && matchPhrase(following.text, 0, 'operative')?.known === true) {
        line.kind = 'text'
        last++
      }
    }
    if (line.kind === 'text') previous = line
  }
}

/**
 * A table a paragraph announces ("... as set forth in the table below:")
 * runs to the next numbered paragraph, a preambular opening, the closing
 * or an annex; its cells
 * come one a line, and its row labels ("A", "B", "C") are not parts.
 */
export function markTables(lines: Line[], from: number): void {
  for (let index = from; index < lines.length; index++) {
    if (lines[index]!.kind !== 'text' || !/\btable below:$/i.test(lines[index]!.text)) continue
    let at = index + 1
    for (; at < lines.length && at < index + 600; at++) {
      const line = lines[at]!
      if (line.kind !== 'text') continue
      // A preambular opening ("Recalling ...") is a new part's, not a cell.
      if (/^\d{1,3}\.(?:\s|$)/.test(line.text) || closing.test(line.text.slice(0, 80)) || annex.test(line.text.slice(0, 20))) break
      if (/^[A-Z][a-z]+ing\b/.test(line.text) && matchPhrase(line.text, 0, 'preambular')?.known === true) break
      line.kind = 'table'
    }
    index = at - 1
  }
}
