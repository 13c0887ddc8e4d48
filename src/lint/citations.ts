/**
 * ambiguous-citation: a resolution or decision cited by its number alone
 * where the reader cannot tell which organ adopted it.
 *
 * The General Assembly and the Human Rights Council both number their
 * resolutions and decisions session/number ("41/11"). A bare citation is one
 * with no organ named before "resolution" and no "its" ("resolution 41/11",
 * "paragraph 5 of resolution 41/11"; a list such as "resolutions 41/11 and
 * 44/12" shares the naming of its first number). By convention a bare number
 * is the adopting organ's own, so a bare session/number citation is
 * ambiguous when
 *
 * 1. the text's own organ does not number its texts that way (a Security
 *    Council or Economic and Social Council text citing "resolution 74/247"),
 *    or
 * 2. earlier in the same paragraph another organ that numbers its texts that
 *    way is named ("Human Rights Council resolution 41/11 and resolution
 *    44/12" in a General Assembly text).
 *
 * Numbers whose form names the organ ("2231 (2015)", "2019/15", "1514 (XV)",
 * "ES-11/1") are never ambiguous. When the text's organ is unknown (no
 * enacting formula), only the second case applies.
 *
 * The rule also reports what the parser found (ruleId ambiguous-citation):
 * a citation given no symbol because no organ it can be had given a number
 * of that form ("resolution 5/5" of the General Assembly, whose session
 * numbers start at 31; "Council resolution 12/3" in a text that names no
 * Council).
 */
import type {Citation, Content, Paragraph} from '../tree.js'
import {ownPhrasing, paragraphs} from '../grammar/paragraphs.js'
import {fromParser, type Finding, type Rule} from './rule.js'

/** Organs that number their resolutions session/number. */
const sessionOrgans = new Set(['General Assembly', 'Human Rights Council'])

/** Words that, just before "resolution", say whose it is: "its", "its own", "Security Council". */
const namers = new Set(['its', 'their', 'own', 'Assembly', 'Council', 'Commission', 'Committee', 'Board', 'Conference', 'Forum', 'Organization'])

/** A session/number: "41/11", not "2019/15" or "ES-11/1". */
const sessionNumber = /(?:^|[^\w/-])(\d{1,3}\/\d{1,4})(?![\d/])/

const keyword = /\b(?:resolutions?|decisions?)\b/i

/** The paragraph's own text and citations in document order, descending into emphasis and notes. */
function sequence(paragraph: Paragraph): Array<string | Citation> {
  const result: Array<string | Citation> = []
  const stack: Content[] = [...ownPhrasing(paragraph)].reverse()
  while (stack.length > 0) {
    const node = stack.pop()!
    if (node.type === 'text') result.push(node.value)
    else if (node.type === 'citation') result.push(node)
    else if (node.type === 'emphasis' || node.type === 'bracketedNote') {
      for (let index = node.children.length - 1; index >= 0; index--) stack.push(node.children[index]!)
    } else if (node.type === 'actionPhrase') result.push(node.value)
  }
  return result
}

/** Whether the words before "resolution" name its organ. */
function namesOrgan(lead: string): boolean {
  // The last word, found from the end (a regex anchored at $ would rescan long text).
  const trimmed = lead.trimEnd()
  const word = trimmed.slice(Math.max(trimmed.lastIndexOf(' '), trimmed.lastIndexOf('\n'), trimmed.lastIndexOf('\t')) + 1)
  return namers.has(word.replace(/['\u2019]s$/, ''))
}

function check(paragraph: Paragraph, own: string | undefined): Finding[] {
  const findings: Finding[] = []
  let before = ''
  let listNamed = false
  const others: string[] = []
  for (const item of sequence(paragraph)) {
    if (typeof item === 'string') {
      before += item
      continue
    }
    if (item.kind !== 'resolution' && item.kind !== 'decision') {
      before = ''
      continue
    }
    const word = keyword.exec(item.value)
    const named: boolean = word ? namesOrgan(before + item.value.slice(0, word.index)) : listNamed
    listNamed = named
    before = ''
    const number = sessionNumber.exec(item.value)?.[1]
    if (named) {
      if (item.organ && item.organ !== own && sessionOrgans.has(item.organ) && !others.includes(item.organ)) others.push(item.organ)
      continue
    }
    if (!number || !item.position) continue
    const what = item.kind + ' ' + number
    if (own && !sessionOrgans.has(own)) {
      findings.push({
        reason: '"' + item.value + '" names no organ, and ' + own + ' texts are not numbered like ' + number + ': name the organ that adopted it ("General Assembly ' + what + '" or "Human Rights Council ' + what + '")',
        place: item.position
      })
    } else if (others.length > 0) {
      findings.push({
        reason: '"' + item.value + '" names no organ after ' + others.join(' and ') + ' ' + item.kind + 's in the same paragraph: write "its ' + what + '" for the ' + (own ?? 'adopting organ') + "'s own, or \"" + others[0] + ' ' + what + '"',
        place: item.position
      })
    }
  }
  return findings
}

export const ambiguousCitation: Rule = {
  id: 'ambiguous-citation',
  severity: 'warning',
  description: 'a resolution cited by number alone ("resolution 41/11") where the organ that adopted it is unclear',
  check(input) {
    const {tree} = input
    const own = tree.organ ?? tree.children.find((child) => child.type === 'enactingFormula')?.organ
    return [...paragraphs(tree).flatMap((paragraph) => check(paragraph, own)), ...fromParser(input, 'ambiguous-citation')]
  }
}
