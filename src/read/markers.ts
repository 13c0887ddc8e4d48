/**
 * Footnote markers in text that lost its superscripts (text from pdftotext
 * and its kin, Markdown converted from a PDF): which digits of a paragraph
 * call a footnote. Each marker found becomes a footnote reference piece
 * (text "", `footnote` its number); every other number stays the text's.
 */
import type {Piece, RawBlock} from './blocks.js'

/** Split glued footnote digits off pieces: "(XXV)1" -> "(XXV)" + marker 1. */
export function splitFootnoteMarkers(pieces: Piece[], ids: ReadonlySet<string>): Piece[] {
  if (ids.size === 0) return pieces
  const result: Piece[] = []
  for (const piece of pieces) {
    if (piece.footnote !== undefined || piece.text.length === 0) {
      result.push(piece)
      continue
    }
    const text = piece.text
    let last = 0
    let index = 0
    while (index < text.length) {
      const code = text.charCodeAt(index)
      if (code < 48 || code > 57) {
        index++
        continue
      }
      const from = index
      while (index < text.length && text.charCodeAt(index) >= 48 && text.charCodeAt(index) <= 57) index++
      const after = index < text.length ? text.charCodeAt(index) : 32
      const afterOk = after === 32 || after === 44 || after === 46 || after === 59 || after === 58 || after === 41 || after === 0xa0
      if (!afterOk) continue
      const before = from > 0 ? text[from - 1]! : ''
      const run = text.slice(from, index)
      let split = -1
      // After a symbol's component ("A/80/L.4", "1/CP.19", "1/CMA.4", "Add.1", "Corr.2") the digits are its session or number, not a marker.
      // So are the digits of a decimal article number: "article 3.5", "article 4.15".
      const component = before === '.' && /(?:\/[A-Z]{1,5}|\b(?:Add|Rev|Corr|Amend)|(?:^|\s)\d{1,2})$/.test(text.slice(Math.max(0, from - 8), from - 1))
      if (component) continue
      if (/[a-z),.;:\u201d\u2019"]/.test(before) && ids.has(run) && run.length <= 3) {
        // A letter or closing mark, then the marker: "Bodies,1", "(XXV)1".
        if (!(before >= 'a' && before <= 'z') || /[a-z]{3}$/.test(text.slice(Math.max(0, from - 3), from))) split = from
      } else if (run.length >= 5 && run.length <= 7 && (before === '' || before === ' ' || before === '\u2013' || before === '-')) {
        // A year with the marker glued on: "of 19721".
        const year = Number(run.slice(0, 4))
        if (year >= 1900 && year <= 2099 && ids.has(run.slice(4))) split = from + 4
      }
      if (split === -1) continue
      if (split > last) result.push({...piece, text: text.slice(last, split), start: piece.start + last, end: piece.start + split})
      result.push({text: '', start: piece.start + split, end: piece.start + index, footnote: text.slice(split, index)})
      last = index
    }
    if (last === 0) result.push(piece)
    else if (last < text.length) result.push({...piece, text: text.slice(last), start: piece.start + last})
  }
  return result
}

/** The little words a marker can be glued to in pdftotext's output: "3and of its findings". */
const gluedWord = /^(?:and|or|of|the|in|to|for|on|with|that|which|as|at|by|from|including|is|are|was|were)\b/

/** Words after which a number is the text's own, not a footnote marker: "paragraph 5", "from 5 to 8", "Goal 3". */
const countedWords = /(?:^|[^A-Za-z])(?:paragraphs?|paras?|subparagraphs?|Goals?|goals?|targets?|articles?|Articles?|sections?|chapters?|chap|rules?|annex|annexes|items?|No|Nos|vol|page|pages|from|to|and|or|of|in|on|by|at|for|with|than|least|about|over|under|per|the|some|all|phase|level|years?|days?|months?|weeks?|hours?|sessions?|Step|step|Table|table|figure|Figure|Annex|Chapter|Article|Paragraph|Resolution|Decision|Part|part)\.?$/

/**
 * Footnote markers in the body: the digits that call the footnotes, in
 * order, glued to a word ("Bodies,1", "2030,8") or apart ("Development 1 and",
 * "Korea; 27"). Each marker becomes a footnote reference piece; numbers the
 * text counts ("paragraph 5", "from 5 to 8", "resolution 70/1") are kept.
 */
