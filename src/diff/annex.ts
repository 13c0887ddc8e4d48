/**
 * An annex is one unit: added or removed whole it is one entry (its title
 * and size), and a changed annex is summarised by the articles that
 * changed. Inside it, blocks are units labelled by article ("art. 3 ¶2")
 * and paired by content the way the resolution's paragraphs are.
 */
import {toString} from 'mdast-util-to-string'
import type {Annex, Resolution} from '../tree.js'
import type {AnnexChange, AnnexSize, Change} from './types.js'
import {collapse, makePassage, type Passage} from './passages.js'

const articleHeading = /^Article\s+(\d+|[IVXLC]+)\b/i

/** An annex's blocks as units, with the article each belongs to. */
export function annexUnits(annex: Annex): {units: Passage[]; articleOf: Map<string, string>; size: AnnexSize} {
  const units: Passage[] = []
  const articleOf = new Map<string, string>()
  let article = ''
  let inArticle = 0
  let articles = 0
  let before = 0
  for (const block of annex.children) {
    const text = collapse(toString(block))
    const heading = articleHeading.exec(text)
    if (heading && text.length < 40) {
      article = 'article ' + heading[1]!
      articles++
      inArticle = 0
    }
    const label = annex.label + ' ' + (article ? article.replace('article', 'art.') + (heading && text.length < 40 ? '' : ' \u00b6' + ++inArticle) : '\u00b6' + ++before)
    units.push(makePassage(label, label, annex.label, block.children, undefined, []))
    articleOf.set(label, article || 'preamble')
  }
  return {units, articleOf, size: {articles, paragraphs: annex.children.length}}
}

/** All the annex's words as one key: blocks joined, so that blocking never counts. */
function wholeKey(units: Passage[]): string {
  return units.map((unit) => unit.key).join('\u0002')
}

function annexesOf(tree: Resolution): Annex[] {
  return tree.children.filter((child): child is Annex => child.type === 'annex')
}

function titleOf(annex: Annex): string {
  const first = annex.children[0]
  const text = first ? collapse(toString(first)) : ''
  return text.length > 0 && text.length <= 160 && !articleHeading.test(text) ? text : annex.label
}

/**
 * Annexes paired by heading (then by order), each pair compared by
 * `compare` (the resolution's own pairing of units).
 */
export function annexChanges(before: Resolution, after: Resolution, compare: (old: Passage[], next: Passage[]) => Change[]): AnnexChange[] {
  const olds = annexesOf(before)
  const news = annexesOf(after)
  const result: AnnexChange[] = []
  const used = new Set<number>()
  news.forEach((annex, index) => {
    let match = olds.findIndex((old, at) => !used.has(at) && collapse(old.label) === collapse(annex.label))
    if (match < 0 && !used.has(index) && index < olds.length) match = index
    const next = annexUnits(annex)
    if (match < 0) {
      result.push({kind: 'added', label: annex.label, title: titleOf(annex), new: next.size, articles: [], changed: next.units.length, changes: []})
      return
    }
    used.add(match)
    const old = annexUnits(olds[match]!)
    // The same words blocked otherwise (a page break splitting a paragraph) is the same annex.
    if (wholeKey(old.units) === wholeKey(next.units)) return
    const changes = compare(old.units, next.units)
    const articles: string[] = []
    let changed = 0
    for (const change of changes) {
      if (change.kind === 'unchanged' || change.kind === 'renumbered') continue
      if ((change.kind === 'split' || change.kind === 'merged') && change.words.every((word) => word.op === 'equal')) continue
      changed++
      const article = change.new.length > 0 ? next.articleOf.get(change.new[0]!) : old.articleOf.get(change.old[0]!)
      if (article !== undefined && article !== 'preamble' && !articles.includes(article)) articles.push(article)
    }
    if (changed === 0) return
    result.push({kind: 'changed', label: annex.label, title: titleOf(annex), old: old.size, new: next.size, articles, changed, changes})
  })
  olds.forEach((annex, index) => {
    if (used.has(index)) return
    const old = annexUnits(annex)
    result.push({kind: 'removed', label: annex.label, title: titleOf(annex), old: old.size, articles: [], changed: old.units.length, changes: []})
  })
  return result
}
