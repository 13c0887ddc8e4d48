/**
 * From blocks to the resolution tree: header, title, enacting formula,
 * preamble, operative part, sub-paragraphs, lettered parts, closing,
 * annexes and footnotes. Two passes: group blocks into units (joining a
 * paragraph cut by a page break), then build nodes with their phrasing.
 */
import type {
  Annex,
  Block,
  Closing,
  Diagnostic,
  EnactingFormula,
  FootnoteDefinition,
  Header,
  Heading,
  Operative,
  OperativeParagraph,
  Part,
  PhraseForm,
  Preamble,
  PreambularParagraph,
  Resolution,
  SourceFormat,
  SubParagraph,
  Text
} from '../tree.js'
import {blockText, TextMap, type LineIndex, type Piece, type RawBlock} from '../read/blocks.js'
import {asOrgan, findCitations, type InternalRef} from '../recognize/citations.js'
import {matchFormula, matchTitle, readHeader} from './header.js'
import {matchPhrase} from '../recognize/phrase.js'
import {buildPhrasing} from './inline.js'
import {append} from '../array.js'

type UnitKind = 'pp' | 'op' | 'sub' | 'block' | 'part' | 'partHeading' | 'closing' | 'annex'

interface Unit {
  kind: UnitKind
  blocks: RawBlock[]
  /** Text offset in the first block where the content starts (after a number or marker). */
  contentStart: number
  number?: number | null
  marker?: string
  depth?: number
  label?: string
  /** Marked as an alternative ("OP3 alt"): outside the numbering. */
  alternative?: boolean
  /** The letters of the last sub-paragraph marker at each depth, for the ladder. */
  lastAtDepth?: Record<number, string>
  /** How many bulleted items the paragraph has had. */
  bullets?: number
  /** Sub-paragraphs of a paragraph, in order, flat, with depth. */
  subs?: Unit[]
}

function leadingSpace(text: string, from: number): number {
  let index = from
  while (index < text.length && (text.charCodeAt(index) === 32 || text.charCodeAt(index) === 9)) index++
  return index
}

/**
 * "12. " at the start of a block: returns the number and where the content
 * starts. Takes the slips of scanned texts too: "10, Reaffirms", "6.Calls".
 */
function numberAt(text: string): {number: number; start: number} | undefined {
  let index = leadingSpace(text, 0)
  const from = index
  while (index < text.length && index - from < 10 && text.charCodeAt(index) >= 48 && text.charCodeAt(index) <= 57) index++
  const mark = text.charCodeAt(index)
  if (index === from || (mark !== 46 && mark !== 44)) return undefined
  const after = text.charCodeAt(index + 1)
  const spaced = after === 32 || after === 9
  const content = spaced ? leadingSpace(text, index + 1) : index + 1
  const first = text.charCodeAt(content)
  const capital = first >= 65 && first <= 90
  if (mark === 44 && !(spaced && capital && index - from <= 3)) return undefined
  if (!spaced && !(capital && index - from <= 3)) return undefined
  return {number: Number(text.slice(from, index)), start: content}
}

/** "(a) ", "(iv) ", "a. " at the start: the marker and where the content starts. */
function markerAt(text: string): {marker: string; letters: string; dotted: boolean; start: number} | undefined {
  const from = leadingSpace(text, 0)
  if (text.charCodeAt(from) === 40) {
    let index = from + 1
    while (index < text.length && index - from < 8 && text.charCodeAt(index) >= 97 && text.charCodeAt(index) <= 122) index++
    // "(1)", "(2)": numbered items inside a paragraph, as older texts have.
    if (index === from + 1) while (index < text.length && index - from < 4 && text.charCodeAt(index) >= 48 && text.charCodeAt(index) <= 57) index++
    if (index === from + 1 || text.charCodeAt(index) !== 41) return undefined
    return {marker: text.slice(from, index + 1), letters: text.slice(from + 1, index), dotted: false, start: leadingSpace(text, index + 1)}
  }
  let index = from
  while (index < text.length && index - from < 5 && text.charCodeAt(index) >= 97 && text.charCodeAt(index) <= 122) index++
  if (index === from || text.charCodeAt(index) !== 46 || text.charCodeAt(index + 1) !== 32) return undefined
  const letters = text.slice(from, index)
  if (letters.length > 1 && !/^[ivxl]+$/.test(letters)) return undefined
  return {marker: letters + '.', letters, dotted: true, start: leadingSpace(text, index + 1)}
}

