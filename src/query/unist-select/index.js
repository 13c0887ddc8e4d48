/**
 * unist-util-select 5.1.0 (MIT, Titus Wormer; see license), kept beside reso
 * with its walk rewritten (walk.js): parsing (css-selector-parser) and
 * matching (test.js, attribute.js, pseudo.js) are the package's as
 * published.
 */
import {parse} from './parse.js'
import {parent} from './util.js'
import {walk} from './walk.js'

/**
 * @param {string} selector
 * @param {any} tree
 * @param {{tests: number}} [counts] counts the tests of a node against a rule (for tests of the walk's work)
 * @returns {any[]}
 */
export function selectAll(selector, tree, counts) {
  const state = {
    rootQuery: parse(selector),
    results: [],
    scopeNodes: tree ? (parent(tree) && (tree.type === 'RootNode' || tree.type === 'root') ? tree.children : [tree]) : [],
    one: false,
    shallow: false,
    found: false,
    typeIndex: undefined,
    nodeIndex: undefined,
    typeCount: undefined,
    nodeCount: undefined,
    counts
  }
  walk(state, tree || undefined)
  return state.results
}
