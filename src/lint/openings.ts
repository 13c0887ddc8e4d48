/**
 * How paragraphs open: a preambular paragraph with a participle or an
 * adjective ("Recalling", "Deeply concerned"), an operative one with a verb
 * in the present tense ("Decides"). Read from the action phrase's `form`;
 * when the lexicon knows the head (`known`), the message names the form to
 * use instead. Decisions ("the General Assembly decided:") have no such
 * openings and are left alone.
 */
import {toString} from 'mdast-util-to-string'
import {byLemma} from '../lexicon/index.js'
import {firstWords, ownText, paragraphs, phraseOf} from '../grammar/paragraphs.js'
import type {ActionPhrase, Block, Paragraph, Part, PhraseForm, Resolution} from '../tree.js'
import {paragraphEnd, strayParagraphs, type Finding, type Rule} from './rule.js'

/** The most frequent form of a known head in the other part: "Reaffirms" for "Reaffirming". */
function otherForm(phrase: ActionPhrase, form: PhraseForm): string | undefined {
  if (!phrase.known) return undefined
  const entry = byLemma.get(phrase.head)
  const text = entry?.[form][0]?.form
  return text === undefined ? undefined : text.charAt(0).toUpperCase() + text.slice(1)
}

function suggestion(phrase: ActionPhrase, form: PhraseForm): string {
  const other = otherForm(phrase, form)
  return other ? ' ("' + other + '")' : ''
}

function opening(paragraph: Paragraph): string {
  return firstWords(ownText(paragraph), 3)
}

export const preambularOpening: Rule = {
  id: 'preambular-opening',
  severity: 'warning',
  description: 'a preambular paragraph opens with a participle or an adjective ("Recalling", "Deeply concerned")',
  check({tree}) {
    if (tree.decision) return []
    const findings: Finding[] = []
    for (const paragraph of paragraphs(tree)) {
      if (paragraph.type !== 'preambularParagraph') continue
      const phrase = phraseOf(paragraph)
      if (!phrase) {
        findings.push({
          reason: paragraph.label + ' opens with "' + opening(paragraph) + '": a preambular paragraph opens with a participle or an adjective, such as "Recalling", "Noting" or "Deeply concerned"',
          place: paragraph.position!
        })
      } else if (phrase.form === 'operative') {
        findings.push({
          reason: paragraph.label + ' opens with "' + phrase.value + '", an operative verb: a preambular paragraph opens with a participle or an adjective' + suggestion(phrase, 'preambular'),
          place: phrase.position ?? paragraph.position!
        })
      }
    }
    // An unnumbered paragraph opened by a verb before the numbered ones.
    for (const paragraph of strayParagraphs(tree)) {
      const phrase = phraseOf(paragraph)
      findings.push({
        reason: 'The unnumbered paragraph "' + opening(paragraph) + '" before the operative paragraphs opens with ' + (phrase ? '"' + phrase.value + '", an operative verb' : 'no participle') +
          ': as a preambular paragraph, open it with a participle' + (phrase ? suggestion(phrase, 'preambular') : '') + '; as an operative one, number it',
        place: phrase?.position ?? paragraph.position!
      })
    }
    for (const block of preambleBlocks(tree)) {
      findings.push({
        reason: 'The paragraph "' + firstWords(toString(block), 3) + '" stands in the preamble but opens with no participle or adjective: open it with one, such as "Recalling" or "Noting"',
        place: block.position!
      })
    }
    return findings
  }
}

/**
 * Words that never open a preambular paragraph: a block the parser could
 * not classify that opens with one is a preambular paragraph without its
 * participle ("Further to its resolution 78/165, ..."). Adjectives the
 * lexicon lacks ("Grieved at") are left alone.
 */
const functionWords = new Set([
  'the', 'a', 'an', 'this', 'these', 'that', 'those', 'it', 'its', 'they', 'we', 'in', 'on', 'at', 'for',
  'with', 'further', 'as', 'by', 'from', 'to', 'and', 'but', 'or', 'whereas', 'since', 'because', 'regarding', 'concerning'
])

/**
 * Blocks in the preamble (after the enacting formula, before the operative
 * paragraphs, of the text or of a part) that end with a comma and open with
 * a function word. Once a colon has introduced a list, the rest of the
 * preamble is passed over: its items need no participle.
 */
function preambleBlocks(tree: Resolution): Block[] {
  const result: Block[] = []
  const parents: Array<Resolution | Part> = [tree]
  while (parents.length > 0) {
    const parent = parents.pop()!
    let inPreamble = parent.type === 'part'
    let afterColon = false
    for (const child of parent.children) {
      if (child.type === 'enactingFormula') inPreamble = true
      else if (child.type === 'preamble') {
        inPreamble = true
        const last = child.children[child.children.length - 1]
        afterColon = afterColon || (last !== undefined && paragraphEnd(last)?.character === ':')
      } else if (child.type === 'operative' || child.type === 'closing' || child.type === 'annex') inPreamble = false
      else if (child.type === 'part') parents.push(child)
      else if (child.type === 'block' && inPreamble && child.position) {
        const end = paragraphEnd(child)?.character
        const first = /^[\s"\u201c]*([A-Za-z]+)/.exec(toString(child))?.[1]?.toLowerCase()
        if (!afterColon && end === ',' && first !== undefined && functionWords.has(first)) result.push(child)
        if (end === ':') afterColon = true
      }
    }
  }
  return result
}

export const operativeOpening: Rule = {
  id: 'operative-opening',
  severity: 'warning',
  description: 'an operative paragraph opens with a verb in the present tense ("Decides", "Calls upon")',
  check({tree}) {
    if (tree.decision) return []
    const findings: Finding[] = []
    const strays = new Set<Paragraph>(strayParagraphs(tree))
    for (const paragraph of paragraphs(tree)) {
      if (paragraph.type !== 'operativeParagraph' || strays.has(paragraph)) continue
      const phrase = phraseOf(paragraph)
      if (!phrase) {
        findings.push({
          reason: paragraph.label + ' opens with "' + opening(paragraph) + '": an operative paragraph opens with a verb in the present tense, such as "Decides", "Requests" or "Urges"',
          place: paragraph.position!
        })
      } else if (phrase.form === 'preambular') {
        findings.push({
          reason: paragraph.label + ' opens with "' + phrase.value + '", a preambular form: an operative paragraph opens with a verb in the present tense' + suggestion(phrase, 'operative'),
          place: phrase.position ?? paragraph.position!
        })
      }
    }
    return findings
  }
}
