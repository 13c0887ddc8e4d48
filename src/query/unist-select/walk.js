/**
 * The walk of unist-util-select 5.1.0, rewritten for reso (issue 17): the
 * package's walk is recursive on tree depth, checks each result against all
 * earlier ones (`results.includes`), and adds a rule again for every sibling
 * or ancestor that matched it, so `a ~ b` over n siblings carried n copies
 * of `b` (cubic with the duplicate check) and `*` was quadratic. Here the
 * tree is walked with a stack, results are kept in a Set, and a list of
 * rules never holds one rule twice, so a walk costs O(nodes x rules in the
 * selector). Same behaviour otherwise: document order, the same pseudo-class
 * state (nodeIndex, typeIndex, nodeCount, typeCount) when each node is tested.
 *
 * @typedef {import('css-selector-parser').AstRule} AstRule
 * @typedef {{directChild?: AstRule[], descendant?: AstRule[], adjacentSibling?: AstRule[], generalSibling?: AstRule[]}} Nest
 * @typedef {{count: number, types: Map<string, number>}} Counts
 */

import {test} from './test.js'
import {parent} from './util.js'

/** @type {Array<never>} */
const empty = []

/**
 * Walk `tree`, adding what matches `state.rootQuery` to `state.results`.
 *
 * @param {any} state
 * @param {any} tree
 */
export function walk(state, tree) {
  if (!tree) return
  const seen = new Set(state.results)
  const rootNest = visit(state, seen, empty, tree, undefined, undefined, tree)
  if (!descend(state, tree)) return
  const stack = [frame(tree, rootNest)]
  while (stack.length > 0) {
    const current = stack[stack.length - 1]
    if (current.index === current.node.children.length || (state.one && state.found)) {
      stack.pop()
      continue
    }
    const child = current.node.children[current.index]
    // Uppercase to prevent prototype polution, injecting `constructor` or so.
    const name = child.type.toUpperCase()
    state.nodeIndex = current.before.count
    state.typeIndex = current.before.types.get(name) || 0
    state.nodeCount = current.total.count
    state.typeCount = current.total.types.get(name)
    const nest = visit(state, seen, combine(current.fromParent, current.fromSibling), child, current.index, current.node, tree)
    current.fromSibling = combine(nest.generalSibling, nest.adjacentSibling)
    count(current.before, child)
    current.index++
    if (descend(state, child)) stack.push(frame(child, nest))
  }
}

/** @param {any} state @param {any} node */
function descend(state, node) {
  return parent(node) && !state.shallow && !(state.one && state.found)
}

/** @param {any} node @param {Nest} nest */
function frame(node, nest) {
  /** @type {Counts} */
  const total = {count: 0, types: new Map()}
  for (const child of node.children) count(total, child)
  return {
    node,
    index: 0,
    fromParent: combine(nest.descendant, nest.directChild),
    /** @type {AstRule[]} */
    fromSibling: empty,
    total,
    /** @type {Counts} */
    before: {count: 0, types: new Map()}
  }
}

/**
 * Test one node against the rules that reach it and the root rules.
 *
 * @param {any} state
 * @param {Set<unknown>} seen
 * @param {AstRule[]} currentRules
 * @param {any} node
 * @param {number | undefined} index
 * @param {any} parentNode
 * @param {any} tree
 * @returns {Nest}
 */
function visit(state, seen, currentRules, node, index, parentNode, tree) {
  let rootRules = state.rootQuery.rules
  // Remove direct child rules if this is the root (a `:has(> b)` rule).
  if (parentNode && parentNode !== tree) {
    rootRules = rootRules.filter((/** @type {AstRule} */ d) => d.combinator === undefined)
  }
  return applySelectors(state, seen, combine(currentRules, rootRules), node, index, parentNode)
}

/**
 * @param {any} state
 * @param {Set<unknown>} seen
 * @param {AstRule[]} rules
 * @param {any} node
 * @param {number | undefined} index
 * @param {any} parentNode
 * @returns {Nest}
 */
function applySelectors(state, seen, rules, node, index, parentNode) {
  /** @type {Nest} */
  const nestResult = {}
  for (const rule of rules) {
    if (state.one && state.found) break
    if (state.shallow && rule.nestedRule) throw new Error('Expected selector without nesting')
    if (state.counts) state.counts.tests++
    if (test(rule, node, index, parentNode, state)) {
      const nest = rule.nestedRule
      if (nest) {
        const label =
          nest.combinator === '+'
            ? 'adjacentSibling'
            : nest.combinator === '~'
              ? 'generalSibling'
              : nest.combinator === '>'
                ? 'directChild'
                : 'descendant'
        add(nestResult, label, nest)
      } else {
        state.found = true
        if (!seen.has(node)) {
          seen.add(node)
          state.results.push(node)
        }
      }
    }
    if (rule.combinator === undefined) add(nestResult, 'descendant', rule)
    else if (rule.combinator === '~') add(nestResult, 'generalSibling', rule)
  }
  return nestResult
}

/**
 * The rules of both lists, each once.
 *
 * @param {AstRule[] | undefined} left
 * @param {AstRule[] | undefined} right
 * @returns {AstRule[]}
 */
function combine(left, right) {
  if (!left || left.length === 0) return right && right.length > 0 ? right : empty
  if (!right || right.length === 0) return left
  const result = [...left]
  for (const rule of right) if (!result.includes(rule)) result.push(rule)
  return result
}

/**
 * @param {Nest} nest
 * @param {keyof Nest} field
 * @param {AstRule} rule
 */
function add(nest, field, rule) {
  const list = nest[field]
  if (!list) nest[field] = [rule]
  else if (!list.includes(rule)) list.push(rule)
}

/** @param {Counts} counts @param {any} node */
function count(counts, node) {
  const name = node.type.toUpperCase()
  counts.types.set(name, (counts.types.get(name) || 0) + 1)
  counts.count++
}
