/**
 * Punctuation at the end of paragraphs (UN Editorial Manual): a preambular
 * paragraph ends with a comma, an operative paragraph with a semicolon, and
 * the last operative paragraph (of the resolution, or of each part) with a
 * full stop. A paragraph with sub-paragraphs ends where its last one ends;
 * one that ends with a colon leads in to what follows and is passed over.
 */
import type {OperativeParagraph, Paragraph} from '../tree.js'
import {paragraphs} from '../grammar/paragraphs.js'
import {operativeGroups, paragraphEnd, type Finding, type Rule} from './rule.js'

const names: Record<string, string> = {',': 'a comma', ';': 'a semicolon', '.': 'a full stop', ':': 'a colon'}

/** How a message names the character a paragraph ends with. */
function describe(character: string): string {
  return names[character] ?? '"' + character + '" and no punctuation'
}

function check(paragraph: Paragraph, wanted: string, what: string): Finding[] {
  const end = paragraphEnd(paragraph)
  // A colon leads in to what follows (a list the parser left unattached, a quoted text).
  if (!end || end.character === wanted || end.character === ':') return []
  return [{
    reason: paragraph.label + ' ends with ' + describe(end.character) + ': ' + what + ' ends with ' + names[wanted] + (end.character in names ? '; change it to "' : '; add "') + wanted + '"',
    place: end.place
  }]
}

/** An alternative to a paragraph ("OP6 alt") stands in its place, so it ends as that one does. */
const alternativeSuffix = / (?:alt|alternative)(?: \d{1,2})?$/

/**
 * The operative paragraphs that must end with a full stop: the last one and
 * its alternatives ("OP6" and "OP6 alt", whichever comes last; an insertion
 * "OP6 bis" after OP6 is the last itself).
 */
function finals(group: OperativeParagraph[]): Set<OperativeParagraph> {
  const last = group[group.length - 1]!
  const base = last.label.replace(alternativeSuffix, '')
  const result = new Set([last])
  for (let index = group.length - 2; index >= 0; index--) {
    const paragraph = group[index]!
    if (alternativeSuffix.test(paragraph.label) && paragraph.label.replace(alternativeSuffix, '') === base) result.add(paragraph)
    else if (paragraph.label === base && last.label !== base) {
      result.add(paragraph)
      break
    } else break
  }
  return result
}

export const preambularComma: Rule = {
  id: 'preambular-comma',
  severity: 'warning',
  description: 'a preambular paragraph ends with a comma',
  check({tree}) {
    return paragraphs(tree)
      .filter((paragraph) => paragraph.type === 'preambularParagraph')
      .flatMap((paragraph) => check(paragraph, ',', 'a preambular paragraph'))
  }
}

export const operativeSemicolon: Rule = {
  id: 'operative-semicolon',
  severity: 'warning',
  description: 'an operative paragraph other than the last ends with a semicolon',
  check({tree}) {
    return operativeGroups(tree).flatMap((group) => {
      const last = finals(group)
      return group.filter((paragraph) => !last.has(paragraph)).flatMap((paragraph) => check(paragraph, ';', 'an operative paragraph other than the last'))
    })
  }
}

export const finalFullStop: Rule = {
  id: 'final-full-stop',
  severity: 'warning',
  description: 'the last operative paragraph (of the text, or of each part) ends with a full stop',
  check({tree}) {
    return operativeGroups(tree).flatMap((group) => [...finals(group)].flatMap((paragraph) => check(paragraph, '.', 'the last operative paragraph')))
  }
}