/** "— ", "• ", "- " at the start: a bulleted item. */
function bulletAt(text: string): {marker: string; start: number} | undefined {
  const from = leadingSpace(text, 0)
  const code = text.charCodeAt(from)
  if (!(code === 0x2014 || code === 0x2013 || code === 0x2022 || code === 45) || text.charCodeAt(from + 1) !== 32) return undefined
  return {marker: text[from]!, start: leadingSpace(text, from + 1)}
}

const romanPattern = /^[IVXLC]{1,7}$/

function isLowerStart(text: string): boolean {
  const start = leadingSpace(text, 0)
  const code = text.charCodeAt(start)
  return code >= 97 && code <= 122
}

function endsOpen(text: string): boolean {
  const trimmed = text.trimEnd()
  const last = trimmed.charAt(trimmed.length - 1)
  return !(last === '.' || last === ';' || last === ',' || last === ':' || last === ']' || last === ')' || last === '')
}

/** Options for `build`. */
export interface BuildOptions {
  source: string
  lines: LineIndex
  format: SourceFormat
  front: Record<string, string>
}

/** Build the tree from blocks. */
export function build(blocks: RawBlock[], options: BuildOptions): {tree: Resolution; diagnostics: Diagnostic[]} {
  const {lines} = options
  const diagnostics: Diagnostic[] = []
  const footnotes = blocks.filter((block) => block.kind === 'footnote')
  const body = blocks.filter((block) => block.kind !== 'footnote')
  const texts = body.map(blockText)

  // The enacting formula ends the header.
  let formula = -1
  for (let index = 0; index < body.length; index++) {
    if (body[index]!.kind !== 'artefact' && matchFormula(texts[index]!)) {
      formula = index
      break
    }
    if (body[index]!.kind === 'item') break
  }
  let headerEnd = formula
  if (headerEnd === -1) {
    headerEnd = body.length
    for (let index = 0; index < body.length; index++) {
      const block = body[index]!
      const text = texts[index]!
      if (block.kind === 'artefact') continue
      if (block.number !== undefined || numberAt(text)) {
        headerEnd = index
        break
      }
      const phrase = matchPhrase(text, leadingSpace(text, 0), 'any')
      if (phrase?.known && !matchTitle(text)) {
        headerEnd = index
        break
      }
    }
  }

  // A decision has a title and no enacting formula: its body ("At its 45th plenary meeting,
  // ... the General Assembly ... decided:") starts after the title.
  if (formula === -1) {
    const title = body.findIndex((block, index) => index < headerEnd && block.kind !== 'artefact' && matchTitle(texts[index]!) !== undefined)
    if (title !== -1 && texts.slice(title + 1, headerEnd).some((text) => /\bdecided\b/.test(text.slice(0, 600)))) headerEnd = title + 1
  }

  const headerTexts = texts.slice(0, headerEnd)
  const info = readHeader(headerTexts, options.front)
  const tree: Resolution = {type: 'resolution', kind: info.kind, format: options.format, children: []}
  const formulaOrgan = formula === -1 ? undefined : matchFormula(texts[formula]!)
  const organ = info.organ ?? formulaOrgan
  if (organ) tree.organ = organ
  for (const key of ['symbol', 'distribution', 'date', 'language', 'session', 'agendaItem', 'sponsors'] as const) {
    const value = info[key]
    if (value !== undefined) (tree as unknown as Record<string, unknown>)[key] = value
  }
  const documentOrgan = asOrgan(formulaOrgan ?? organ)
  const cite = (text: string) => findCitations(text, {organ: documentOrgan})

  // Header, title and subtitle.
  let titleIndex = -1
  for (let index = 0; index < headerEnd; index++) {
    if (body[index]!.kind !== 'artefact' && matchTitle(texts[index]!)) {
      titleIndex = index
      break
    }
  }
  const headerNodes: Text[] = []
  const headerStop = titleIndex === -1 ? headerEnd : titleIndex
  for (let index = 0; index < headerStop; index++) {
    const map = new TextMap(body[index]!.pieces)
    if (map.text.trim() === '') continue
    headerNodes.push({type: 'text', value: map.text, position: lines.position(map.start, map.end)})
  }
  if (headerNodes.length > 0) {
    const header: Header = {
      type: 'header',
      children: headerNodes,
      position: {start: headerNodes[0]!.position!.start, end: headerNodes[headerNodes.length - 1]!.position!.end}
    }
    tree.children.push(header)
  }
  if (titleIndex !== -1) {
    const title = matchTitle(texts[titleIndex]!)!
    tree.number = title.number
    const map = new TextMap(body[titleIndex]!.pieces)
    const heading: Heading = {
      type: 'heading',
      role: 'title',
      label: title.number,
      children: buildPhrasing({map, lines, from: 0, to: map.text.length, citations: cite(map.text), diagnostics}),
      position: lines.position(map.start, map.end)
    }
    // A title cut short in the source ("... on the Prohibition of the") takes the front matter's whole title.
    const front = options.front.title ? withoutColon(options.front.title) : undefined
    if (title.title && !(front && front.length > title.title.length && front.startsWith(title.title))) tree.title = title.title
    else if (front) tree.title = front
    tree.children.push(heading)
    // The subtitle: the next plain block before the formula.
    for (let index = titleIndex + 1; index < headerEnd; index++) {
      const block = body[index]!
      const text = texts[index]!.trim()
      if (block.kind === 'artefact' || text.startsWith('[') || /adopted by/i.test(text)) continue
      const map = new TextMap(block.pieces)
      tree.subtitle = text
      tree.children.push({
        type: 'heading',
        role: 'subtitle',
        children: buildPhrasing({map, lines, from: 0, to: map.text.length, citations: cite(map.text), diagnostics}),
        position: lines.position(map.start, map.end)
      })
      break
    }
  } else if (options.front.title) {
    tree.title = withoutColon(options.front.title)
  }
  if (info.kind === 'unknown' && tree.number?.startsWith('[')) tree.kind = 'draft'

  let bodyStart = headerEnd
  if (formula !== -1) {
    const map = new TextMap(body[formula]!.pieces)
    tree.enactingFormula = map.text.trim()
    const node: EnactingFormula = {
      type: 'enactingFormula',
      organ: formulaOrgan!,
      children: [{type: 'text', value: map.text, position: lines.position(map.start, map.end)}],
      position: lines.position(map.start, map.end)
    }
    tree.children.push(node)
    bodyStart = formula + 1
  }

  // Pass 1: units.
  const units: Unit[] = []
  let lastParagraph: Unit | undefined
  let inAnnex = false
  for (let index = bodyStart; index < body.length; index++) {
    const block = body[index]!
    const text = texts[index]!
    if (block.kind === 'artefact') continue
    if (text.trim() === '') continue
    const trimmed = text.trim()

    if (inAnnex) {
      units[units.length - 1]!.blocks.push(block)
      continue
    }

    if (/^Annex(?:es)?(?: [IVX]{1,6}| [A-Z]| \d{1,2})?$/.test(trimmed.slice(0, 20)) && trimmed.length <= 20) {
      units.push({kind: 'annex', blocks: [block], contentStart: 0, label: trimmed})
      inAnnex = true
      lastParagraph = undefined
      continue
    }

    if (/^\d{1,4}(?:st|nd|rd|th)(?: \(resumed\))? plenary meeting|^Adopted (?:unanimously |without (?:a )?vote |by consensus )?(?:at|by|on)\b/.test(trimmed.slice(0, 80))) {
      units.push({kind: 'closing', blocks: [block], contentStart: 0})
      lastParagraph = undefined
      continue
    }
    const previous = units[units.length - 1]
    if (previous?.kind === 'closing' && /^\d{1,2} [A-Z][a-z]+ \d{4}$/.test(trimmed.slice(0, 40))) {
      previous.blocks.push(block)
      continue
    }

    const alternative = alternativeAt(text)
    if (alternative) {
      const unit: Unit = {kind: alternative.kind, blocks: [block], contentStart: leadingSpace(text, 0), label: alternative.label, alternative: true, subs: []}
      if (alternative.kind === 'op') unit.number = null
      units.push(unit)
      lastParagraph = unit
      continue
    }

    const number = block.number !== undefined ? {number: block.number, start: leadingSpace(text, 0)} : numberAt(text)
    const marker = number ? undefined : markerAt(text)

    // A paragraph cut by a page break: its second half starts in lower case.
    if (lastParagraph && !number && !marker) {
      const target = lastParagraph.subs?.length ? lastParagraph.subs[lastParagraph.subs.length - 1]! : lastParagraph
      const previousText = blockText(target.blocks[target.blocks.length - 1]!)
      const phrase = matchPhrase(text, leadingSpace(text, 0), 'any')
      if (isLowerStart(text) || (endsOpen(previousText) && !phrase?.known && !isPartLabel(trimmed))) {
        target.blocks.push(block)
        const start = block.pieces[0]?.start ?? 0
        diagnostics.push({
          reason: describe(lastParagraph, target) + ' continues here after a page break: joined to it',
          place: lines.position(start, start),
          ruleId: 'page-break-continuation',
          source: 'reso',
          severity: 'info'
        })
        continue
      }
    }

    if (number) {
      const unit: Unit = {kind: 'op', blocks: [block], contentStart: number.start, number: number.number, subs: []}
      units.push(unit)
      lastParagraph = unit
      continue
    }

    const bullet = number || marker ? undefined : bulletAt(text)
    if (bullet && lastParagraph) {
      lastParagraph.bullets = (lastParagraph.bullets ?? 0) + 1
      lastParagraph.subs!.push({kind: 'sub', blocks: [block], contentStart: bullet.start, marker: bullet.marker, depth: 1, label: String(lastParagraph.bullets)})
      continue
    }

    if (marker) {
      if (lastParagraph) {
        lastParagraph.subs!.push({kind: 'sub', blocks: [block], contentStart: marker.start, marker: marker.marker, depth: subDepth(lastParagraph, marker)})
        continue
      }
    }

    // A lettered part: "I", "A.", "II. Title".
    const part = /^(?:PART |Part )?([IVXLC]{1,7}|[A-Z])\.?(?:[ \u00a0]+(\S.{0,300}))?$/.exec(trimmed.slice(0, 320))
    if (part && trimmed.length <= 320 && !/[,;]$/.test(trimmed) && (part[2] === undefined || !matchPhrase(part[2], 0, 'any')?.known)) {
      const unit: Unit = {kind: 'part', blocks: [block], contentStart: 0, label: part[1]!}
      if (part[2] !== undefined) unit.contentStart = text.indexOf(part[2])
      else unit.contentStart = -1
      units.push(unit)
      lastParagraph = undefined
      continue
    }
    if (previous?.kind === 'part' && previous.contentStart === -1 && trimmed.length < 300 && !endsWithSentence(trimmed)) {
      units.push({kind: 'partHeading', blocks: [block], contentStart: 0})
      continue
    }

    const phrase = matchPhrase(text, phraseStart(text, 0), 'any')
    const decided = formula === -1 && /\bdecided\b/.test(text.slice(0, 600))
    if (phrase || decided) {
      const unit: Unit = {kind: phrase?.form === 'preambular' ? 'pp' : 'op', blocks: [block], contentStart: leadingSpace(text, 0), subs: []}
      if (unit.kind === 'op') unit.number = null
      if (decided && !phrase) {
        tree.decision = true
        if (tree.kind === 'unknown') tree.kind = 'adopted'
      }
      units.push(unit)
      lastParagraph = unit
      continue
    }

    units.push({kind: 'block', blocks: [block], contentStart: 0})
    lastParagraph = undefined
  }

  // Pass 2: nodes.
  const internals: Array<{node: import('../tree.js').Citation; ref: InternalRef; prefix: string; label: string}> = []
  let parent: Resolution | Part = tree
  const parts: Part[] = []
  let ppIndex = 0
  let lastNumber = 0
  // The last number before the current part: numbering may run on across parts (I, II) or restart.
  let runningNumber = 0
  const prefix = (): string => (parts.length > 0 ? parts[parts.length - 1]!.path + '.' : '')

  const unitMap = (unit: Unit): TextMap => {
    const pieces: Piece[] = []
    unit.blocks.forEach((block, index) => {
      let blockPieces = block.pieces
      if (index === 0 && unit.contentStart > 0) blockPieces = slicePieces(blockPieces, unit.contentStart)
      if (index > 0 && pieces.length > 0) {
        const end = pieces[pieces.length - 1]!.end
        pieces.push({text: ' ', start: end, end})
      }
      append(pieces, blockPieces)
    })
    return new TextMap(pieces)
  }

  const paragraphContent = (unit: Unit, where: PhraseForm | 'any', label: string) => {
    const map = unitMap(unit)
    const from = leadingSpace(map.text, 0)
    let to = map.text.length
    while (to > from && map.text.charCodeAt(to - 1) === 32) to--
    let phrase = matchPhrase(map.text, phraseStart(map.text, from), where)
    if (unit.kind === 'sub' && phrase && !phrase.known) phrase = undefined
    const local: Array<{node: import('../tree.js').Citation; ref: InternalRef}> = []
    const children = buildPhrasing({map, lines, from, to, phrase, citations: cite(map.text), diagnostics, internals: local})
    for (const item of local) internals.push({...item, prefix: prefix(), label})
    return {children, position: lines.position(map.start, map.end), phrase}
  }

  const container = <T extends Preamble | Operative>(type: T['type']): T => {
    const last = parent.children[parent.children.length - 1]
    if (last && last.type === type) return last as T
    const node = {type, children: []} as unknown as T
    ;(parent.children as Array<T>).push(node)
    return node
  }

  const buildSubs = (unit: Unit, label: string): SubParagraph[] => {
    const result: SubParagraph[] = []
    const stack: SubParagraph[] = []
    for (const sub of unit.subs ?? []) {
      const depth = sub.depth ?? 1
      while (stack.length >= depth) stack.pop()
      const parentLabel = stack.length > 0 ? stack[stack.length - 1]!.label : label
      const marker = sub.marker!.startsWith('(') ? sub.marker! : sub.label ? '(' + sub.label + ')' : '(' + sub.marker!.slice(0, -1) + ')'
      const subLabel = parentLabel + marker
      sub.label = subLabel
      const {children, position} = paragraphContent(sub, 'any', label)
      const node: SubParagraph = {type: 'subParagraph', label: subLabel, marker: sub.marker!, depth, children, position}
      if (stack.length > 0) {
        const owner = stack[stack.length - 1]!
        owner.children.push(node)
        owner.position = {start: owner.position!.start, end: position.end}
      } else result.push(node)
      stack.push(node)
    }
    return result
  }

  for (const unit of units) {
    switch (unit.kind) {
      case 'pp': {
        if (!unit.alternative) ppIndex++
        const label = prefix() + (unit.label ?? 'PP' + ppIndex)
        unit.label = label
        const {children, position, phrase} = paragraphContent(unit, 'preambular', label)
        const node: PreambularParagraph = {type: 'preambularParagraph', label, index: Math.max(ppIndex, 1), children, position}
        if (phrase?.head === 'act under Chapter VII') tree.chapterVII = true
        append<PreambularParagraph['children'][number]>(node.children, buildSubs(unit, label))
        extend(node)
        const preamble = container<Preamble>('preamble')
        preamble.children.push(node)
        extend(preamble, node)
        break
      }
      case 'op': {
        const number = unit.number ?? null
        const label = prefix() + (unit.label ?? 'OP' + (number ?? lastNumber + 1))
        unit.label = label
        const {children, position} = paragraphContent(unit, 'operative', label)
        const runsOn = lastNumber === 0 && runningNumber > 0 && number === runningNumber + 1
        if (number !== null && number !== lastNumber + 1 && !runsOn && !unit.alternative) {
          diagnostics.push({
            reason: 'Operative paragraph ' + number + ' follows ' + (lastNumber === 0 ? 'no paragraph' : 'paragraph ' + lastNumber) + ': expected ' + (lastNumber + 1) + '; check the numbering',
            place: position,
            ruleId: 'numbering-gap',
            source: 'reso',
            severity: 'warning'
          })
        }
        if (!unit.alternative) lastNumber = number ?? lastNumber + 1
        if (!unit.alternative) runningNumber = lastNumber
        const node: OperativeParagraph = {type: 'operativeParagraph', label, number, children, position}
        append<OperativeParagraph['children'][number]>(node.children, buildSubs(unit, label))
        extend(node)
        const operative = container<Operative>('operative')
        operative.children.push(node)
        extend(operative, node)
        break
      }
      case 'part': {
        const label = unit.label!
        const roman = romanPattern.test(label) && !(label === 'I' && parts[parts.length - 1]?.label === 'H')
        if (roman) parts.length = 0
        else while (parts.length > 0 && !romanPattern.test(parts[parts.length - 1]!.label)) parts.pop()
        const parentNode: Resolution | Part = parts.length > 0 ? parts[parts.length - 1]! : tree
        const path = parts.length > 0 ? parts[parts.length - 1]!.path + '.' + label : label
        const map = unitMap({...unit, contentStart: 0})
        const node: Part = {type: 'part', label, path, children: [], position: lines.position(map.start, map.end)}
        if (unit.contentStart > 0) {
          const headingMap = unitMap(unit)
          node.children.push({
            type: 'heading',
            role: 'part',
            label,
            children: buildPhrasing({map: headingMap, lines, from: 0, to: headingMap.text.length, citations: cite(headingMap.text), diagnostics}),
            position: lines.position(headingMap.start, headingMap.end)
          })
        }
        ;(parentNode.children as Array<Part>).push(node)
        parts.push(node)
        parent = node
        ppIndex = 0
        lastNumber = 0
        break
      }
      case 'partHeading': {
        const map = unitMap(unit)
        const heading: Heading = {
          type: 'heading',
          role: 'part',
          children: buildPhrasing({map, lines, from: 0, to: map.text.length, citations: cite(map.text), diagnostics}),
          position: lines.position(map.start, map.end)
        }
        const part = parts[parts.length - 1]
        if (part) {
          heading.label = part.label
          part.children.push(heading)
        }
        break
      }
      case 'closing': {
        const children: Text[] = unit.blocks.map((block) => {
          const map = new TextMap(block.pieces)
          return {type: 'text', value: map.text, position: lines.position(map.start, map.end)}
        })
        const node: Closing = {type: 'closing', children, position: {start: children[0]!.position!.start, end: children[children.length - 1]!.position!.end}}
        const meeting = /^\d{1,4}(?:st|nd|rd|th)(?: \(resumed\))? plenary meeting/.exec(children[0]!.value)
        if (meeting) node.meeting = meeting[0]
        const date = /\d{1,2} [A-Z][a-z]+ \d{4}/.exec(children.map((child) => child.value).join(' ').slice(0, 200))
        if (date) node.date = date[0]
        tree.children.push(node)
        if (tree.kind === 'unknown') tree.kind = 'adopted'
        parent = tree
        parts.length = 0
        break
      }
      case 'annex': {
        const [first, ...rest] = unit.blocks
        const firstMap = new TextMap(first!.pieces)
        const node: Annex = {type: 'annex', label: unit.label!, children: [], position: lines.position(firstMap.start, firstMap.end)}
        for (const block of rest) {
          const map = new TextMap(block.pieces)
          node.children.push({
            type: 'block',
            children: buildPhrasing({map, lines, from: 0, to: map.text.length, citations: cite(map.text), diagnostics}),
            position: lines.position(map.start, map.end)
          })
          node.position = {start: node.position!.start, end: lines.point(map.end)}
        }
        tree.children.push(node)
        break
      }
      case 'block': {
        const map = unitMap(unit)
        const node: Block = {
          type: 'block',
          children: buildPhrasing({map, lines, from: 0, to: map.text.length, citations: cite(map.text), diagnostics}),
          position: lines.position(map.start, map.end)
        }
        ;(parent.children as Block[]).push(node)
        break
      }
      case 'sub':
        break
    }
  }

  // Footnotes.
  for (const block of footnotes) {
    const map = new TextMap(block.pieces)
    const node: FootnoteDefinition = {
      type: 'footnoteDefinition',
      identifier: block.footnote ?? '',
      children: buildPhrasing({map, lines, from: 0, to: map.text.length, citations: cite(map.text), diagnostics}),
      position: lines.position(map.start, map.end)
    }
    tree.children.push(node)
  }

  // Internal references: resolve to labels that exist.
  const labels = new Set<string>()
  collectLabels(tree, labels)
  for (const {node, ref, prefix: partPrefix, label} of internals) {
    const wanted: string[] = []
    const opLabel = label.replace(/\(.*$/, '')
    for (const paragraph of ref.paragraphs) wanted.push(partPrefix + 'OP' + paragraph.number + (paragraph.sub ?? ''))
    for (const sub of ref.subs) wanted.push(opLabel + sub)
    node.targets = wanted.filter((target) => labels.has(target))
    const missing = wanted.filter((target) => !labels.has(target))
    if (missing.length > 0) {
      diagnostics.push({
        reason: '"' + node.value + '" points at ' + missing.join(', ') + ', which does not exist: check the paragraph numbers',
        place: node.position!,
        ruleId: 'dangling-reference',
        source: 'reso',
        severity: 'warning'
      })
    }
  }

  // The root spans all its children; footnotes come last in the tree but may stand anywhere in the source.
  for (const child of tree.children) {
    const place = child.position
    if (!place) continue
    if (!tree.position) tree.position = {start: place.start, end: place.end}
    else {
      if (place.start.offset! < tree.position.start.offset!) tree.position = {start: place.start, end: tree.position.end}
      if (place.end.offset! > tree.position.end.offset!) tree.position = {start: tree.position.start, end: place.end}
    }
  }
  return {tree, diagnostics}
}

function describe(paragraph: Unit, target: Unit): string {
  const base = paragraph.kind === 'op' ? 'Operative paragraph ' + (paragraph.number ?? '') : 'Preambular paragraph'
  return target === paragraph ? base.trim() : base.trim() + ' ' + (target.marker ?? '')
}

/**
 * A paragraph marked as an alternative or an insertion: "[OP3 alt]",
 * "OP3 bis", "PP5 alt.". Its label is the marker, spaced as "OP3 alt".
 */
function alternativeAt(text: string): {kind: 'pp' | 'op'; label: string; length: number} | undefined {
  const match = alternativeMarker.exec(text.slice(0, 40))
  if (!match) return undefined
  const kind = match[1]!.toUpperCase() === 'PP' ? 'pp' : 'op'
  const suffix = match[3]!.toLowerCase().replace(/\.$/, '')
  return {kind, label: match[1]!.toUpperCase() + match[2] + ' ' + suffix + (match[4] ? ' ' + match[4] : ''), length: match[0].length}
}

/** "[OP3 alt]", "PP5 bis", "OP2 alt. 2" at the start of a text, followed by a space. */
const alternativeMarker = /^\s{0,8}\[?(PP|OP) ?(\d{1,4}) ?(bis|ter|quater|alt\.?|alternative)(?: ?(\d{1,2}))?\]?(?=\s)/i

/** Where an action phrase may start: after spaces, an alternative's marker, and opening brackets. */
function phraseStart(text: string, from: number): number {
  let index = leadingSpace(text, from)
  const alternative = alternativeAt(text.slice(index, index + 40))
  if (alternative) index += alternative.length
  while (index < text.length && (text.charCodeAt(index) === 91 || text.charCodeAt(index) === 32)) index++
  return index
}

/** A front-matter title without the colon a subtitle would follow: "No first placement :". */
function withoutColon(title: string): string {
  const trimmed = title.trimEnd()
  return trimmed.endsWith(':') ? trimmed.slice(0, -1).trimEnd() : trimmed
}

function isPartLabel(text: string): boolean {
  return /^(?:PART |Part )?(?:[IVXLC]{1,7}|[A-Z])\.?$/.test(text.slice(0, 16))
}

function endsWithSentence(text: string): boolean {
  return /[.;,:]$/.test(text)
}

function slicePieces(pieces: Piece[], from: number): Piece[] {
  const result: Piece[] = []
  let offset = 0
  for (const piece of pieces) {
    const end = offset + piece.text.length
    if (offset >= from) result.push(piece)
    else if (end > from) {
      const cut = from - offset
      result.push({...piece, text: piece.text.slice(cut), start: Math.min(piece.start + cut, piece.end)})
    }
    offset = end
  }
  return result
}

/** The depth of a sub-paragraph marker on the ladder (a) -> (i) -> a. -> i. */
function subDepth(paragraph: Unit, marker: {letters: string; dotted: boolean}): number {
  const subs = paragraph.subs ?? []
  const base = marker.dotted ? 3 : 1
  // "(i)" after "(h)" is a letter, not a numeral: compare with the last marker at the letter depth.
  const previousLetter = paragraph.lastAtDepth?.[base]
  const depth = ((): number => {
    if (!/^[ivxlc]+$/.test(marker.letters)) return base
    if (previousLetter && previousLetter.length === 1 && marker.letters.length === 1 && previousLetter.charCodeAt(0) + 1 === marker.letters.charCodeAt(0)) return base
    if (previousLetter && !/^[ivxlc]+$/.test(previousLetter)) return base + 1
    // A numeral under a letter, or the next numeral of a run.
    return subs[subs.length - 1]?.depth ?? base
  })()
  ;(paragraph.lastAtDepth ??= {})[depth] = marker.letters
  return depth
}

function extend(node: {position?: import('../tree.js').Position; children: Array<{position?: import('../tree.js').Position}>}, child?: {position?: import('../tree.js').Position}): void {
  const first = node.children[0]?.position
  const last = (child ?? node.children[node.children.length - 1])?.position
  if (!node.position && first) node.position = {start: first.start, end: (last ?? first).end}
  else if (node.position && last && last.end.offset! > node.position.end.offset!) node.position = {start: node.position.start, end: last.end}
}

function collectLabels(node: {children?: unknown[]; label?: unknown; type: string}, labels: Set<string>): void {
  if ((node.type === 'operativeParagraph' || node.type === 'preambularParagraph' || node.type === 'subParagraph') && typeof node.label === 'string') {
    labels.add(node.label)
  }
  if (Array.isArray(node.children)) {
    for (const child of node.children) collectLabels(child as {type: string}, labels)
  }
}
