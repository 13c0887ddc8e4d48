/** refs --graph svg refuses a graph Graphviz cannot draw in reasonable time, and says what to do instead. */
import {describe, expect, it} from 'vitest'
import {checkSvgSize, svgLimit} from '../src/cli/engine/svg-size.js'

describe('checkSvgSize', () => {
  it('draws a graph at the limit', () => {
    expect(() => checkSvgSize(svgLimit.nodes, svgLimit.edges)).not.toThrow()
  })

  it('refuses 20,000 nodes (where Graphviz overflowed its stack) with dot output as the way out', () => {
    expect(() => checkSvgSize(20_000, 25_000)).toThrow(/20000 nodes and 25000 edges.*--graph dot/)
    expect(() => checkSvgSize(10, svgLimit.edges + 1)).toThrow(/fewer files/)
  })
})