export function markFootnoteMarkers(blocks: RawBlock[], footnotes: RawBlock[]): void {
  const order = footnotes.map((block) => block.footnote!).filter((id) => /^\d+$/.test(id))
  if (order.length === 0) return
  const place = new Map<string, number>()
  order.forEach((id, index) => place.set(id, index))
  let next = 0
  let prior = ''
  for (const block of blocks) {
    if ((block.kind !== 'paragraph' && block.kind !== 'item') || next >= order.length) continue
    const result: Piece[] = []
    // The paragraph's text before the piece, for what comes before a marker at a line's start
    // (a block that continues a paragraph cut by a page break goes on from its text).
    prior = block.continues ? prior + ' ' : ''
    for (const piece of block.pieces) {
      prior = prior.slice(-40) + piece.text
      // A marker the source already marks ("[^4]"): the next one comes after it.
      if (piece.footnote !== undefined) {
        const at = place.get(piece.footnote)
        if (at !== undefined && at >= next) next = at + 1
      }
      if (piece.footnote !== undefined || piece.text.length === 0 || next >= order.length) {
        result.push(piece)
        continue
      }
      const text = piece.text
      let last = 0
      const digits = /\d{1,7}/g
      for (let match = digits.exec(text); match !== null && next < order.length; match = digits.exec(text)) {
        const from = match.index
        const to = from + match[0].length
        const after = to < text.length ? text[to]! : ' '
        // A marker a text form glued to the next word ("inclusion\u201d, 3and of", "Weapons 6and the"): before a little word.
        const context = prior.slice(0, prior.length - text.length + from)
        const glued = /[a-z]/.test(after) && /[A-Za-z,;.\u201d] $/.test(context.slice(-2)) && gluedWord.test(text.slice(to, to + 10))
        if ((!/[\s,.;:)\u201d]/.test(after) && !glued) || (after === '.' && /\d/.test(text[to + 1] ?? ''))) continue
        if (context.trim() === '') continue
        const before = context[context.length - 1]!
        let id = match[0]
        let split = from
        // A year with the marker glued on: "of 19721".
        if (id.length >= 5 && /^(?:19|20)\d\d/.test(id)) {
          split = from + 4
          id = id.slice(4)
        } else if (id.length === 3 && id.startsWith('21') && context.endsWith('Agenda ')) {
          // Agenda 21 with its marker: "Agenda 212 and".
          split = from + 2
          id = id.slice(2)
        } else if (before === '/' && /\b\d{1,3}\/$/.test(context) && (order[next]?.length ?? 0) >= 2 && id.length - order[next]!.length >= 2 && id.endsWith(order[next]!)) {
          // A resolution's number with the next marker glued on: "54/2639 and" is 54/26 and marker 39.
          split = from + id.length - order[next]!.length
          id = order[next]!
        } else if (id.length > 3) continue
        // The next marker, or one a little further on (a marker the text form lost).
        let ahead = -1
        for (let look = next; look < order.length && look <= next + 3; look++) {
          if (order[look] === id) {
            ahead = look
            break
          }
        }
        if (ahead === -1) continue
        if (split === from) {
          if (/[\d/\-\u2013.]/.test(before) && !(before === '.' && /[a-z)]\.$/.test(text.slice(Math.max(0, from - 2), from)))) continue
          // A symbol's or a count's own number after its full stop: "WT/L/508/Add.1 of", "Rev.1", "No.1".
          if (before === '.' && (/\/\S*$/.test(context) || /(?:^|[^A-Za-z])(?:Add|Corr|Rev|Amend|Suppl|No|Nos|Vol|para|paras|art|chap|sect)\.$/.test(context))) continue
          if (before === ' ' || before === '\u00a0') {
            // A number apart from its word is a marker only when it is the next one: "annual 4 trillion",
            // "paragraphs 11, 13 and 54" are the text's own numbers however near marker 4 or 13 is.
            if (ahead > next) continue
            // Apart: after a word or a closing mark, not after a word that counts ("paragraph 5").
            const head = context.slice(-30, -1)
            const year = /(?:^|[^\d/])(?:19|20)\d\d$/.test(head)
            // "the Sustainable Development Goals 5 and to make": the Goals' name, not a count ("Goals 5 and 6").
            const named = /Development Goals$/.test(head) && !/^ (?:and|to|or|-|\u2013) ?\d/.test(text.slice(to, to + 8))
            // After a resolution's number only the next marker: "54/22, 38 54/26 39 and 54/33 40 of".
            const resolution = /(?:^|\s)\d{1,3}\/\d{1,4}$/.test(head) && ahead === next
            if (head === '' || (countedWords.test(head) && !named) || (/\d$/.test(head) && !year && !resolution && !head.endsWith('Agenda 21')) || /(?:January|February|March|April|May|June|July|August|September|October|November|December)$/.test(head)) continue
            // "Development 1 and its": the word after is in lower case or punctuation follows.
            if ((!glued && !/^(?:[\s,.;:)\u201d]|$)/.test(text.slice(to, to + 1))) || /^ [A-Z]/.test(text.slice(to, to + 2)) && !/[,;.]$/.test(head) && !year) continue
            // A number with its session or year: "resolution 1 (I)", "2200 A (XXI)".
            if (/^ \([IVXLC\d]/.test(text.slice(to, to + 3))) continue
          } else if (!/[A-Za-z)\u201d"\u2019,;:.]/.test(before)) continue
        }
        next = ahead + 1
        const cut = split === from && (before === ' ' || before === '\u00a0') ? Math.max(last, from - 1) : split
        if (cut > last) result.push({...piece, text: text.slice(last, cut), start: piece.start + last, end: piece.start + cut})
        result.push({text: '', start: piece.start + split, end: piece.start + to, footnote: id})
        if (glued) result.push({text: ' ', start: piece.start + to, end: piece.start + to})
        last = to
      }
      if (last === 0) result.push(piece)
      else if (last < text.length) result.push({...piece, text: text.slice(last), start: piece.start + last})
    }
    block.pieces = result
  }
}
